<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnalysisText</name>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="45"/>
        <location filename="../ui/analysis/analysis_text.cpp" line="57"/>
        <source>silent</source>
        <translation>silencieux</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="46"/>
        <location filename="../ui/analysis/analysis_text.cpp" line="64"/>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="51"/>
        <source>%1 LU</source>
        <translation>%1 LU</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="58"/>
        <source>%1 dBTP</source>
        <translation>%1 dBTP</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="66"/>
        <source>Silent: nothing to compare with %1</source>
        <translation>Silencieux&#xa0;: rien à comparer avec %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="69"/>
        <source>On target for %1</source>
        <translation>Conforme à %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="71"/>
        <source>%1 quieter than %2</source>
        <translation>%1 plus faible que %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="72"/>
        <source>%1 louder than %2</source>
        <translation>%1 plus fort que %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="79"/>
        <source>True peak %1 is above −1 dBTP: it may clip once encoded. Lower the level or use a limiter.</source>
        <translation>Le pic réel de %1 dépasse −1 dBTP&#xa0;: il risque d’écrêter une fois encodé. Baissez le niveau ou utilisez un limiteur.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/common/error_text.cpp" line="12"/>
        <source>The file could not be found. It may have been moved or deleted.</source>
        <translation>Fichier introuvable. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="15"/>
        <source>ReelForge is not allowed to read this file.</source>
        <translation>ReelForge n’est pas autorisé à lire ce fichier.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="17"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="19"/>
        <source>This is not a video or audio file.</source>
        <translation>Ce n’est pas un fichier vidéo ou audio.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="21"/>
        <source>The file is damaged or incomplete.</source>
        <translation>Le fichier est endommagé ou incomplet.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="23"/>
        <source>The file has no video or audio that ReelForge can use.</source>
        <translation>Le fichier ne contient aucune vidéo ni aucun audio utilisable par ReelForge.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="26"/>
        <source>The file uses a format ReelForge cannot read yet.</source>
        <translation>Le fichier utilise un format que ReelForge ne sait pas encore lire.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="28"/>
        <source>Already in your library.</source>
        <translation>Déjà dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="30"/>
        <source>There is not enough free space on the disk.</source>
        <translation>L’espace libre sur le disque est insuffisant.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="32"/>
        <source>The file could not be read or written.</source>
        <translation>Impossible de lire ou d’écrire le fichier.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="34"/>
        <source>The library could not be updated. Try again.</source>
        <translation>Impossible de mettre à jour la bibliothèque. Réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="36"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="38"/>
        <source>This item is no longer in your library.</source>
        <translation>Cet élément ne se trouve plus dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="40"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Votre session a expiré. Reconnectez-vous.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="42"/>
        <source>The upload limit of your account has been reached.</source>
        <translation>La limite de mise en ligne de votre compte est atteinte.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="44"/>
        <source>The platform refused the upload.</source>
        <translation>La plateforme a refusé la mise en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="50"/>
        <source>Something went wrong.</source>
        <translation>Une erreur s’est produite.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="58"/>
        <source>The source file is missing. It may have been moved, renamed or deleted.</source>
        <translation>Le fichier source est introuvable. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="61"/>
        <source>ReelForge is not allowed to read the source file or to write the result.</source>
        <translation>ReelForge n’est pas autorisé à lire le fichier source ou à écrire le résultat.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="64"/>
        <source>The source file is empty.</source>
        <translation>Le fichier source est vide.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="66"/>
        <source>The source file is damaged or incomplete.</source>
        <translation>Le fichier source est endommagé ou incomplet.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="68"/>
        <source>A format this job needs cannot be read or written on this computer.</source>
        <translation>Un format nécessaire à cette tâche ne peut pas être lu ou écrit sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="71"/>
        <source>Something this job needs no longer exists.</source>
        <translation>Un élément nécessaire à cette tâche n’existe plus.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="84"/>
        <source>This folder contains no video or audio files.</source>
        <translation>Ce dossier ne contient aucun fichier vidéo ou audio.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../ui/common/format.cpp" line="48"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="52"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="55"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="56"/>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="62"/>
        <location filename="../ui/common/format.cpp" line="98"/>
        <location filename="../ui/common/format.cpp" line="107"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="65"/>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="66"/>
        <source>%1 Mb/s</source>
        <translation>%1 Mb/s</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="101"/>
        <source>%1 fps</source>
        <translation>%1 i/s</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="110"/>
        <source>%1 kHz</source>
        <translation>%1 kHz</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="116"/>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="118"/>
        <source>Stereo</source>
        <translation>Stéréo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/format.cpp" line="121"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canaux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobSubmitter</name>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="17"/>
        <source>ReelForge cannot make this from it (%1).</source>
        <translation>ReelForge ne peut pas produire ce résultat à partir de ce fichier (%1).</translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="47"/>
        <source>The folder “%1” could not be created.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="60"/>
        <source>“%1” could not be queued: %2</source>
        <translation>Impossible d’ajouter «&#xa0;%1&#xa0;» à la file d’attente&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="69"/>
        <source>%n video(s) added to the queue with “%1”.</source>
        <translation>
            <numerusform>%n vidéo ajoutée à la file d’attente avec «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n vidéos ajoutées à la file d’attente avec «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="72"/>
        <source>%n video(s) added to the queue with “%1”. </source>
        <translation>
            <numerusform>%n vidéo ajoutée à la file d’attente avec «&#xa0;%1&#xa0;». </numerusform>
            <numerusform>%n vidéos ajoutées à la file d’attente avec «&#xa0;%1&#xa0;». </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="18"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="20"/>
        <source>Processing</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="22"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="24"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="26"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="28"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="30"/>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="51"/>
        <source>%1 fps</source>
        <translation>%1 i/s</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="53"/>
        <source>%1× realtime</source>
        <translation>%1× temps réel</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="62"/>
        <source>A few seconds left</source>
        <translation>Encore quelques secondes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="64"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Environ %n seconde restante</numerusform>
            <numerusform>Environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="66"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Environ %n minute restante</numerusform>
            <numerusform>Environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="67"/>
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>Environ %n heure restante</numerusform>
            <numerusform>Environ %n heures restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="77"/>
        <location filename="../ui/queue/job_text.cpp" line="86"/>
        <source>ReelForge is not allowed to write to the output folder.</source>
        <translation>ReelForge n’est pas autorisé à écrire dans le dossier de sortie.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="89"/>
        <source>Processing stopped with an error.</source>
        <translation>Le traitement s’est arrêté sur une erreur.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="90"/>
        <source>Processing stopped with an error: %1</source>
        <translation>Le traitement s’est arrêté sur une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PresetEditor</name>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="31"/>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="32"/>
        <source>QuickTime (MOV)</source>
        <translation>QuickTime (MOV)</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="33"/>
        <source>Matroska (MKV)</source>
        <translation>Matroska (MKV)</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="34"/>
        <source>WebM</source>
        <translation>WebM</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="35"/>
        <source>Animated GIF</source>
        <translation>GIF animé</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="36"/>
        <source>MP3 audio</source>
        <translation>Audio MP3</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="37"/>
        <source>M4A audio</source>
        <translation>Audio M4A</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="38"/>
        <source>Ogg</source>
        <translation>Ogg</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="39"/>
        <source>WAV audio</source>
        <translation>Audio WAV</translation>
    </message>
</context>
<context>
    <name>PublishMetadata</name>
    <message>
        <location filename="../ui/publishing/publish_metadata.cpp" line="84"/>
        <source>Part %1</source>
        <translation>Partie %1</translation>
    </message>
</context>
<context>
    <name>PublishingText</name>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="37"/>
        <source>S3-compatible storage</source>
        <translation>Stockage compatible S3</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="39"/>
        <source>WebDAV server</source>
        <translation>Serveur WebDAV</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="41"/>
        <source>tus upload server</source>
        <translation>Serveur de mise en ligne tus</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="43"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="52"/>
        <source>Scheduled</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="54"/>
        <source>Uploading</source>
        <translation>Mise en ligne</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="56"/>
        <source>Processing</source>
        <translation>En cours de traitement</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="58"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="60"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="62"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="71"/>
        <source>Private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="73"/>
        <source>Unlisted</source>
        <translation>Non répertorié</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="75"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="83"/>
        <source>TikTok lets apps it has not audited post privately only: the video is posted as private, whatever you choose here. You can make it public in the TikTok app.</source>
        <translation>TikTok n’autorise les applications non auditées qu’à publier en privé&#xa0;: la vidéo est publiée en privé, quel que soit votre choix ici. Vous pourrez la rendre publique dans l’application TikTok.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="86"/>
        <source>YouTube allows about six uploads a day per project; scheduled videos stay private until their time.</source>
        <translation>YouTube autorise environ six mises en ligne par jour et par projet&#xa0;; les vidéos planifiées restent privées jusqu’à l’heure prévue.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="97"/>
        <source>This file is %1, but %2 accepts files up to %3. Make a smaller version (a shorter cut or a lower-bitrate preset) and publish that.</source>
        <translation>Ce fichier fait %1, mais %2 accepte des fichiers jusqu’à %3. Créez une version plus légère (un montage plus court ou un préréglage à débit plus faible) et publiez-la.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="101"/>
        <source>%1 refused this file: %2</source>
        <translation>%1 a refusé ce fichier&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="104"/>
        <source>The upload allowance of “%1” on %2 is used up for now. Try again later (YouTube resets it at midnight Pacific time); nothing was uploaded.</source>
        <translation>Le quota de mise en ligne de «&#xa0;%1&#xa0;» sur %2 est épuisé pour le moment. Réessayez plus tard (YouTube le réinitialise à minuit, heure du Pacifique)&#xa0;; rien n’a été mis en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="108"/>
        <source>The sign-in of “%1” has expired. Reconnect the account, then publish.</source>
        <translation>La session de «&#xa0;%1&#xa0;» a expiré. Reconnectez le compte, puis publiez.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="111"/>
        <source>This file is already published on “%1”: %2</source>
        <translation>Ce fichier est déjà publié sur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="127"/>
        <source>The sign-in has expired. Reconnect the account (Publish ▸ Accounts…), then retry.</source>
        <translation>La session a expiré. Reconnectez le compte (Publier ▸ Comptes…), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="129"/>
        <source>The platform&apos;s upload allowance is used up for now. Retry later.</source>
        <translation>Le quota de mise en ligne de la plateforme est épuisé pour le moment. Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="139"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="147"/>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publishing_text.cpp" line="150"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="151"/>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
</context>
<context>
    <name>RemoveConfirmation</name>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="15"/>
        <source>Remove “%1” from your library?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de votre bibliothèque&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/remove_confirmation.cpp" line="16"/>
        <source>Remove %n item(s) from your library?</source>
        <translation>
            <numerusform>Retirer %n élément de votre bibliothèque&#xa0;?</numerusform>
            <numerusform>Retirer %n éléments de votre bibliothèque&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="17"/>
        <source>Remove from Library</source>
        <translation>Retirer de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="19"/>
        <source>Copies kept in the library folder are deleted. Your original files are not touched.</source>
        <translation>Les copies conservées dans le dossier de la bibliothèque sont supprimées. Vos fichiers d’origine ne sont pas modifiés.</translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="22"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>StudioActions</name>
    <message>
        <location filename="../ui/studio_actions.cpp" line="37"/>
        <source>Import Files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="38"/>
        <source>Import videos and audio files</source>
        <translation>Importer des vidéos et des fichiers audio</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="40"/>
        <source>Import Folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="42"/>
        <source>Import everything in a folder</source>
        <translation>Importer tout le contenu d’un dossier</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="44"/>
        <source>Add Sample Videos</source>
        <translation>Ajouter des vidéos d’exemple</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="45"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="48"/>
        <source>Search Library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="50"/>
        <source>Remove from Library…</source>
        <translation>Retirer de la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="51"/>
        <source>Remove the selected items from the library</source>
        <translation>Retirer les éléments sélectionnés de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="53"/>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="56"/>
        <source>Play / Pause</source>
        <translation>Lecture / Pause</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="57"/>
        <source>About ReelForge</source>
        <translation>À propos de ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="59"/>
        <source>Process…</source>
        <translation>Traiter…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="60"/>
        <source>Make new files from the selected videos with a preset</source>
        <translation>Créer de nouveaux fichiers à partir des vidéos sélectionnées avec un préréglage</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="66"/>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="67"/>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="68"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="69"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="70"/>
        <source>Process</source>
        <translation>Traiter</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>ReelForge, a desktop video studio for creators.</source>
        <translation>ReelForge, un studio vidéo de bureau pour les créateurs.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation>Ouvrir la bibliothèque dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Videos, audio files or folders to import.</source>
        <translation>Vidéos, fichiers audio ou dossiers à importer.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>ReelForge</source>
        <translation>ReelForge</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>ReelForge could not open the library in “%1”.</source>
        <translation>ReelForge n’a pas pu ouvrir la bibliothèque dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>reelforge::ui</name>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="23"/>
        <source>Use lower-case letters, digits and dashes, e.g. “my-youtube-1080p”.</source>
        <translation>Utilisez des minuscules, des chiffres et des tirets, p. ex. «&#xa0;my-youtube-1080p&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="25"/>
        <source>Choose a container.</source>
        <translation>Choisissez un conteneur.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="27"/>
        <source>Enter a file extension without a dot, e.g. “mp4”.</source>
        <translation>Saisissez une extension de fichier sans point, p. ex. «&#xa0;mp4&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="29"/>
        <source>Keep video, audio or both.</source>
        <translation>Conservez la vidéo, l’audio ou les deux.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="31"/>
        <source>Enter a video codec, e.g. “h264”.</source>
        <translation>Saisissez un codec vidéo, p. ex. «&#xa0;h264&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="33"/>
        <source>Width and height must both be even numbers up to 16384, or both “Source”.</source>
        <translation>La largeur et la hauteur doivent être des nombres pairs jusqu’à 16384, ou toutes deux «&#xa0;Source&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="35"/>
        <source>Choose how the picture fits the frame.</source>
        <translation>Choisissez comment l’image s’adapte au cadre.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="37"/>
        <source>Enter a rate such as 30 or 30000/1001, or leave it empty to keep the source’s.</source>
        <translation>Saisissez une fréquence comme 30 ou 30000/1001, ou laissez vide pour garder celle de la source.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="39"/>
        <source>Quality must be between 0 and 63.</source>
        <translation>La qualité doit être comprise entre 0 et 63.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="42"/>
        <source>Enter a bit rate such as “8M” or “192k”, or leave it empty.</source>
        <translation>Saisissez un débit comme «&#xa0;8M&#xa0;» ou «&#xa0;192k&#xa0;», ou laissez vide.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="44"/>
        <source>Enter an audio codec, e.g. “aac”.</source>
        <translation>Saisissez un codec audio, p. ex. «&#xa0;aac&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="46"/>
        <source>The sample rate must be at most 384000 Hz.</source>
        <translation>La fréquence d’échantillonnage ne doit pas dépasser 384000 Hz.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="48"/>
        <source>Use between 1 and 16 channels, or “Source”.</source>
        <translation>Utilisez entre 1 et 16 canaux, ou «&#xa0;Source&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="55"/>
        <source>A built-in preset is called “%1”. Give the preset another name.</source>
        <translation>Un préréglage intégré s’appelle déjà «&#xa0;%1&#xa0;». Donnez un autre nom au préréglage.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="59"/>
        <source>This preset is not valid: %1</source>
        <translation>Ce préréglage n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="60"/>
        <source>This file is not a valid preset.</source>
        <translation>Ce fichier n’est pas un préréglage valide.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="44"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="45"/>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="46"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="49"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="51"/>
        <source>The places ReelForge publishes to. Sign-ins, passwords and keys are kept in the system keychain, never in ReelForge&apos;s own files.</source>
        <translation>Les destinations de publication de ReelForge. Les connexions, mots de passe et clés sont conservés dans le trousseau du système, jamais dans les fichiers de ReelForge.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="75"/>
        <source>Sign in again (or enter the password or keys again)</source>
        <translation>Se reconnecter (ou saisir à nouveau le mot de passe ou les clés)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="108"/>
        <source>The accounts could not be read: %1</source>
        <translation>Impossible de lire les comptes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="166"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="170"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="174"/>
        <source>Sign-in expired</source>
        <translation>Session expirée</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="178"/>
        <source>Not reachable now</source>
        <translation>Injoignable pour le moment</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="185"/>
        <source>Reconnect this account before publishing to it.</source>
        <translation>Reconnectez ce compte avant d’y publier.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="216"/>
        <source>Remove Account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="217"/>
        <source>Remove “%1”? Its sign-in is deleted from the keychain and its publications leave the list. Videos already published stay online.</source>
        <translation>Retirer «&#xa0;%1&#xa0;»&#xa0;? Sa connexion est supprimée du trousseau et ses publications quittent la liste. Les vidéos déjà publiées restent en ligne.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="224"/>
        <source>“%1” could not be removed: %2</source>
        <translation>Impossible de retirer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="243"/>
        <source>The new sign-in could not be saved: %1</source>
        <translation>Impossible d’enregistrer la nouvelle connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="253"/>
        <source>Sign in to “%1” in your browser; ReelForge continues by itself when you are done.</source>
        <translation>Connectez-vous à «&#xa0;%1&#xa0;» dans votre navigateur&#xa0;; ReelForge reprend tout seul une fois terminé.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="274"/>
        <source>“%1” is connected again.</source>
        <translation>«&#xa0;%1&#xa0;» est de nouveau connecté.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="275"/>
        <source>“%1” was not reconnected: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été reconnecté&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="288"/>
        <source>Reconnect “%1”</source>
        <translation>Reconnecter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="295"/>
        <source>Access key ID</source>
        <translation>ID de clé d’accès</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="296"/>
        <source>Secret access key</source>
        <translation>Clé d’accès secrète</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="299"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="49"/>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="67"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="82"/>
        <source>Finish signing in in your browser; ReelForge continues by itself when you are done. If no browser opened, &lt;a href=&quot;%1&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Terminez la connexion dans votre navigateur&#xa0;; ReelForge reprend tout seul une fois terminé. Si aucun navigateur ne s’est ouvert, &lt;a href=&quot;%1&quot;&gt;ouvrez la page de connexion&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="119"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="119"/>
        <source>How this account appears in ReelForge</source>
        <translation>Nom affiché pour ce compte dans ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="126"/>
        <source>App client ID</source>
        <translation>ID client de l’application</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="126"/>
        <source>From the platform&apos;s developer console</source>
        <translation>Depuis la console développeur de la plateforme</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="127"/>
        <source>App client secret</source>
        <translation>Secret client de l’application</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="128"/>
        <source>Only if the platform issued one</source>
        <translation>Uniquement si la plateforme en a fourni un</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="129"/>
        <source>Your browser opens the sign-in page of %1. Once you allow ReelForge, the browser brings you back and the account is added. You sign in once; ReelForge keeps the sign-in in the system keychain.</source>
        <translation>Votre navigateur ouvre la page de connexion de %1. Une fois ReelForge autorisé, le navigateur vous ramène ici et le compte est ajouté. Vous ne vous connectez qu’une fois&#xa0;; ReelForge conserve la connexion dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="135"/>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="136"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="154"/>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="137"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="155"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="138"/>
        <source>Channel</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="138"/>
        <source>Optional: your first channel otherwise</source>
        <translation>Facultatif&#xa0;: sinon, votre première chaîne</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="139"/>
        <source>The password is kept in the system keychain.</source>
        <translation>Le mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="143"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="144"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="145"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="146"/>
        <source>Access key ID</source>
        <translation>ID de clé d’accès</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="147"/>
        <source>Secret access key</source>
        <translation>Clé d’accès secrète</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="148"/>
        <source>Works with Amazon S3, MinIO, Backblaze B2, Wasabi and other S3-compatible storage. The keys are kept in the system keychain.</source>
        <translation>Fonctionne avec Amazon S3, MinIO, Backblaze B2, Wasabi et tout autre stockage compatible S3. Les clés sont conservées dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="152"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="154"/>
        <source>Leave empty if the server needs none</source>
        <translation>Laissez vide si le serveur n’en demande pas</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="156"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="166"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="156"/>
        <source>Optional: where on the server, e.g. /Videos</source>
        <translation>Facultatif&#xa0;: emplacement sur le serveur, p. ex. /Videos</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="157"/>
        <source>Nextcloud, ownCloud, a NAS or any WebDAV server. The password is kept in the system keychain.</source>
        <translation>Nextcloud, ownCloud, un NAS ou tout serveur WebDAV. Le mot de passe est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="161"/>
        <source>Upload address</source>
        <translation>Adresse de mise en ligne</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="163"/>
        <source>Any server speaking the tus resumable upload protocol.</source>
        <translation>Tout serveur prenant en charge le protocole de mise en ligne reprenable tus.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="166"/>
        <source>A local, NAS or synced folder</source>
        <translation>Un dossier local, sur un NAS ou synchronisé</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="170"/>
        <source>Choose Folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="172"/>
        <source>Publish to Folder</source>
        <translation>Publier dans un dossier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="176"/>
        <source>Published videos are copied into this folder; nothing is ever overwritten.</source>
        <translation>Les vidéos publiées sont copiées dans ce dossier&#xa0;; rien n’est jamais écrasé.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="183"/>
        <source>Sign In…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="183"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="196"/>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="201"/>
        <source>Choose the folder to publish to.</source>
        <translation>Choisissez le dossier de publication.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="202"/>
        <source>Enter the server address.</source>
        <translation>Saisissez l’adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="208"/>
        <source>The address must start with https:// (or http:// on your own network).</source>
        <translation>L’adresse doit commencer par https:// (ou http:// sur votre propre réseau).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="218"/>
        <source>Enter the client ID of your app registration (see the publishing guide).</source>
        <translation>Saisissez l’ID client de l’enregistrement de votre application (voir le guide de publication).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="222"/>
        <source>Enter the bucket and both keys.</source>
        <translation>Saisissez le bucket et les deux clés.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="225"/>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="258"/>
        <source>Opening your browser…</source>
        <translation>Ouverture du navigateur…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="269"/>
        <source>The sign-in was not completed (refused in the browser, or started again). Try again.</source>
        <translation>La connexion n’a pas abouti (refusée dans le navigateur ou relancée). Réessayez.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="270"/>
        <source>The sign-in did not finish: %1</source>
        <translation>La connexion n’a pas abouti&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="281"/>
        <source>An account named “%1” exists already. Choose another name.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="282"/>
        <source>The account could not be saved: %1</source>
        <translation>Impossible d’enregistrer le compte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="311"/>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AnalysisPanel</name>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="44"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="45"/>
        <location filename="../ui/analysis/analysis_panel.cpp" line="152"/>
        <source>Analyze</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="63"/>
        <source>Stop analysing. Nothing half-done is kept.</source>
        <translation>Arrêter l’analyse. Rien d’inachevé n’est conservé.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="66"/>
        <source>Find scenes, silences, loudness, faces and speech. Results are kept, so the next time this clip opens they show at once.</source>
        <translation>Détecter les scènes, les silences, le volume sonore, les visages et la parole. Les résultats sont conservés et s’affichent immédiatement à la prochaine ouverture de ce clip.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="69"/>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="72"/>
        <source>Show the faces found in the clip as boxes over the preview</source>
        <translation>Afficher les visages trouvés dans le clip sous forme de cadres sur l’aperçu</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="150"/>
        <source>Try Again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="151"/>
        <source>Complete Analysis</source>
        <translation>Terminer l’analyse</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="159"/>
        <source>Looking for earlier analysis…</source>
        <translation>Recherche d’une analyse précédente…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="162"/>
        <source>Not analysed yet.</source>
        <translation>Pas encore analysé.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="166"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="167"/>
        <source>Analysing… %1%</source>
        <translation>Analyse… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="173"/>
        <source>The analysis failed: %1</source>
        <translation>L’analyse a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="227"/>
        <source>%n scene change(s)</source>
        <translation>
            <numerusform>%n changement de scène</numerusform>
            <numerusform>%n changements de scène</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="229"/>
        <source>%n silence(s)</source>
        <translation>
            <numerusform>%n silence</numerusform>
            <numerusform>%n silences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="231"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>faces found</source>
        <translation>visages trouvés</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>no faces</source>
        <translation>aucun visage</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="234"/>
        <source>Analysed.</source>
        <translation>Analysé.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AssetDetailPanel</name>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="19"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="176"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="25"/>
        <source>HDR (PQ / HDR10)</source>
        <translation>HDR (PQ / HDR10)</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="27"/>
        <source>HDR (HLG)</source>
        <translation>HDR (HLG)</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="28"/>
        <source>SDR</source>
        <translation>SDR</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="41"/>
        <source>full range</source>
        <translation>plage complète</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="43"/>
        <source>limited range</source>
        <translation>plage limitée</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="44"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="231"/>
        <source>Not specified</source>
        <translation>Non spécifié</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="54"/>
        <source>Select an item in the library to see its details.</source>
        <translation>Sélectionnez un élément de la bibliothèque pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="174"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="175"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="229"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="177"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="178"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="179"/>
        <source>Bit rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="181"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="182"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="185"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="186"/>
        <source>Copied into the library</source>
        <translation>Copié dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="187"/>
        <source>Linked to the original file</source>
        <translation>Lié au fichier d’origine</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="190"/>
        <source>Imported from</source>
        <translation>Importé depuis</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="190"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="197"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="197"/>
        <source>Video %1</source>
        <translation>Vidéo %1</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="199"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="217"/>
        <source>Codec</source>
        <translation>Codec</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="200"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="203"/>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="204"/>
        <source>%1° (stored as %2)</source>
        <translation>%1° (stocké en %2)</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="206"/>
        <source>Frame rate</source>
        <translation>Fréquence d’images</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="207"/>
        <source>Pixel format</source>
        <translation>Format de pixel</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="208"/>
        <source>Bit depth</source>
        <translation>Profondeur de bits</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/asset_detail_panel.cpp" line="208"/>
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n bit</numerusform>
            <numerusform>%n bits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="209"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="210"/>
        <source>Dynamic range</source>
        <translation>Plage dynamique</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="216"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="216"/>
        <source>Audio %1</source>
        <translation>Audio %1</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="218"/>
        <source>Sample rate</source>
        <translation>Fréquence d’échantillonnage</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="220"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="222"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="230"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="228"/>
        <source>Subtitles %1</source>
        <translation>Sous-titres %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::DropOverlay</name>
    <message>
        <location filename="../ui/import/drop_overlay.cpp" line="64"/>
        <source>Drop to import</source>
        <translation>Déposez pour importer</translation>
    </message>
    <message>
        <location filename="../ui/import/drop_overlay.cpp" line="68"/>
        <source>Videos, audio files and whole folders are welcome.</source>
        <translation>Vidéos, fichiers audio et dossiers entiers sont les bienvenus.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ImportIssuesPanel</name>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="29"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="30"/>
        <source>Clear this list</source>
        <translation>Effacer cette liste</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="34"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="34"/>
        <source>Why it was not imported</source>
        <translation>Pourquoi il n’a pas été importé</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="64"/>
        <source>Duplicate of an item already in the library</source>
        <translation>Doublon d’un élément déjà présent dans la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_issues_panel.cpp" line="117"/>
        <source>%n file(s) not added to your library</source>
        <translation>
            <numerusform>%n fichier non ajouté à votre bibliothèque</numerusform>
            <numerusform>%n fichiers non ajoutés à votre bibliothèque</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ImportProgressWidget</name>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="37"/>
        <source>Stop importing. Files already imported stay in the library.</source>
        <translation>Arrêter l’importation. Les fichiers déjà importés restent dans la bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="72"/>
        <source>Preparing to import %n item(s)…</source>
        <translation>
            <numerusform>Préparation de l’importation de %n élément…</numerusform>
            <numerusform>Préparation de l’importation de %n éléments…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="86"/>
        <source>Importing %1 of %2 · %3</source>
        <translation>Importation de %1 sur %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="91"/>
        <source>Finishing import…</source>
        <translation>Finalisation de l’importation…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="110"/>
        <source>Import cancelled. %n file(s) imported.</source>
        <translation>
            <numerusform>Importation annulée. %n fichier importé.</numerusform>
            <numerusform>Importation annulée. %n fichiers importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="111"/>
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n fichier importé.</numerusform>
            <numerusform>%n fichiers importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="113"/>
        <source>%n already in the library.</source>
        <translation>
            <numerusform>%n déjà dans la bibliothèque.</numerusform>
            <numerusform>%n déjà dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="115"/>
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n n’a pas pu être importé.</numerusform>
            <numerusform>%n n’ont pas pu être importés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="141"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="149"/>
        <source>A few seconds left</source>
        <translation>Encore quelques secondes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="151"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Environ %n seconde restante</numerusform>
            <numerusform>Environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="152"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Environ %n minute restante</numerusform>
            <numerusform>Environ %n minutes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::JobInfoDialog</name>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="55"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="70"/>
        <source>Working it out…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="71"/>
        <source>Copy the text to the clipboard</source>
        <translation>Copier le texte dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="87"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="124"/>
        <source>ffmpeg Command — %1</source>
        <translation>Commande ffmpeg — %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="126"/>
        <source>ReelForge does this with its own engine. This ffmpeg command line gives the same result, for reference or to share when asking for help.</source>
        <translation>ReelForge effectue ce travail avec son propre moteur. Cette ligne de commande ffmpeg donne le même résultat, à titre de référence ou à partager pour demander de l’aide.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="139"/>
        <source>This job has no ffmpeg equivalent.</source>
        <translation>Cette tâche n’a pas d’équivalent ffmpeg.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="151"/>
        <source>Log — %1</source>
        <translation>Journal — %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="155"/>
        <source>Fix the cause, then choose Retry to run the job again.</source>
        <translation>Corrigez la cause, puis choisissez Réessayer pour relancer la tâche.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::LibraryModel</name>
    <message>
        <location filename="../ui/library/library_model.cpp" line="71"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::LibraryView</name>
    <message>
        <location filename="../ui/library/library_view.cpp" line="33"/>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="35"/>
        <source>Oldest first</source>
        <translation>Plus anciens d’abord</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="37"/>
        <source>Title A–Z</source>
        <translation>Titre A–Z</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="39"/>
        <source>Longest first</source>
        <translation>Plus longs d’abord</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="41"/>
        <source>Shortest first</source>
        <translation>Plus courts d’abord</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="43"/>
        <source>Highest resolution</source>
        <translation>Meilleure résolution</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="45"/>
        <source>Largest file</source>
        <translation>Plus volumineux d’abord</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="62"/>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="63"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="86"/>
        <location filename="../ui/library/library_view.cpp" line="128"/>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="133"/>
        <source>Search titles and file names</source>
        <translation>Rechercher par titre ou nom de fichier</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="141"/>
        <source>Sort the library</source>
        <translation>Trier la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_view.cpp" line="261"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_view.cpp" line="262"/>
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 sur %n élément</numerusform>
            <numerusform>%1 sur %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="264"/>
        <source>Nothing matches “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::LoudnessReadout</name>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="20"/>
        <source>EBU R128: integrated loudness over the whole clip, loudness range (how much it varies) and true peak.</source>
        <translation>EBU R128&#xa0;: sonie intégrée sur tout le clip, plage de sonie (ses variations) et pic réel.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="50"/>
        <source>integrated</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="51"/>
        <source>range</source>
        <translation>plage</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="52"/>
        <source>true peak</source>
        <translation>pic réel</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="54"/>
        <source>YouTube’s %1</source>
        <translation>%1 (YouTube)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="56"/>
        <source>the %1 podcasts aim for</source>
        <translation>%1 (cible des podcasts)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="58"/>
        <source>The sound is silent throughout.</source>
        <translation>Le son est silencieux du début à la fin.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="68"/>
        <source>ReelForge — %1</source>
        <translation>ReelForge — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="81"/>
        <source>Library location</source>
        <translation>Emplacement de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>Thumbnails</source>
        <translation>Miniatures</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="179"/>
        <source>&amp;Playback</source>
        <translation>&amp;Lecture</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="183"/>
        <source>P&amp;rocess</source>
        <translation>&amp;Traitement</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="195"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259"/>
        <source>The sample videos could not be made: %1</source>
        <translation>Impossible de créer les vidéos d’exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>The library could not be read: %1</source>
        <translation>Impossible de lire la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>Videos and audio (%1);;All files (*)</source>
        <translation>Vidéos et audio (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>Making sample videos…</source>
        <translation>Création des vidéos d’exemple…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="349"/>
        <source>%n item(s) could not be removed.</source>
        <translation>
            <numerusform>%n élément n’a pas pu être retiré.</numerusform>
            <numerusform>%n éléments n’ont pas pu être retirés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="352"/>
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>%n élément retiré de la bibliothèque.</numerusform>
            <numerusform>%n éléments retirés de la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="369"/>
        <source>The new library location is used the next time you start ReelForge.</source>
        <translation>Le nouvel emplacement de la bibliothèque sera utilisé au prochain démarrage de ReelForge.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="374"/>
        <source>About ReelForge</source>
        <translation>À propos de ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="375"/>
        <source>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;A desktop video studio for creators.&lt;/p&gt;&lt;p&gt;Import, analyse, edit with recipes and publish — offline first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;Un studio vidéo de bureau pour les créateurs.&lt;/p&gt;&lt;p&gt;Importez, analysez, montez avec des recettes et publiez — hors ligne avant tout.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PresetEditor</name>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="95"/>
        <source>Edit Preset</source>
        <translation>Modifier le préréglage</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="147"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="148"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="149"/>
        <source>Container:</source>
        <translation>Conteneur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="150"/>
        <source>Extension:</source>
        <translation>Extension&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="152"/>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="161"/>
        <source>Any encoder for this codec</source>
        <translation>Tout encodeur pour ce codec</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="162"/>
        <source>Encoders to try in order, separated by commas, e.g. “libx264”</source>
        <translation>Encodeurs à essayer dans l’ordre, séparés par des virgules, p. ex. «&#xa0;libx264&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="163"/>
        <location filename="../ui/presets/preset_editor.cpp" line="165"/>
        <location filename="../ui/presets/preset_editor.cpp" line="211"/>
        <location filename="../ui/presets/preset_editor.cpp" line="214"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="169"/>
        <source>Fit inside, add bars</source>
        <translation>Ajuster, ajouter des bandes</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="170"/>
        <source>Fill the frame, crop the edges</source>
        <translation>Remplir le cadre, rogner les bords</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="171"/>
        <source>Fit inside, never add bars</source>
        <translation>Ajuster, sans jamais ajouter de bandes</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="174"/>
        <source>Same as source</source>
        <translation>Comme la source</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="175"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="177"/>
        <source>Constant quality: lower is better and bigger. Off uses the bit rate.</source>
        <translation>Qualité constante&#xa0;: plus c’est bas, meilleur et plus lourd c’est. Désactivé utilise le débit.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="180"/>
        <source>e.g. 8M</source>
        <translation>p. ex. 8M</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="183"/>
        <source>Encoder default</source>
        <translation>Valeur par défaut de l’encodeur</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="184"/>
        <source>The encoder&apos;s speed preset, e.g. “veryfast”, “medium” or “slow”</source>
        <translation>Préréglage de vitesse de l’encodeur, p. ex. «&#xa0;veryfast&#xa0;», «&#xa0;medium&#xa0;» ou «&#xa0;slow&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="185"/>
        <source>Use a hardware encoder when one is available</source>
        <translation>Utiliser un encodeur matériel si disponible</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="189"/>
        <location filename="../ui/presets/preset_editor.cpp" line="217"/>
        <source>Codec:</source>
        <translation>Codec&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="190"/>
        <source>Encoders:</source>
        <translation>Encodeurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="191"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="193"/>
        <source>Fit:</source>
        <translation>Ajustement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="194"/>
        <source>Frame rate:</source>
        <translation>Fréquence d’images&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="195"/>
        <source>Quality (CRF):</source>
        <translation>Qualité (CRF)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="196"/>
        <location filename="../ui/presets/preset_editor.cpp" line="218"/>
        <source>Bit rate:</source>
        <translation>Débit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="198"/>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="201"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="210"/>
        <source>e.g. 192k</source>
        <translation>p. ex. 192k</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="213"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="219"/>
        <source>Sample rate:</source>
        <translation>Fréquence d’échantillonnage&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="220"/>
        <source>Channels:</source>
        <translation>Canaux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="226"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="360"/>
        <source>Another preset already has this name.</source>
        <translation>Un autre préréglage porte déjà ce nom.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PresetsDialog</name>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="32"/>
        <source>source size</source>
        <translation>taille de la source</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="34"/>
        <source>source frame rate</source>
        <translation>fréquence d’images de la source</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="36"/>
        <source>quality %1</source>
        <translation>qualité %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="49"/>
        <source>source sample rate</source>
        <translation>fréquence d’échantillonnage de la source</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="50"/>
        <source>source channels</source>
        <translation>canaux de la source</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="57"/>
        <source>File: .%1 (%2)</source>
        <translation>Fichier&#xa0;: .%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="58"/>
        <source>Video: %1</source>
        <translation>Vidéo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="58"/>
        <location filename="../ui/presets/presets_dialog.cpp" line="59"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="59"/>
        <source>Audio: %1</source>
        <translation>Audio&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="62"/>
        <source>Built-in presets cannot be changed. Duplicate one to make your own.</source>
        <translation>Les préréglages intégrés ne peuvent pas être modifiés. Dupliquez-en un pour créer le vôtre.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="86"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="87"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="88"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="89"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="92"/>
        <source>Presets</source>
        <translation>Préréglages</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="108"/>
        <source>Make a copy of this preset that you can change</source>
        <translation>Créer une copie modifiable de ce préréglage</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="112"/>
        <source>Save this preset to a file to share or back it up</source>
        <translation>Enregistrer ce préréglage dans un fichier pour le partager ou le sauvegarder</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="113"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="115"/>
        <source>Add a preset from a file</source>
        <translation>Ajouter un préréglage depuis un fichier</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="175"/>
        <source>YOUR PRESETS</source>
        <translation>VOS PRÉRÉGLAGES</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="176"/>
        <source>BUILT-IN</source>
        <translation>INTÉGRÉS</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="212"/>
        <source>No preset selected</source>
        <translation>Aucun préréglage sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="259"/>
        <source>Made “%1”, a copy of “%2”. Edit it to make it your own.</source>
        <translation>«&#xa0;%1&#xa0;», une copie de «&#xa0;%2&#xa0;», a été créé. Modifiez-le pour l’adapter.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="273"/>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="285"/>
        <source>Delete Preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="286"/>
        <source>Delete the preset “%1”?</source>
        <translation>Supprimer le préréglage «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="288"/>
        <source>Jobs already in the queue keep their settings. This cannot be undone.</source>
        <translation>Les tâches déjà dans la file d’attente gardent leurs paramètres. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="289"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="302"/>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="310"/>
        <source>Import Preset</source>
        <translation>Importer un préréglage</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="311"/>
        <location filename="../ui/presets/presets_dialog.cpp" line="327"/>
        <source>Presets (*.json)</source>
        <translation>Préréglages (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="326"/>
        <source>Export Preset</source>
        <translation>Exporter le préréglage</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="341"/>
        <source>“%1” was not imported. %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé. %2</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="349"/>
        <source>Imported “%1”, replacing your preset of that name.</source>
        <translation>«&#xa0;%1&#xa0;» importé, en remplacement de votre préréglage du même nom.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="350"/>
        <source>Imported “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» importé.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="359"/>
        <source>“%1” was not exported. %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été exporté. %2</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="362"/>
        <source>Exported “%1” to %2.</source>
        <translation>«&#xa0;%1&#xa0;» exporté vers %2.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PreviewPlayer</name>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="44"/>
        <location filename="../ui/preview/preview_player.cpp" line="112"/>
        <source>Nothing to preview</source>
        <translation>Aucun aperçu</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="55"/>
        <location filename="../ui/preview/preview_player.cpp" line="183"/>
        <source>Play (Space)</source>
        <translation>Lecture (Espace)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="60"/>
        <source>Seek</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="112"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="183"/>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="206"/>
        <source>Audio only</source>
        <translation>Audio uniquement</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="211"/>
        <location filename="../ui/preview/preview_player.cpp" line="224"/>
        <source>This file cannot be previewed.</source>
        <translation>Aperçu impossible pour ce fichier.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ProcessDialog</name>
    <message numerus="yes">
        <location filename="../ui/process/process_dialog.cpp" line="28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="43"/>
        <location filename="../ui/process/process_dialog.cpp" line="86"/>
        <source>Process</source>
        <translation>Traiter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/process_dialog.cpp" line="46"/>
        <source>Process %n video(s)</source>
        <translation>
            <numerusform>Traiter %n vidéo</numerusform>
            <numerusform>Traiter %n vidéos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="59"/>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="61"/>
        <source>Your preset. %1</source>
        <translation>Votre préréglage. %1</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="72"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="73"/>
        <source>Library Folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="74"/>
        <source>Put the results in the library&apos;s artifacts folder</source>
        <translation>Placer les résultats dans le dossier des résultats de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="79"/>
        <source>Files are written under a temporary name and appear here only once they are complete. Existing files are never overwritten.</source>
        <translation>Les fichiers sont écrits sous un nom temporaire et n’apparaissent ici qu’une fois terminés. Les fichiers existants ne sont jamais écrasés.</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="93"/>
        <source>OUTPUT PRESET</source>
        <translation>PRÉRÉGLAGE DE SORTIE</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="95"/>
        <source>SAVE TO</source>
        <translation>ENREGISTRER DANS</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="158"/>
        <source>Choose where the results go</source>
        <translation>Choisissez où placer les résultats</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="166"/>
        <source>Choose a preset.</source>
        <translation>Choisissez un préréglage.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ProcessingController</name>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="34"/>
        <location filename="../ui/process/processing_controller.cpp" line="44"/>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="54"/>
        <source>This video is no longer in your library.</source>
        <translation>Cette vidéo n’est plus dans votre bibliothèque.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="75"/>
        <source>When Files Are Dropped</source>
        <translation>Au dépôt de fichiers</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="80"/>
        <source>Presets…</source>
        <translation>Préréglages…</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="82"/>
        <source>Duplicate, edit, import and export output presets</source>
        <translation>Dupliquer, modifier, importer et exporter les préréglages de sortie</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="115"/>
        <source>Dropped files are imported only.</source>
        <translation>Les fichiers déposés sont seulement importés.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="116"/>
        <source>Dropped files are imported, then processed with “%1”.</source>
        <translation>Les fichiers déposés sont importés, puis traités avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="120"/>
        <source>Import Only</source>
        <translation>Importer seulement</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="120"/>
        <source>Add dropped files to the library and do nothing else</source>
        <translation>Ajouter les fichiers déposés à la bibliothèque, sans rien faire d’autre</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="123"/>
        <source>Import and Process with “%1”</source>
        <translation>Importer et traiter avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="135"/>
        <source>Select one or more videos in the library first.</source>
        <translation>Sélectionnez d’abord une ou plusieurs vidéos dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="161"/>
        <source>Importing; each file is then processed with “%1”.</source>
        <translation>Importation en cours&#xa0;; chaque fichier sera ensuite traité avec «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublicationsModel</name>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="95"/>
        <source>Removed account</source>
        <translation>Compte retiré</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="96"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="102"/>
        <source>Retrying at %1</source>
        <translation>Nouvel essai à %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="105"/>
        <source>Scheduled for %1</source>
        <translation>Planifié pour %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="108"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="110"/>
        <source>Published (private)</source>
        <translation>Publié (privé)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="129"/>
        <source>%1% sent</source>
        <translation>%1 % envoyé</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="130"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="197"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="199"/>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="201"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="203"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="205"/>
        <source>Link or problem</source>
        <translation>Lien ou problème</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublicationsPanel</name>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="80"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="81"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="82"/>
        <source>Open Link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="83"/>
        <source>Copy Link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="86"/>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="96"/>
        <source>Try a failed or cancelled publication again, continuing where it stopped</source>
        <translation>Relancer une publication échouée ou annulée, en reprenant là où elle s’est arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="97"/>
        <source>Stop this upload or scheduled publication</source>
        <translation>Arrêter cette mise en ligne ou cette publication planifiée</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="145"/>
        <source>Link copied.</source>
        <translation>Lien copié.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="156"/>
        <source>The publications could not be read: %1</source>
        <translation>Impossible de lire les publications&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="184"/>
        <source>This publication cannot be retried: %1</source>
        <translation>Impossible de relancer cette publication&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="195"/>
        <source>This publication cannot be cancelled: %1</source>
        <translation>Impossible d’annuler cette publication&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="205"/>
        <source>No application could open %1.</source>
        <translation>Aucune application n’a pu ouvrir %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="233"/>
        <source>%n uploading</source>
        <translation>
            <numerusform>%n en cours de mise en ligne</numerusform>
            <numerusform>%n en cours de mise en ligne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="235"/>
        <source>%n waiting or scheduled</source>
        <translation>
            <numerusform>%n en attente ou planifiée</numerusform>
            <numerusform>%n en attente ou planifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="237"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublishDialog</name>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="36"/>
        <source>sign-in expired</source>
        <translation>session expirée</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="38"/>
        <source>not reachable now</source>
        <translation>injoignable pour le moment</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="59"/>
        <source>Publish “%1”</source>
        <translation>Publier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="62"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="72"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="100"/>
        <source>Destinations</source>
        <translation>Destinations</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="104"/>
        <source>Add Account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="113"/>
        <source>Reconnect</source>
        <translation>Reconnecter</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="149"/>
        <source>What the video is about</source>
        <translation>Le sujet de la vidéo</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="152"/>
        <source>Separated by commas</source>
        <translation>Séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="159"/>
        <source>Optional: a JPEG or PNG image; the platform picks one otherwise</source>
        <translation>Facultatif&#xa0;: une image JPEG ou PNG&#xa0;; sinon, la plateforme en choisit une</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="162"/>
        <source>Choose Image…</source>
        <translation>Choisir une image…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="164"/>
        <location filename="../ui/publishing/publish_dialog.cpp" line="192"/>
        <source>Thumbnail</source>
        <translation>Miniature</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="165"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="170"/>
        <source>Publish now</source>
        <translation>Publier maintenant</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="172"/>
        <source>Schedule for</source>
        <translation>Planifier pour</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="188"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="189"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="190"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="191"/>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="193"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="217"/>
        <source>There is no account to publish to yet. Add one first.</source>
        <translation>Il n’y a encore aucun compte où publier. Ajoutez-en un d’abord.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="230"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publish_dialog.cpp" line="285"/>
        <source>The sign-in of %1 has expired. Reconnect before publishing there.</source>
        <translation>
            <numerusform>La session de %1 a expiré. Reconnectez-le avant d’y publier.</numerusform>
            <numerusform>Les sessions de %1 ont expiré. Reconnectez-les avant d’y publier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="339"/>
        <source>Tick at least one destination.</source>
        <translation>Cochez au moins une destination.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="344"/>
        <source>Give the video a title.</source>
        <translation>Donnez un titre à la vidéo.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="346"/>
        <source>The scheduled time has passed. Choose a time in the future, or publish now.</source>
        <translation>L’heure planifiée est passée. Choisissez une heure à venir, ou publiez maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="348"/>
        <source>The thumbnail image could not be found.</source>
        <translation>Image de la miniature introuvable.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublishingController</name>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="33"/>
        <location filename="../ui/publishing/publishing_controller.cpp" line="46"/>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="34"/>
        <source>Publish…</source>
        <translation>Publier…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="35"/>
        <source>Accounts…</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="39"/>
        <source>Publish the selected video to your accounts, now or at a set time</source>
        <translation>Publier la vidéo sélectionnée sur vos comptes, maintenant ou à une heure choisie</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="109"/>
        <source>Select a video in the library first.</source>
        <translation>Sélectionnez d’abord une vidéo dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="114"/>
        <source>This video is no longer in your library.</source>
        <translation>Cette vidéo n’est plus dans votre bibliothèque.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publishing_controller.cpp" line="158"/>
        <source>%n publication(s) added; follow them under Publications.</source>
        <translation>
            <numerusform>%n publication ajoutée&#xa0;; suivez-la dans Publications.</numerusform>
            <numerusform>%n publications ajoutées&#xa0;; suivez-les dans Publications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueActions</name>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="51"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="51"/>
        <source>Hold the selected jobs where they are</source>
        <translation>Mettre en pause les tâches sélectionnées là où elles en sont</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="53"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="53"/>
        <source>Continue the selected paused jobs</source>
        <translation>Poursuivre les tâches en pause sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="55"/>
        <source>Stop the selected jobs and delete what they have written so far</source>
        <translation>Arrêter les tâches sélectionnées et supprimer ce qu’elles ont déjà écrit</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="56"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="56"/>
        <source>Queue the selected failed or cancelled jobs again</source>
        <translation>Remettre dans la file d’attente les tâches échouées ou annulées sélectionnées</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="58"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="59"/>
        <source>Run this job before the one above it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation>Exécuter cette tâche avant celle du dessus. Les tâches de priorité plus élevée passent en premier&#xa0;; à priorité égale, elles s’exécutent dans l’ordre d’ajout.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="62"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="63"/>
        <source>Run this job after the one below it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation>Exécuter cette tâche après celle du dessous. Les tâches de priorité plus élevée passent en premier&#xa0;; à priorité égale, elles s’exécutent dans l’ordre d’ajout.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="66"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>Runs before jobs with normal priority</source>
        <translation>S’exécute avant les tâches de priorité normale</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="68"/>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="68"/>
        <source>Runs in the order it was added</source>
        <translation>S’exécute dans l’ordre d’ajout</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="69"/>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="69"/>
        <source>Runs after jobs with normal priority</source>
        <translation>S’exécute après les tâches de priorité normale</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="70"/>
        <location filename="../ui/queue/queue_actions.cpp" line="138"/>
        <source>Open Output Folder</source>
        <translation>Ouvrir le dossier de sortie</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="71"/>
        <source>Show the folder the finished file was written to</source>
        <translation>Afficher le dossier où le fichier terminé a été écrit</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="72"/>
        <source>Reveal in Library</source>
        <translation>Afficher dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="73"/>
        <source>Select the video this job was made from in the library</source>
        <translation>Sélectionner dans la bibliothèque la vidéo d’origine de cette tâche</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="74"/>
        <source>Publish Output…</source>
        <translation>Publier le résultat…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="75"/>
        <source>Publish the file this job made to your accounts</source>
        <translation>Publier sur vos comptes le fichier créé par cette tâche</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="76"/>
        <source>Show ffmpeg Command…</source>
        <translation>Afficher la commande ffmpeg…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="77"/>
        <source>The ffmpeg command line that gives the same result, for reference or support</source>
        <translation>La ligne de commande ffmpeg qui donne le même résultat, pour référence ou assistance</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="79"/>
        <source>Show Log…</source>
        <translation>Afficher le journal…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="79"/>
        <source>What happened to this job, step by step</source>
        <translation>Ce qui est arrivé à cette tâche, étape par étape</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="80"/>
        <source>Stop After Current Job</source>
        <translation>Arrêter après la tâche en cours</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="81"/>
        <source>Let the running jobs finish, then start no new ones until this is turned off</source>
        <translation>Laisser les tâches en cours se terminer, puis n’en lancer aucune nouvelle tant que cette option est active</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="84"/>
        <source>Jobs with a higher priority run first</source>
        <translation>Les tâches de priorité plus élevée passent en premier</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="99"/>
        <source>Stop after current</source>
        <translation>Arrêter après la tâche en cours</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="138"/>
        <source>Open Destination Folder</source>
        <translation>Ouvrir le dossier de destination</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueDelegate</name>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="92"/>
        <source>stopped at %1</source>
        <translation>arrêté à %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="100"/>
        <source>stopped when ReelForge closed</source>
        <translation>arrêté à la fermeture de ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="105"/>
        <source>high priority</source>
        <translation>priorité haute</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="107"/>
        <source>low priority</source>
        <translation>priorité basse</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="109"/>
        <source>priority %1</source>
        <translation>priorité %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueNotices</name>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready.</source>
        <translation>«&#xa0;%1&#xa0;» est prêt.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready: %2</source>
        <translation>«&#xa0;%1&#xa0;» est prêt&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="42"/>
        <source>A processing job failed. The queue shows why.</source>
        <translation>Une tâche de traitement a échoué. La file d’attente indique pourquoi.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="43"/>
        <source>Processing “%1” failed. Choose Show Log in the queue to see why.</source>
        <translation>Le traitement de «&#xa0;%1&#xa0;» a échoué. Choisissez Afficher le journal dans la file d’attente pour en connaître la raison.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="68"/>
        <source>Nothing in the queue. Select videos in the library and choose &lt;b&gt;Process…&lt;/b&gt; (%1), or drop files with a preset chosen.</source>
        <translation>Rien dans la file d’attente. Sélectionnez des vidéos dans la bibliothèque et choisissez &lt;b&gt;Traiter…&lt;/b&gt; (%1), ou déposez des fichiers après avoir choisi un préréglage.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="120"/>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="136"/>
        <source>Run at once</source>
        <translation>Simultanées</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="140"/>
        <source>How many jobs run at the same time. More jobs at once finish a batch sooner on a fast computer, but each one runs slower.</source>
        <translation>Nombre de tâches exécutées en même temps. Sur un ordinateur rapide, un lot se termine plus tôt avec plus de tâches simultanées, mais chacune est plus lente.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="230"/>
        <source>The queue could not be read: %1</source>
        <translation>Impossible de lire la file d’attente&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="289"/>
        <source>%n processing</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="291"/>
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pause</numerusform>
            <numerusform>%n en pause</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="293"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="295"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n terminée</numerusform>
            <numerusform>%n terminées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="297"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="300"/>
        <source>no new jobs start</source>
        <translation>aucune nouvelle tâche ne démarre</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="336"/>
        <source>That did not work for “%1”: %2</source>
        <translation>Cela n’a pas fonctionné pour «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="375"/>
        <source>The folder “%1” does not exist any more.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe plus.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="379"/>
        <source>The folder “%1” could not be opened.</source>
        <translation>Impossible d’ouvrir le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="389"/>
        <source>This job has no finished file to publish.</source>
        <translation>Cette tâche n’a aucun fichier terminé à publier.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="394"/>
        <source>The file “%1” does not exist any more.</source>
        <translation>Le fichier « %1 » n’existe plus.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="31"/>
        <source>Copy files into the library</source>
        <translation>Copier les fichiers dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="32"/>
        <source>Link to files where they are</source>
        <translation>Lier les fichiers à leur emplacement actuel</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="34"/>
        <source>Analyze new videos in the background</source>
        <translation>Analyser les nouvelles vidéos en arrière-plan</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="38"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="44"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="58"/>
        <source>Copies keep working when you move or delete the originals. Links save disk space but need the original files to stay where they are.</source>
        <translation>Les copies continuent de fonctionner si vous déplacez ou supprimez les originaux. Les liens économisent de l’espace disque, mais les fichiers d’origine doivent rester à leur place.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="70"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="71"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="72"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="77"/>
        <source>Scenes, silences, loudness and faces are ready when you need them. The analysis waits behind your own jobs in the queue.</source>
        <translation>Scènes, silences, volume sonore et visages sont prêts quand vous en avez besoin. L’analyse attend derrière vos propres tâches dans la file d’attente.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="92"/>
        <source> MB/s</source>
        <translation> Mo/s</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="93"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="95"/>
        <source>Shared by all uploads, so publishing leaves room for everything else on your connection.</source>
        <translation>Partagée par tous les envois, pour que la publication laisse de la place au reste de votre connexion.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="114"/>
        <source>Library location</source>
        <translation>Emplacement de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="115"/>
        <source>When importing</source>
        <translation>Lors de l’importation</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="116"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="117"/>
        <source>Upload speed</source>
        <translation>Vitesse d’envoi</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="118"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="156"/>
        <source>Choose the library folder</source>
        <translation>Choisir le dossier de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="164"/>
        <source>ReelForge will open this library the next time you start it.</source>
        <translation>ReelForge ouvrira cette bibliothèque au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="165"/>
        <source>A new location takes effect the next time you start ReelForge.</source>
        <translation>Le nouvel emplacement prendra effet au prochain démarrage de ReelForge.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::StatusNotifier</name>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="30"/>
        <source>Import finished.</source>
        <translation>Importation terminée.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="31"/>
        <source>Import finished. Some files were not added; the list above the status bar says why.</source>
        <translation>Importation terminée. Certains fichiers n’ont pas été ajoutés&#xa0;; la liste au-dessus de la barre d’état indique pourquoi.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="34"/>
        <source>Your video is published.</source>
        <translation>Votre vidéo est publiée.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="35"/>
        <source>Your video is published: %1</source>
        <translation>Votre vidéo est publiée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="37"/>
        <source>A publication failed: %1. Retry it under Publications.</source>
        <translation>Une publication a échoué&#xa0;: %1. Relancez-la dans Publications.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ThumbnailSuggestions</name>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="67"/>
        <source>Save frame as…</source>
        <translation>Enregistrer l’image sous…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="103"/>
        <source>Frame saved to %1</source>
        <translation>Image enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="237"/>
        <source>Save Frame</source>
        <translation>Enregistrer l’image</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <source>The frame could not be saved: %1</source>
        <translation>Impossible d’enregistrer l’image&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="144"/>
        <source>Frame at %1 — click to show it in the preview</source>
        <translation>Image à %1 — cliquez pour l’afficher dans l’aperçu</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="163"/>
        <source>Analyze this video to get thumbnail suggestions.</source>
        <translation>Analysez cette vidéo pour obtenir des suggestions de miniatures.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="165"/>
        <source>No frame stood out as a thumbnail.</source>
        <translation>Aucune image ne se distingue comme miniature.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="167"/>
        <source>Sharp, well-lit frames, best first. Click one to see it in the preview.</source>
        <translation>Images nettes et bien éclairées, les meilleures en premier. Cliquez sur l’une d’elles pour la voir dans l’aperçu.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="234"/>
        <source>%1 at %2.jpg</source>
        <translation>%1 à %2.jpg</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="238"/>
        <source>JPEG image (*.jpg *.jpeg);;PNG image (*.png)</source>
        <translation>Image JPEG (*.jpg *.jpeg);;Image PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TimelineStrip</name>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="63"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="305"/>
        <source>Fade, %1 – %2</source>
        <translation>Fondu, %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="307"/>
        <source>Cut at %1</source>
        <translation>Coupe à %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="314"/>
        <source>Silence, %1 – %2 (%3 s)</source>
        <translation>Silence, %1 – %2 (%3 s)</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TranscriptPane</name>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="42"/>
        <source>Save captions…</source>
        <translation>Enregistrer les sous-titres…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="53"/>
        <source>Write the transcript as captions (SubRip .srt or WebVTT .vtt)</source>
        <translation>Enregistrer la transcription en sous-titres (SubRip .srt ou WebVTT .vtt)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="84"/>
        <source>Analyze this video to see what is said in it.</source>
        <translation>Analysez cette vidéo pour voir ce qui s’y dit.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="89"/>
        <source>No speech was recognised.</source>
        <translation>Aucune parole n’a été reconnue.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="93"/>
        <source>Recognised automatically: some words may be wrong. Click a word to jump to it.</source>
        <translation>Reconnaissance automatique&#xa0;: certains mots peuvent être erronés. Cliquez sur un mot pour y accéder.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <location filename="../ui/analysis/transcript_pane.cpp" line="242"/>
        <source>Save Captions</source>
        <translation>Enregistrer les sous-titres</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <source>captions.srt</source>
        <translation>sous-titres.srt</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="234"/>
        <source>SubRip captions (*.srt);;WebVTT captions (*.vtt)</source>
        <translation>Sous-titres SubRip (*.srt);;Sous-titres WebVTT (*.vtt)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="243"/>
        <source>The captions could not be saved: %1</source>
        <translation>Impossible d’enregistrer les sous-titres&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="17"/>
        <source>Add sample videos</source>
        <translation>Ajouter des vidéos d’exemple</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="18"/>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="19"/>
        <source>Import a folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="28"/>
        <source>Your library is empty</source>
        <translation>Votre bibliothèque est vide</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="32"/>
        <source>Drag videos, audio files or whole folders anywhere onto this window to import them. Or try ReelForge right away with two short sample clips made on your computer.</source>
        <translation>Faites glisser des vidéos, des fichiers audio ou des dossiers entiers n’importe où dans cette fenêtre pour les importer. Ou essayez ReelForge tout de suite avec deux courts clips d’exemple créés sur votre ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="92"/>
        <source>Making two sample clips (colour bars with a tone)…</source>
        <translation>Création de deux clips d’exemple (mire de couleurs avec une tonalité)…</translation>
    </message>
</context>
</TS>
