<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnalysisText</name>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="45"/>
        <location filename="../ui/analysis/analysis_text.cpp" line="57"/>
        <source>silent</source>
        <translation>stumm</translation>
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
        <translation>Stumm: kein Vergleich mit %1 möglich</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="69"/>
        <source>On target for %1</source>
        <translation>Trifft %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="71"/>
        <source>%1 quieter than %2</source>
        <translation>%1 leiser als %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="72"/>
        <source>%1 louder than %2</source>
        <translation>%1 lauter als %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="79"/>
        <source>True peak %1 is above −1 dBTP: it may clip once encoded. Lower the level or use a limiter.</source>
        <translation>True Peak %1 liegt über −1 dBTP: Nach dem Kodieren kann es übersteuern. Senke den Pegel oder nutze einen Limiter.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/common/error_text.cpp" line="12"/>
        <source>The file could not be found. It may have been moved or deleted.</source>
        <translation>Die Datei wurde nicht gefunden. Möglicherweise wurde sie verschoben oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="15"/>
        <source>ReelForge is not allowed to read this file.</source>
        <translation>ReelForge darf diese Datei nicht lesen.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="17"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="19"/>
        <source>This is not a video or audio file.</source>
        <translation>Das ist keine Video- oder Audiodatei.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="21"/>
        <source>The file is damaged or incomplete.</source>
        <translation>Die Datei ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="23"/>
        <source>The file has no video or audio that ReelForge can use.</source>
        <translation>Die Datei enthält kein Video oder Audio, das ReelForge verwenden kann.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="26"/>
        <source>The file uses a format ReelForge cannot read yet.</source>
        <translation>Die Datei hat ein Format, das ReelForge noch nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="28"/>
        <source>Already in your library.</source>
        <translation>Bereits in deiner Mediathek.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="30"/>
        <source>There is not enough free space on the disk.</source>
        <translation>Auf dem Datenträger ist nicht genügend Speicherplatz frei.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="32"/>
        <source>The file could not be read or written.</source>
        <translation>Die Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="34"/>
        <source>The library could not be updated. Try again.</source>
        <translation>Die Mediathek konnte nicht aktualisiert werden. Versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="36"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="38"/>
        <source>This item is no longer in your library.</source>
        <translation>Dieses Element ist nicht mehr in deiner Mediathek.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="40"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Deine Anmeldung ist abgelaufen. Melde dich erneut an.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="42"/>
        <source>The upload limit of your account has been reached.</source>
        <translation>Das Upload-Limit deines Kontos ist erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="44"/>
        <source>The platform refused the upload.</source>
        <translation>Die Plattform hat den Upload abgelehnt.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="50"/>
        <source>Something went wrong.</source>
        <translation>Etwas ist schiefgelaufen.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="58"/>
        <source>The source file is missing. It may have been moved, renamed or deleted.</source>
        <translation>Die Quelldatei fehlt. Möglicherweise wurde sie verschoben, umbenannt oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="61"/>
        <source>ReelForge is not allowed to read the source file or to write the result.</source>
        <translation>ReelForge darf die Quelldatei nicht lesen oder das Ergebnis nicht schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="64"/>
        <source>The source file is empty.</source>
        <translation>Die Quelldatei ist leer.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="66"/>
        <source>The source file is damaged or incomplete.</source>
        <translation>Die Quelldatei ist beschädigt oder unvollständig.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="68"/>
        <source>A format this job needs cannot be read or written on this computer.</source>
        <translation>Ein Format, das dieser Auftrag braucht, kann auf diesem Computer nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="71"/>
        <source>Something this job needs no longer exists.</source>
        <translation>Etwas, das dieser Auftrag braucht, existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="84"/>
        <source>This folder contains no video or audio files.</source>
        <translation>Dieser Ordner enthält keine Video- oder Audiodateien.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../ui/common/format.cpp" line="48"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="52"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="55"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="56"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="62"/>
        <location filename="../ui/common/format.cpp" line="98"/>
        <location filename="../ui/common/format.cpp" line="107"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="65"/>
        <source>%1 kb/s</source>
        <translation>%1 kbit/s</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="66"/>
        <source>%1 Mb/s</source>
        <translation>%1 Mbit/s</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="101"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
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
        <translation>Stereo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/format.cpp" line="121"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n Kanal</numerusform>
            <numerusform>%n Kanäle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobSubmitter</name>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="17"/>
        <source>ReelForge cannot make this from it (%1).</source>
        <translation>ReelForge kann daraus nichts erstellen (%1).</translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="47"/>
        <source>The folder “%1” could not be created.</source>
        <translation>Der Ordner „%1“ konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="60"/>
        <source>“%1” could not be queued: %2</source>
        <translation>„%1“ konnte nicht in die Warteschlange gestellt werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="69"/>
        <source>%n video(s) added to the queue with “%1”.</source>
        <translation>
            <numerusform>%n Video mit „%1“ zur Warteschlange hinzugefügt.</numerusform>
            <numerusform>%n Videos mit „%1“ zur Warteschlange hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="72"/>
        <source>%n video(s) added to the queue with “%1”. </source>
        <translation>
            <numerusform>%n Video mit „%1“ zur Warteschlange hinzugefügt. </numerusform>
            <numerusform>%n Videos mit „%1“ zur Warteschlange hinzugefügt. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="18"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="20"/>
        <source>Processing</source>
        <translation>Wird verarbeitet</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="22"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="24"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="26"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="28"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="30"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="51"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="53"/>
        <source>%1× realtime</source>
        <translation>%1× Echtzeit</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="62"/>
        <source>A few seconds left</source>
        <translation>Noch wenige Sekunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="64"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="66"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="67"/>
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Stunde</numerusform>
            <numerusform>Noch etwa %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="77"/>
        <location filename="../ui/queue/job_text.cpp" line="86"/>
        <source>ReelForge is not allowed to write to the output folder.</source>
        <translation>ReelForge darf nicht in den Ausgabeordner schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="89"/>
        <source>Processing stopped with an error.</source>
        <translation>Die Verarbeitung wurde mit einem Fehler beendet.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="90"/>
        <source>Processing stopped with an error: %1</source>
        <translation>Die Verarbeitung wurde mit einem Fehler beendet: %1</translation>
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
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="36"/>
        <source>MP3 audio</source>
        <translation>MP3-Audio</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="37"/>
        <source>M4A audio</source>
        <translation>M4A-Audio</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="38"/>
        <source>Ogg</source>
        <translation>Ogg</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="39"/>
        <source>WAV audio</source>
        <translation>WAV-Audio</translation>
    </message>
</context>
<context>
    <name>PublishMetadata</name>
    <message>
        <location filename="../ui/publishing/publish_metadata.cpp" line="84"/>
        <source>Part %1</source>
        <translation>Teil %1</translation>
    </message>
</context>
<context>
    <name>PublishingText</name>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="37"/>
        <source>S3-compatible storage</source>
        <translation>S3-kompatibler Speicher</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="39"/>
        <source>WebDAV server</source>
        <translation>WebDAV-Server</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="41"/>
        <source>tus upload server</source>
        <translation>tus-Upload-Server</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="43"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="52"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="54"/>
        <source>Uploading</source>
        <translation>Wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="56"/>
        <source>Processing</source>
        <translation>Wird verarbeitet</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="58"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="60"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="62"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="71"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="73"/>
        <source>Unlisted</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="75"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="83"/>
        <source>TikTok lets apps it has not audited post privately only: the video is posted as private, whatever you choose here. You can make it public in the TikTok app.</source>
        <translation>TikTok erlaubt ungeprüften Apps nur private Beiträge: Das Video wird privat gepostet, egal was du hier wählst. In der TikTok-App kannst du es öffentlich machen.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="86"/>
        <source>YouTube allows about six uploads a day per project; scheduled videos stay private until their time.</source>
        <translation>YouTube erlaubt etwa sechs Uploads pro Tag und Projekt; geplante Videos bleiben bis zu ihrem Termin privat.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="97"/>
        <source>This file is %1, but %2 accepts files up to %3. Make a smaller version (a shorter cut or a lower-bitrate preset) and publish that.</source>
        <translation>Diese Datei ist %1 groß, aber %2 akzeptiert Dateien nur bis %3. Erstelle eine kleinere Version (kürzerer Schnitt oder ein Preset mit niedrigerer Bitrate) und veröffentliche diese.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="101"/>
        <source>%1 refused this file: %2</source>
        <translation>%1 hat diese Datei abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="104"/>
        <source>The upload allowance of “%1” on %2 is used up for now. Try again later (YouTube resets it at midnight Pacific time); nothing was uploaded.</source>
        <translation>Das Upload-Kontingent von „%1“ auf %2 ist vorerst aufgebraucht. Versuche es später erneut (YouTube setzt es um Mitternacht pazifischer Zeit zurück); es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="108"/>
        <source>The sign-in of “%1” has expired. Reconnect the account, then publish.</source>
        <translation>Die Anmeldung von „%1“ ist abgelaufen. Verbinde das Konto erneut und veröffentliche dann.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="111"/>
        <source>This file is already published on “%1”: %2</source>
        <translation>Diese Datei ist bereits auf „%1“ veröffentlicht: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="127"/>
        <source>The sign-in has expired. Reconnect the account (Publish ▸ Accounts…), then retry.</source>
        <translation>Die Anmeldung ist abgelaufen. Verbinde das Konto erneut (Veröffentlichen ▸ Konten…) und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="129"/>
        <source>The platform&apos;s upload allowance is used up for now. Retry later.</source>
        <translation>Das Upload-Kontingent der Plattform ist vorerst aufgebraucht. Versuche es später erneut.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="139"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="147"/>
        <source>less than a minute left</source>
        <translation>noch weniger als eine Minute</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publishing_text.cpp" line="150"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>noch etwa %n Min.</numerusform>
            <numerusform>noch etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="151"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
</context>
<context>
    <name>RemoveConfirmation</name>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="15"/>
        <source>Remove “%1” from your library?</source>
        <translation>„%1“ aus deiner Mediathek entfernen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/remove_confirmation.cpp" line="16"/>
        <source>Remove %n item(s) from your library?</source>
        <translation>
            <numerusform>%n Element aus deiner Mediathek entfernen?</numerusform>
            <numerusform>%n Elemente aus deiner Mediathek entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="17"/>
        <source>Remove from Library</source>
        <translation>Aus Mediathek entfernen</translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="19"/>
        <source>Copies kept in the library folder are deleted. Your original files are not touched.</source>
        <translation>Kopien im Mediathek-Ordner werden gelöscht. Deine Originaldateien bleiben unverändert.</translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="22"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>StudioActions</name>
    <message>
        <location filename="../ui/studio_actions.cpp" line="37"/>
        <source>Import Files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="38"/>
        <source>Import videos and audio files</source>
        <translation>Videos und Audiodateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="40"/>
        <source>Import Folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="42"/>
        <source>Import everything in a folder</source>
        <translation>Alles aus einem Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="44"/>
        <source>Add Sample Videos</source>
        <translation>Beispielvideos hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="45"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="48"/>
        <source>Search Library</source>
        <translation>Mediathek durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="50"/>
        <source>Remove from Library…</source>
        <translation>Aus Mediathek entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="51"/>
        <source>Remove the selected items from the library</source>
        <translation>Ausgewählte Elemente aus der Mediathek entfernen</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="53"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="56"/>
        <source>Play / Pause</source>
        <translation>Wiedergabe / Pause</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="57"/>
        <source>About ReelForge</source>
        <translation>Über ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="59"/>
        <source>Process…</source>
        <translation>Verarbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="60"/>
        <source>Make new files from the selected videos with a preset</source>
        <translation>Mit einem Preset neue Dateien aus den ausgewählten Videos erstellen</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="66"/>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="67"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="68"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="69"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="70"/>
        <source>Process</source>
        <translation>Verarbeiten</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>ReelForge, a desktop video studio for creators.</source>
        <translation>ReelForge, ein Desktop-Videostudio für Creator.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation>Mediathek in &lt;Ordner&gt; öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Videos, audio files or folders to import.</source>
        <translation>Zu importierende Videos, Audiodateien oder Ordner.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>ReelForge</source>
        <translation>ReelForge</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>ReelForge could not open the library in “%1”.</source>
        <translation>ReelForge konnte die Mediathek in „%1“ nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui</name>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="23"/>
        <source>Use lower-case letters, digits and dashes, e.g. “my-youtube-1080p”.</source>
        <translation>Verwende Kleinbuchstaben, Ziffern und Bindestriche, z. B. „my-youtube-1080p“.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="25"/>
        <source>Choose a container.</source>
        <translation>Wähle ein Containerformat.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="27"/>
        <source>Enter a file extension without a dot, e.g. “mp4”.</source>
        <translation>Gib eine Dateiendung ohne Punkt ein, z. B. „mp4“.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="29"/>
        <source>Keep video, audio or both.</source>
        <translation>Behalte Video, Audio oder beides.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="31"/>
        <source>Enter a video codec, e.g. “h264”.</source>
        <translation>Gib einen Videocodec ein, z. B. „h264“.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="33"/>
        <source>Width and height must both be even numbers up to 16384, or both “Source”.</source>
        <translation>Breite und Höhe müssen beide gerade Zahlen bis 16384 sein oder beide „Quelle“.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="35"/>
        <source>Choose how the picture fits the frame.</source>
        <translation>Wähle, wie das Bild in den Rahmen passt.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="37"/>
        <source>Enter a rate such as 30 or 30000/1001, or leave it empty to keep the source’s.</source>
        <translation>Gib eine Rate wie 30 oder 30000/1001 ein oder lass das Feld leer, um die der Quelle zu behalten.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="39"/>
        <source>Quality must be between 0 and 63.</source>
        <translation>Die Qualität muss zwischen 0 und 63 liegen.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="42"/>
        <source>Enter a bit rate such as “8M” or “192k”, or leave it empty.</source>
        <translation>Gib eine Bitrate wie „8M“ oder „192k“ ein oder lass das Feld leer.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="44"/>
        <source>Enter an audio codec, e.g. “aac”.</source>
        <translation>Gib einen Audiocodec ein, z. B. „aac“.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="46"/>
        <source>The sample rate must be at most 384000 Hz.</source>
        <translation>Die Abtastrate darf höchstens 384000 Hz betragen.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="48"/>
        <source>Use between 1 and 16 channels, or “Source”.</source>
        <translation>Verwende 1 bis 16 Kanäle oder „Quelle“.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="55"/>
        <source>A built-in preset is called “%1”. Give the preset another name.</source>
        <translation>Ein integriertes Preset heißt bereits „%1“. Gib dem Preset einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="59"/>
        <source>This preset is not valid: %1</source>
        <translation>Dieses Preset ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="60"/>
        <source>This file is not a valid preset.</source>
        <translation>Diese Datei ist kein gültiges Preset.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="44"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="45"/>
        <source>Reconnect</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="46"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="49"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="51"/>
        <source>The places ReelForge publishes to. Sign-ins, passwords and keys are kept in the system keychain, never in ReelForge&apos;s own files.</source>
        <translation>Die Ziele, auf denen ReelForge veröffentlicht. Anmeldungen, Passwörter und Schlüssel werden im Schlüsselbund des Systems gespeichert, nie in ReelForges eigenen Dateien.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="75"/>
        <source>Sign in again (or enter the password or keys again)</source>
        <translation>Erneut anmelden (oder Passwort bzw. Schlüssel erneut eingeben)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="108"/>
        <source>The accounts could not be read: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="166"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="170"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="174"/>
        <source>Sign-in expired</source>
        <translation>Anmeldung abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="178"/>
        <source>Not reachable now</source>
        <translation>Zurzeit nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="185"/>
        <source>Reconnect this account before publishing to it.</source>
        <translation>Verbinde dieses Konto erneut, bevor du darauf veröffentlichst.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="216"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="217"/>
        <source>Remove “%1”? Its sign-in is deleted from the keychain and its publications leave the list. Videos already published stay online.</source>
        <translation>„%1“ entfernen? Die Anmeldung wird aus dem Schlüsselbund gelöscht und die Veröffentlichungen verschwinden aus der Liste. Bereits veröffentlichte Videos bleiben online.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="224"/>
        <source>“%1” could not be removed: %2</source>
        <translation>„%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="243"/>
        <source>The new sign-in could not be saved: %1</source>
        <translation>Die neue Anmeldung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="253"/>
        <source>Sign in to “%1” in your browser; ReelForge continues by itself when you are done.</source>
        <translation>Melde dich im Browser bei „%1“ an; ReelForge macht danach von selbst weiter.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="274"/>
        <source>“%1” is connected again.</source>
        <translation>„%1“ ist wieder verbunden.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="275"/>
        <source>“%1” was not reconnected: %2</source>
        <translation>„%1“ wurde nicht erneut verbunden: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="288"/>
        <source>Reconnect “%1”</source>
        <translation>„%1“ erneut verbinden</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="295"/>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="296"/>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="299"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="49"/>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="67"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="82"/>
        <source>Finish signing in in your browser; ReelForge continues by itself when you are done. If no browser opened, &lt;a href=&quot;%1&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Schließe die Anmeldung im Browser ab; ReelForge macht danach von selbst weiter. Falls sich kein Browser geöffnet hat, &lt;a href=&quot;%1&quot;&gt;öffne die Anmeldeseite&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="119"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="119"/>
        <source>How this account appears in ReelForge</source>
        <translation>So wird dieses Konto in ReelForge angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="126"/>
        <source>App client ID</source>
        <translation>App-Client-ID</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="126"/>
        <source>From the platform&apos;s developer console</source>
        <translation>Aus der Entwicklerkonsole der Plattform</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="127"/>
        <source>App client secret</source>
        <translation>App-Client-Geheimnis</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="128"/>
        <source>Only if the platform issued one</source>
        <translation>Nur falls die Plattform eines ausgestellt hat</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="129"/>
        <source>Your browser opens the sign-in page of %1. Once you allow ReelForge, the browser brings you back and the account is added. You sign in once; ReelForge keeps the sign-in in the system keychain.</source>
        <translation>Dein Browser öffnet die Anmeldeseite von %1. Sobald du ReelForge den Zugriff erlaubst, führt dich der Browser zurück und das Konto wird hinzugefügt. Du meldest dich nur einmal an; ReelForge speichert die Anmeldung im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="135"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="136"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="154"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="137"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="155"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="138"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="138"/>
        <source>Optional: your first channel otherwise</source>
        <translation>Optional: sonst dein erster Kanal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="139"/>
        <source>The password is kept in the system keychain.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="143"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="144"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="145"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="146"/>
        <source>Access key ID</source>
        <translation>Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="147"/>
        <source>Secret access key</source>
        <translation>Geheimer Zugriffsschlüssel</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="148"/>
        <source>Works with Amazon S3, MinIO, Backblaze B2, Wasabi and other S3-compatible storage. The keys are kept in the system keychain.</source>
        <translation>Funktioniert mit Amazon S3, MinIO, Backblaze B2, Wasabi und anderem S3-kompatiblem Speicher. Die Schlüssel werden im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="152"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="154"/>
        <source>Leave empty if the server needs none</source>
        <translation>Leer lassen, wenn der Server keines braucht</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="156"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="166"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="156"/>
        <source>Optional: where on the server, e.g. /Videos</source>
        <translation>Optional: Ort auf dem Server, z. B. /Videos</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="157"/>
        <source>Nextcloud, ownCloud, a NAS or any WebDAV server. The password is kept in the system keychain.</source>
        <translation>Nextcloud, ownCloud, ein NAS oder ein beliebiger WebDAV-Server. Das Passwort wird im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="161"/>
        <source>Upload address</source>
        <translation>Upload-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="163"/>
        <source>Any server speaking the tus resumable upload protocol.</source>
        <translation>Jeder Server, der das fortsetzbare Upload-Protokoll tus unterstützt.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="166"/>
        <source>A local, NAS or synced folder</source>
        <translation>Ein lokaler, NAS- oder synchronisierter Ordner</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="170"/>
        <source>Choose Folder…</source>
        <translation>Ordner auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="172"/>
        <source>Publish to Folder</source>
        <translation>In Ordner veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="176"/>
        <source>Published videos are copied into this folder; nothing is ever overwritten.</source>
        <translation>Veröffentlichte Videos werden in diesen Ordner kopiert; es wird nie etwas überschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="183"/>
        <source>Sign In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="183"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="196"/>
        <source>Give the account a name.</source>
        <translation>Gib dem Konto einen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="201"/>
        <source>Choose the folder to publish to.</source>
        <translation>Wähle den Ordner, in dem veröffentlicht werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="202"/>
        <source>Enter the server address.</source>
        <translation>Gib die Serveradresse ein.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="208"/>
        <source>The address must start with https:// (or http:// on your own network).</source>
        <translation>Die Adresse muss mit https:// beginnen (oder http:// im eigenen Netzwerk).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="218"/>
        <source>Enter the client ID of your app registration (see the publishing guide).</source>
        <translation>Gib die Client-ID deiner App-Registrierung ein (siehe Anleitung zum Veröffentlichen).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="222"/>
        <source>Enter the bucket and both keys.</source>
        <translation>Gib den Bucket und beide Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="225"/>
        <source>Enter your user name and password.</source>
        <translation>Gib deinen Benutzernamen und dein Passwort ein.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="258"/>
        <source>Opening your browser…</source>
        <translation>Browser wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="269"/>
        <source>The sign-in was not completed (refused in the browser, or started again). Try again.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen (im Browser abgelehnt oder neu gestartet). Versuche es noch einmal.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="270"/>
        <source>The sign-in did not finish: %1</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="281"/>
        <source>An account named “%1” exists already. Choose another name.</source>
        <translation>Ein Konto namens „%1“ gibt es bereits. Wähle einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="282"/>
        <source>The account could not be saved: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="311"/>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AnalysisPanel</name>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="44"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="45"/>
        <location filename="../ui/analysis/analysis_panel.cpp" line="152"/>
        <source>Analyze</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="63"/>
        <source>Stop analysing. Nothing half-done is kept.</source>
        <translation>Analyse stoppen. Halbfertiges wird nicht behalten.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="66"/>
        <source>Find scenes, silences, loudness, faces and speech. Results are kept, so the next time this clip opens they show at once.</source>
        <translation>Szenen, Stille, Lautheit, Gesichter und Sprache finden. Die Ergebnisse werden gespeichert und erscheinen beim nächsten Öffnen dieses Clips sofort.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="69"/>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="72"/>
        <source>Show the faces found in the clip as boxes over the preview</source>
        <translation>Im Clip gefundene Gesichter als Rahmen über der Vorschau anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="150"/>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="151"/>
        <source>Complete Analysis</source>
        <translation>Analyse vervollständigen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="159"/>
        <source>Looking for earlier analysis…</source>
        <translation>Suche nach früherer Analyse…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="162"/>
        <source>Not analysed yet.</source>
        <translation>Noch nicht analysiert.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="166"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="167"/>
        <source>Analysing… %1%</source>
        <translation>Wird analysiert… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="173"/>
        <source>The analysis failed: %1</source>
        <translation>Die Analyse ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="227"/>
        <source>%n scene change(s)</source>
        <translation>
            <numerusform>%n Szenenwechsel</numerusform>
            <numerusform>%n Szenenwechsel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="229"/>
        <source>%n silence(s)</source>
        <translation>
            <numerusform>%n stille Stelle</numerusform>
            <numerusform>%n stille Stellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="231"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>faces found</source>
        <translation>Gesichter gefunden</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>no faces</source>
        <translation>keine Gesichter</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="234"/>
        <source>Analysed.</source>
        <translation>Analysiert.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AssetDetailPanel</name>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="19"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="176"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
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
        <translation>voller Bereich</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="43"/>
        <source>limited range</source>
        <translation>begrenzter Bereich</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="44"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="231"/>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="54"/>
        <source>Select an item in the library to see its details.</source>
        <translation>Wähle ein Element in der Mediathek aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="174"/>
        <source>File</source>
        <translation>Datei</translation>
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
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="178"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="179"/>
        <source>Bit rate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="181"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="182"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="185"/>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="186"/>
        <source>Copied into the library</source>
        <translation>In die Mediathek kopiert</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="187"/>
        <source>Linked to the original file</source>
        <translation>Mit der Originaldatei verknüpft</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="190"/>
        <source>Imported from</source>
        <translation>Importiert aus</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="190"/>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="197"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="197"/>
        <source>Video %1</source>
        <translation>Video %1</translation>
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
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="203"/>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="204"/>
        <source>%1° (stored as %2)</source>
        <translation>%1° (gespeichert als %2)</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="206"/>
        <source>Frame rate</source>
        <translation>Bildrate</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="207"/>
        <source>Pixel format</source>
        <translation>Pixelformat</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="208"/>
        <source>Bit depth</source>
        <translation>Farbtiefe</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/asset_detail_panel.cpp" line="208"/>
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n Bit</numerusform>
            <numerusform>%n Bit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="209"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="210"/>
        <source>Dynamic range</source>
        <translation>Dynamikumfang</translation>
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
        <translation>Abtastrate</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="220"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="222"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="230"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="228"/>
        <source>Subtitles %1</source>
        <translation>Untertitel %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::DropOverlay</name>
    <message>
        <location filename="../ui/import/drop_overlay.cpp" line="64"/>
        <source>Drop to import</source>
        <translation>Zum Importieren loslassen</translation>
    </message>
    <message>
        <location filename="../ui/import/drop_overlay.cpp" line="68"/>
        <source>Videos, audio files and whole folders are welcome.</source>
        <translation>Videos, Audiodateien und ganze Ordner sind willkommen.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ImportIssuesPanel</name>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="29"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="30"/>
        <source>Clear this list</source>
        <translation>Diese Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="34"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="34"/>
        <source>Why it was not imported</source>
        <translation>Warum nicht importiert</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="64"/>
        <source>Duplicate of an item already in the library</source>
        <translation>Duplikat eines Elements, das schon in der Mediathek ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_issues_panel.cpp" line="117"/>
        <source>%n file(s) not added to your library</source>
        <translation>
            <numerusform>%n Datei nicht zu deiner Mediathek hinzugefügt</numerusform>
            <numerusform>%n Dateien nicht zu deiner Mediathek hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ImportProgressWidget</name>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="37"/>
        <source>Stop importing. Files already imported stay in the library.</source>
        <translation>Import stoppen. Bereits importierte Dateien bleiben in der Mediathek.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="72"/>
        <source>Preparing to import %n item(s)…</source>
        <translation>
            <numerusform>Import von %n Element wird vorbereitet…</numerusform>
            <numerusform>Import von %n Elementen wird vorbereitet…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="86"/>
        <source>Importing %1 of %2 · %3</source>
        <translation>Importieren: %1 von %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="91"/>
        <source>Finishing import…</source>
        <translation>Import wird abgeschlossen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="110"/>
        <source>Import cancelled. %n file(s) imported.</source>
        <translation>
            <numerusform>Import abgebrochen. %n Datei importiert.</numerusform>
            <numerusform>Import abgebrochen. %n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="111"/>
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n Datei importiert.</numerusform>
            <numerusform>%n Dateien importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="113"/>
        <source>%n already in the library.</source>
        <translation>
            <numerusform>%n bereits in der Mediathek.</numerusform>
            <numerusform>%n bereits in der Mediathek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="115"/>
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n konnte nicht importiert werden.</numerusform>
            <numerusform>%n konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="141"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="149"/>
        <source>A few seconds left</source>
        <translation>Noch wenige Sekunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="151"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="152"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::JobInfoDialog</name>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="55"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="70"/>
        <source>Working it out…</source>
        <translation>Wird ermittelt…</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="71"/>
        <source>Copy the text to the clipboard</source>
        <translation>Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="87"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="124"/>
        <source>ffmpeg Command — %1</source>
        <translation>ffmpeg-Befehl — %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="126"/>
        <source>ReelForge does this with its own engine. This ffmpeg command line gives the same result, for reference or to share when asking for help.</source>
        <translation>ReelForge erledigt das mit seiner eigenen Engine. Diese ffmpeg-Befehlszeile liefert dasselbe Ergebnis – zum Nachschlagen oder zum Teilen, wenn du um Hilfe bittest.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="139"/>
        <source>This job has no ffmpeg equivalent.</source>
        <translation>Für diesen Auftrag gibt es keine ffmpeg-Entsprechung.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="151"/>
        <source>Log — %1</source>
        <translation>Protokoll — %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="155"/>
        <source>Fix the cause, then choose Retry to run the job again.</source>
        <translation>Behebe die Ursache und wähle dann „Wiederholen“, um den Auftrag erneut auszuführen.</translation>
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
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="35"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="37"/>
        <source>Title A–Z</source>
        <translation>Titel A–Z</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="39"/>
        <source>Longest first</source>
        <translation>Längste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="41"/>
        <source>Shortest first</source>
        <translation>Kürzeste zuerst</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="43"/>
        <source>Highest resolution</source>
        <translation>Höchste Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="45"/>
        <source>Largest file</source>
        <translation>Größte Datei</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="62"/>
        <source>Grid</source>
        <translation>Raster</translation>
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
        <translation>Mediathek</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="133"/>
        <source>Search titles and file names</source>
        <translation>Titel und Dateinamen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="141"/>
        <source>Sort the library</source>
        <translation>Mediathek sortieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_view.cpp" line="261"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_view.cpp" line="262"/>
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 von %n Element</numerusform>
            <numerusform>%1 von %n Elementen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="264"/>
        <source>Nothing matches “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::LoudnessReadout</name>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="20"/>
        <source>EBU R128: integrated loudness over the whole clip, loudness range (how much it varies) and true peak.</source>
        <translation>EBU R128: integrierte Lautheit über den ganzen Clip, Lautheitsbereich (wie stark sie schwankt) und True Peak.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="50"/>
        <source>integrated</source>
        <translation>integriert</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="51"/>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="52"/>
        <source>true peak</source>
        <translation>True Peak</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="54"/>
        <source>YouTube’s %1</source>
        <translation>%1 (YouTube)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="56"/>
        <source>the %1 podcasts aim for</source>
        <translation>%1 (Podcast-Ziel)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="58"/>
        <source>The sound is silent throughout.</source>
        <translation>Der Ton ist durchgehend stumm.</translation>
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
        <translation>Speicherort der Mediathek</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="179"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="183"/>
        <source>P&amp;rocess</source>
        <translation>&amp;Verarbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>P&amp;ublish</source>
        <translation>V&amp;eröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="195"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259"/>
        <source>The sample videos could not be made: %1</source>
        <translation>Die Beispielvideos konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>The library could not be read: %1</source>
        <translation>Die Mediathek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>Videos and audio (%1);;All files (*)</source>
        <translation>Videos und Audio (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>Making sample videos…</source>
        <translation>Beispielvideos werden erstellt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="349"/>
        <source>%n item(s) could not be removed.</source>
        <translation>
            <numerusform>%n Element konnte nicht entfernt werden.</numerusform>
            <numerusform>%n Elemente konnten nicht entfernt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="352"/>
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>%n Element aus der Mediathek entfernt.</numerusform>
            <numerusform>%n Elemente aus der Mediathek entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="369"/>
        <source>The new library location is used the next time you start ReelForge.</source>
        <translation>Der neue Speicherort der Mediathek gilt ab dem nächsten Start von ReelForge.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="374"/>
        <source>About ReelForge</source>
        <translation>Über ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="375"/>
        <source>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;A desktop video studio for creators.&lt;/p&gt;&lt;p&gt;Import, analyse, edit with recipes and publish — offline first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Videostudio für Creator.&lt;/p&gt;&lt;p&gt;Importieren, analysieren, mit Rezepten bearbeiten und veröffentlichen – offline zuerst.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PresetEditor</name>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="95"/>
        <source>Edit Preset</source>
        <translation>Preset bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="147"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="148"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="149"/>
        <source>Container:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="150"/>
        <source>Extension:</source>
        <translation>Dateiendung:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="152"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="161"/>
        <source>Any encoder for this codec</source>
        <translation>Beliebiger Encoder für diesen Codec</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="162"/>
        <source>Encoders to try in order, separated by commas, e.g. “libx264”</source>
        <translation>Encoder, die der Reihe nach probiert werden, durch Kommas getrennt, z. B. „libx264“</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="163"/>
        <location filename="../ui/presets/preset_editor.cpp" line="165"/>
        <location filename="../ui/presets/preset_editor.cpp" line="211"/>
        <location filename="../ui/presets/preset_editor.cpp" line="214"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="169"/>
        <source>Fit inside, add bars</source>
        <translation>Einpassen, Balken hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="170"/>
        <source>Fill the frame, crop the edges</source>
        <translation>Rahmen füllen, Ränder beschneiden</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="171"/>
        <source>Fit inside, never add bars</source>
        <translation>Einpassen, nie Balken hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="174"/>
        <source>Same as source</source>
        <translation>Wie Quelle</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="175"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="177"/>
        <source>Constant quality: lower is better and bigger. Off uses the bit rate.</source>
        <translation>Konstante Qualität: Niedriger ist besser und größer. „Aus“ verwendet die Bitrate.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="180"/>
        <source>e.g. 8M</source>
        <translation>z. B. 8M</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="183"/>
        <source>Encoder default</source>
        <translation>Encoder-Standard</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="184"/>
        <source>The encoder&apos;s speed preset, e.g. “veryfast”, “medium” or “slow”</source>
        <translation>Geschwindigkeitsstufe des Encoders, z. B. „veryfast“, „medium“ oder „slow“</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="185"/>
        <source>Use a hardware encoder when one is available</source>
        <translation>Hardware-Encoder verwenden, wenn verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="189"/>
        <location filename="../ui/presets/preset_editor.cpp" line="217"/>
        <source>Codec:</source>
        <translation>Codec:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="190"/>
        <source>Encoders:</source>
        <translation>Encoder:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="191"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="193"/>
        <source>Fit:</source>
        <translation>Einpassung:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="194"/>
        <source>Frame rate:</source>
        <translation>Bildrate:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="195"/>
        <source>Quality (CRF):</source>
        <translation>Qualität (CRF):</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="196"/>
        <location filename="../ui/presets/preset_editor.cpp" line="218"/>
        <source>Bit rate:</source>
        <translation>Bitrate:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="198"/>
        <source>Speed:</source>
        <translation>Geschwindigkeit:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="201"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="210"/>
        <source>e.g. 192k</source>
        <translation>z. B. 192k</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="213"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="219"/>
        <source>Sample rate:</source>
        <translation>Abtastrate:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="220"/>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="226"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="360"/>
        <source>Another preset already has this name.</source>
        <translation>Ein anderes Preset hat bereits diesen Namen.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PresetsDialog</name>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="32"/>
        <source>source size</source>
        <translation>Quellgröße</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="34"/>
        <source>source frame rate</source>
        <translation>Quell-Bildrate</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="36"/>
        <source>quality %1</source>
        <translation>Qualität %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="49"/>
        <source>source sample rate</source>
        <translation>Quell-Abtastrate</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="50"/>
        <source>source channels</source>
        <translation>Quellkanäle</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="57"/>
        <source>File: .%1 (%2)</source>
        <translation>Datei: .%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="58"/>
        <source>Video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="58"/>
        <location filename="../ui/presets/presets_dialog.cpp" line="59"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="59"/>
        <source>Audio: %1</source>
        <translation>Audio: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="62"/>
        <source>Built-in presets cannot be changed. Duplicate one to make your own.</source>
        <translation>Integrierte Presets können nicht geändert werden. Dupliziere eines, um ein eigenes zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="86"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="87"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="88"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="89"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="92"/>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="108"/>
        <source>Make a copy of this preset that you can change</source>
        <translation>Eine änderbare Kopie dieses Presets erstellen</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="112"/>
        <source>Save this preset to a file to share or back it up</source>
        <translation>Dieses Preset in eine Datei speichern, um es zu teilen oder zu sichern</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="113"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="115"/>
        <source>Add a preset from a file</source>
        <translation>Preset aus einer Datei hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="175"/>
        <source>YOUR PRESETS</source>
        <translation>DEINE PRESETS</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="176"/>
        <source>BUILT-IN</source>
        <translation>INTEGRIERT</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="212"/>
        <source>No preset selected</source>
        <translation>Kein Preset ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="259"/>
        <source>Made “%1”, a copy of “%2”. Edit it to make it your own.</source>
        <translation>„%1“ als Kopie von „%2“ erstellt. Bearbeite es nach deinen Wünschen.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="273"/>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="285"/>
        <source>Delete Preset</source>
        <translation>Preset löschen</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="286"/>
        <source>Delete the preset “%1”?</source>
        <translation>Das Preset „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="288"/>
        <source>Jobs already in the queue keep their settings. This cannot be undone.</source>
        <translation>Aufträge, die schon in der Warteschlange sind, behalten ihre Einstellungen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="289"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="302"/>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="310"/>
        <source>Import Preset</source>
        <translation>Preset importieren</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="311"/>
        <location filename="../ui/presets/presets_dialog.cpp" line="327"/>
        <source>Presets (*.json)</source>
        <translation>Presets (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="326"/>
        <source>Export Preset</source>
        <translation>Preset exportieren</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="341"/>
        <source>“%1” was not imported. %2</source>
        <translation>„%1“ wurde nicht importiert. %2</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="349"/>
        <source>Imported “%1”, replacing your preset of that name.</source>
        <translation>„%1“ importiert; dein gleichnamiges Preset wurde ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="350"/>
        <source>Imported “%1”.</source>
        <translation>„%1“ importiert.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="359"/>
        <source>“%1” was not exported. %2</source>
        <translation>„%1“ wurde nicht exportiert. %2</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="362"/>
        <source>Exported “%1” to %2.</source>
        <translation>„%1“ nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PreviewPlayer</name>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="44"/>
        <location filename="../ui/preview/preview_player.cpp" line="112"/>
        <source>Nothing to preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="55"/>
        <location filename="../ui/preview/preview_player.cpp" line="183"/>
        <source>Play (Space)</source>
        <translation>Wiedergabe (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="60"/>
        <source>Seek</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="112"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="183"/>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="206"/>
        <source>Audio only</source>
        <translation>Nur Audio</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="211"/>
        <location filename="../ui/preview/preview_player.cpp" line="224"/>
        <source>This file cannot be previewed.</source>
        <translation>Für diese Datei ist keine Vorschau möglich.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ProcessDialog</name>
    <message numerus="yes">
        <location filename="../ui/process/process_dialog.cpp" line="28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="43"/>
        <location filename="../ui/process/process_dialog.cpp" line="86"/>
        <source>Process</source>
        <translation>Verarbeiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/process_dialog.cpp" line="46"/>
        <source>Process %n video(s)</source>
        <translation>
            <numerusform>%n Video verarbeiten</numerusform>
            <numerusform>%n Videos verarbeiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="59"/>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="61"/>
        <source>Your preset. %1</source>
        <translation>Dein Preset. %1</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="72"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="73"/>
        <source>Library Folder</source>
        <translation>Mediathek-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="74"/>
        <source>Put the results in the library&apos;s artifacts folder</source>
        <translation>Ergebnisse im Ergebnisordner der Mediathek ablegen</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="79"/>
        <source>Files are written under a temporary name and appear here only once they are complete. Existing files are never overwritten.</source>
        <translation>Dateien werden unter einem temporären Namen geschrieben und erscheinen hier erst, wenn sie fertig sind. Vorhandene Dateien werden nie überschrieben.</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="93"/>
        <source>OUTPUT PRESET</source>
        <translation>AUSGABE-PRESET</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="95"/>
        <source>SAVE TO</source>
        <translation>SPEICHERN IN</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="158"/>
        <source>Choose where the results go</source>
        <translation>Wähle, wohin die Ergebnisse kommen</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="166"/>
        <source>Choose a preset.</source>
        <translation>Wähle ein Preset.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ProcessingController</name>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="34"/>
        <location filename="../ui/process/processing_controller.cpp" line="44"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="54"/>
        <source>This video is no longer in your library.</source>
        <translation>Dieses Video ist nicht mehr in deiner Mediathek.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="75"/>
        <source>When Files Are Dropped</source>
        <translation>Beim Ablegen von Dateien</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="80"/>
        <source>Presets…</source>
        <translation>Presets…</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="82"/>
        <source>Duplicate, edit, import and export output presets</source>
        <translation>Ausgabe-Presets duplizieren, bearbeiten, importieren und exportieren</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="115"/>
        <source>Dropped files are imported only.</source>
        <translation>Abgelegte Dateien werden nur importiert.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="116"/>
        <source>Dropped files are imported, then processed with “%1”.</source>
        <translation>Abgelegte Dateien werden importiert und dann mit „%1“ verarbeitet.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="120"/>
        <source>Import Only</source>
        <translation>Nur importieren</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="120"/>
        <source>Add dropped files to the library and do nothing else</source>
        <translation>Abgelegte Dateien zur Mediathek hinzufügen und sonst nichts tun</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="123"/>
        <source>Import and Process with “%1”</source>
        <translation>Importieren und mit „%1“ verarbeiten</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="135"/>
        <source>Select one or more videos in the library first.</source>
        <translation>Wähle zuerst ein oder mehrere Videos in der Mediathek aus.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="161"/>
        <source>Importing; each file is then processed with “%1”.</source>
        <translation>Wird importiert; jede Datei wird anschließend mit „%1“ verarbeitet.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublicationsModel</name>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="95"/>
        <source>Removed account</source>
        <translation>Entferntes Konto</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="96"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="102"/>
        <source>Retrying at %1</source>
        <translation>Neuer Versuch um %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="105"/>
        <source>Scheduled for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="108"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="110"/>
        <source>Published (private)</source>
        <translation>Veröffentlicht (privat)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="129"/>
        <source>%1% sent</source>
        <translation>%1 % gesendet</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="130"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="197"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="199"/>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="201"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="203"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="205"/>
        <source>Link or problem</source>
        <translation>Link oder Problem</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublicationsPanel</name>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="80"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="81"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="82"/>
        <source>Open Link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="83"/>
        <source>Copy Link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="86"/>
        <source>Publications</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="96"/>
        <source>Try a failed or cancelled publication again, continuing where it stopped</source>
        <translation>Eine fehlgeschlagene oder abgebrochene Veröffentlichung erneut versuchen und dort fortsetzen, wo sie aufgehört hat</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="97"/>
        <source>Stop this upload or scheduled publication</source>
        <translation>Diesen Upload oder diese geplante Veröffentlichung stoppen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="145"/>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="156"/>
        <source>The publications could not be read: %1</source>
        <translation>Die Veröffentlichungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="184"/>
        <source>This publication cannot be retried: %1</source>
        <translation>Diese Veröffentlichung kann nicht wiederholt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="195"/>
        <source>This publication cannot be cancelled: %1</source>
        <translation>Diese Veröffentlichung kann nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="205"/>
        <source>No application could open %1.</source>
        <translation>Keine Anwendung konnte %1 öffnen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="233"/>
        <source>%n uploading</source>
        <translation>
            <numerusform>%n wird hochgeladen</numerusform>
            <numerusform>%n werden hochgeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="235"/>
        <source>%n waiting or scheduled</source>
        <translation>
            <numerusform>%n wartend oder geplant</numerusform>
            <numerusform>%n wartend oder geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="237"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublishDialog</name>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="36"/>
        <source>sign-in expired</source>
        <translation>Anmeldung abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="38"/>
        <source>not reachable now</source>
        <translation>zurzeit nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="59"/>
        <source>Publish “%1”</source>
        <translation>„%1“ veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="62"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="72"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="100"/>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="104"/>
        <source>Add Account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="113"/>
        <source>Reconnect</source>
        <translation>Erneut verbinden</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="149"/>
        <source>What the video is about</source>
        <translation>Worum es in dem Video geht</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="152"/>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="159"/>
        <source>Optional: a JPEG or PNG image; the platform picks one otherwise</source>
        <translation>Optional: ein JPEG- oder PNG-Bild; sonst wählt die Plattform eines aus</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="162"/>
        <source>Choose Image…</source>
        <translation>Bild auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="164"/>
        <location filename="../ui/publishing/publish_dialog.cpp" line="192"/>
        <source>Thumbnail</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="165"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="170"/>
        <source>Publish now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="172"/>
        <source>Schedule for</source>
        <translation>Planen für</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="188"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="189"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="190"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="191"/>
        <source>Privacy</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="193"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="217"/>
        <source>There is no account to publish to yet. Add one first.</source>
        <translation>Es gibt noch kein Konto zum Veröffentlichen. Füge zuerst eines hinzu.</translation>
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
            <numerusform>Die Anmeldung von %1 ist abgelaufen. Verbinde das Konto erneut, bevor du dort veröffentlichst.</numerusform>
            <numerusform>Die Anmeldungen von %1 sind abgelaufen. Verbinde die Konten erneut, bevor du dort veröffentlichst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="339"/>
        <source>Tick at least one destination.</source>
        <translation>Wähle mindestens ein Ziel aus.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="344"/>
        <source>Give the video a title.</source>
        <translation>Gib dem Video einen Titel.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="346"/>
        <source>The scheduled time has passed. Choose a time in the future, or publish now.</source>
        <translation>Der geplante Zeitpunkt ist vorbei. Wähle einen Zeitpunkt in der Zukunft oder veröffentliche jetzt.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="348"/>
        <source>The thumbnail image could not be found.</source>
        <translation>Das Vorschaubild wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublishingController</name>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="33"/>
        <location filename="../ui/publishing/publishing_controller.cpp" line="46"/>
        <source>Publications</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="34"/>
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="35"/>
        <source>Accounts…</source>
        <translation>Konten…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="39"/>
        <source>Publish the selected video to your accounts, now or at a set time</source>
        <translation>Das ausgewählte Video jetzt oder zu einem festgelegten Zeitpunkt auf deinen Konten veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="109"/>
        <source>Select a video in the library first.</source>
        <translation>Wähle zuerst ein Video in der Mediathek aus.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="114"/>
        <source>This video is no longer in your library.</source>
        <translation>Dieses Video ist nicht mehr in deiner Mediathek.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publishing_controller.cpp" line="158"/>
        <source>%n publication(s) added; follow them under Publications.</source>
        <translation>
            <numerusform>%n Veröffentlichung hinzugefügt; verfolge sie unter „Veröffentlichungen“.</numerusform>
            <numerusform>%n Veröffentlichungen hinzugefügt; verfolge sie unter „Veröffentlichungen“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueActions</name>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="51"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="51"/>
        <source>Hold the selected jobs where they are</source>
        <translation>Ausgewählte Aufträge an ihrer aktuellen Stelle anhalten</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="53"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="53"/>
        <source>Continue the selected paused jobs</source>
        <translation>Ausgewählte pausierte Aufträge fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="55"/>
        <source>Stop the selected jobs and delete what they have written so far</source>
        <translation>Ausgewählte Aufträge stoppen und bisher Geschriebenes löschen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="56"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="56"/>
        <source>Queue the selected failed or cancelled jobs again</source>
        <translation>Ausgewählte fehlgeschlagene oder abgebrochene Aufträge erneut einreihen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="58"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="59"/>
        <source>Run this job before the one above it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation>Diesen Auftrag vor dem darüber ausführen. Aufträge mit höherer Priorität laufen zuerst; Aufträge gleicher Priorität in der Reihenfolge, in der sie hinzugefügt wurden.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="62"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="63"/>
        <source>Run this job after the one below it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation>Diesen Auftrag nach dem darunter ausführen. Aufträge mit höherer Priorität laufen zuerst; Aufträge gleicher Priorität in der Reihenfolge, in der sie hinzugefügt wurden.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="66"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>Runs before jobs with normal priority</source>
        <translation>Läuft vor Aufträgen mit normaler Priorität</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="68"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="68"/>
        <source>Runs in the order it was added</source>
        <translation>Läuft in der Reihenfolge des Hinzufügens</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="69"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="69"/>
        <source>Runs after jobs with normal priority</source>
        <translation>Läuft nach Aufträgen mit normaler Priorität</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="70"/>
        <location filename="../ui/queue/queue_actions.cpp" line="138"/>
        <source>Open Output Folder</source>
        <translation>Ausgabeordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="71"/>
        <source>Show the folder the finished file was written to</source>
        <translation>Ordner anzeigen, in den die fertige Datei geschrieben wurde</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="72"/>
        <source>Reveal in Library</source>
        <translation>In Mediathek zeigen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="73"/>
        <source>Select the video this job was made from in the library</source>
        <translation>Das Video, aus dem dieser Auftrag erstellt wurde, in der Mediathek auswählen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="74"/>
        <source>Publish Output…</source>
        <translation>Ausgabe veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="75"/>
        <source>Publish the file this job made to your accounts</source>
        <translation>Die Datei, die dieser Auftrag erstellt hat, in deinen Konten veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="76"/>
        <source>Show ffmpeg Command…</source>
        <translation>ffmpeg-Befehl anzeigen…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="77"/>
        <source>The ffmpeg command line that gives the same result, for reference or support</source>
        <translation>Die ffmpeg-Befehlszeile mit demselben Ergebnis, zum Nachschlagen oder für den Support</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="79"/>
        <source>Show Log…</source>
        <translation>Protokoll anzeigen…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="79"/>
        <source>What happened to this job, step by step</source>
        <translation>Was mit diesem Auftrag passiert ist, Schritt für Schritt</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="80"/>
        <source>Stop After Current Job</source>
        <translation>Nach aktuellem Auftrag anhalten</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="81"/>
        <source>Let the running jobs finish, then start no new ones until this is turned off</source>
        <translation>Laufende Aufträge beenden lassen und dann keine neuen starten, bis dies ausgeschaltet wird</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="84"/>
        <source>Jobs with a higher priority run first</source>
        <translation>Aufträge mit höherer Priorität laufen zuerst</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="99"/>
        <source>Stop after current</source>
        <translation>Nach aktuellem anhalten</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="138"/>
        <source>Open Destination Folder</source>
        <translation>Zielordner öffnen</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueDelegate</name>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="92"/>
        <source>stopped at %1</source>
        <translation>angehalten bei %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="100"/>
        <source>stopped when ReelForge closed</source>
        <translation>beim Beenden von ReelForge angehalten</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="105"/>
        <source>high priority</source>
        <translation>hohe Priorität</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="107"/>
        <source>low priority</source>
        <translation>niedrige Priorität</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="109"/>
        <source>priority %1</source>
        <translation>Priorität %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueNotices</name>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready.</source>
        <translation>„%1“ ist fertig.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready: %2</source>
        <translation>„%1“ ist fertig: %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="42"/>
        <source>A processing job failed. The queue shows why.</source>
        <translation>Ein Verarbeitungsauftrag ist fehlgeschlagen. Die Warteschlange zeigt, warum.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="43"/>
        <source>Processing “%1” failed. Choose Show Log in the queue to see why.</source>
        <translation>Die Verarbeitung von „%1“ ist fehlgeschlagen. Wähle in der Warteschlange „Protokoll anzeigen“, um den Grund zu sehen.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="68"/>
        <source>Nothing in the queue. Select videos in the library and choose &lt;b&gt;Process…&lt;/b&gt; (%1), or drop files with a preset chosen.</source>
        <translation>Die Warteschlange ist leer. Wähle Videos in der Mediathek aus und dann &lt;b&gt;Verarbeiten…&lt;/b&gt; (%1), oder lege Dateien ab, während ein Preset gewählt ist.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="120"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="136"/>
        <source>Run at once</source>
        <translation>Gleichzeitig</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="140"/>
        <source>How many jobs run at the same time. More jobs at once finish a batch sooner on a fast computer, but each one runs slower.</source>
        <translation>Wie viele Aufträge gleichzeitig laufen. Mehr gleichzeitige Aufträge erledigen einen Stapel auf einem schnellen Computer früher, aber jeder einzelne läuft langsamer.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="230"/>
        <source>The queue could not be read: %1</source>
        <translation>Die Warteschlange konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="289"/>
        <source>%n processing</source>
        <translation>
            <numerusform>%n in Verarbeitung</numerusform>
            <numerusform>%n in Verarbeitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="291"/>
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausiert</numerusform>
            <numerusform>%n pausiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="293"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="295"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="297"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="300"/>
        <source>no new jobs start</source>
        <translation>keine neuen Aufträge</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="336"/>
        <source>That did not work for “%1”: %2</source>
        <translation>Das hat bei „%1“ nicht funktioniert: %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="375"/>
        <source>The folder “%1” does not exist any more.</source>
        <translation>Der Ordner „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="379"/>
        <source>The folder “%1” could not be opened.</source>
        <translation>Der Ordner „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="389"/>
        <source>This job has no finished file to publish.</source>
        <translation>Dieser Auftrag hat keine fertige Datei zum Veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="394"/>
        <source>The file “%1” does not exist any more.</source>
        <translation>Die Datei „%1“ existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="31"/>
        <source>Copy files into the library</source>
        <translation>Dateien in die Mediathek kopieren</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="32"/>
        <source>Link to files where they are</source>
        <translation>Dateien an ihrem Ort verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="34"/>
        <source>Analyze new videos in the background</source>
        <translation>Neue Videos im Hintergrund analysieren</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="38"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="44"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="58"/>
        <source>Copies keep working when you move or delete the originals. Links save disk space but need the original files to stay where they are.</source>
        <translation>Kopien funktionieren weiter, auch wenn du die Originale verschiebst oder löschst. Verknüpfungen sparen Speicherplatz, aber die Originaldateien müssen an ihrem Ort bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="70"/>
        <source>Same as the system</source>
        <translation>Wie System</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="71"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="72"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="77"/>
        <source>Scenes, silences, loudness and faces are ready when you need them. The analysis waits behind your own jobs in the queue.</source>
        <translation>Szenen, Stille, Lautheit und Gesichter sind bereit, wenn du sie brauchst. Die Analyse wartet in der Warteschlange hinter deinen eigenen Aufträgen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="92"/>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="93"/>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="95"/>
        <source>Shared by all uploads, so publishing leaves room for everything else on your connection.</source>
        <translation>Gilt für alle Uploads zusammen, damit beim Veröffentlichen Platz für alles andere auf deiner Verbindung bleibt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="114"/>
        <source>Library location</source>
        <translation>Speicherort der Mediathek</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="115"/>
        <source>When importing</source>
        <translation>Beim Importieren</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="116"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="117"/>
        <source>Upload speed</source>
        <translation>Upload-Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="118"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="156"/>
        <source>Choose the library folder</source>
        <translation>Mediathek-Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="164"/>
        <source>ReelForge will open this library the next time you start it.</source>
        <translation>ReelForge öffnet diese Mediathek beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="165"/>
        <source>A new location takes effect the next time you start ReelForge.</source>
        <translation>Ein neuer Speicherort wird beim nächsten Start von ReelForge wirksam.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::StatusNotifier</name>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="30"/>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="31"/>
        <source>Import finished. Some files were not added; the list above the status bar says why.</source>
        <translation>Import abgeschlossen. Einige Dateien wurden nicht hinzugefügt; die Liste über der Statusleiste zeigt, warum.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="34"/>
        <source>Your video is published.</source>
        <translation>Dein Video ist veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="35"/>
        <source>Your video is published: %1</source>
        <translation>Dein Video ist veröffentlicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="37"/>
        <source>A publication failed: %1. Retry it under Publications.</source>
        <translation>Eine Veröffentlichung ist fehlgeschlagen: %1. Wiederhole sie unter „Veröffentlichungen“.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ThumbnailSuggestions</name>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="67"/>
        <source>Save frame as…</source>
        <translation>Bild speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="103"/>
        <source>Frame saved to %1</source>
        <translation>Bild gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="237"/>
        <source>Save Frame</source>
        <translation>Bild speichern</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <source>The frame could not be saved: %1</source>
        <translation>Das Bild konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="144"/>
        <source>Frame at %1 — click to show it in the preview</source>
        <translation>Bild bei %1 – klicken, um es in der Vorschau zu zeigen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="163"/>
        <source>Analyze this video to get thumbnail suggestions.</source>
        <translation>Analysiere dieses Video, um Vorschläge für Vorschaubilder zu erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="165"/>
        <source>No frame stood out as a thumbnail.</source>
        <translation>Kein Bild hat sich als Vorschaubild hervorgetan.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="167"/>
        <source>Sharp, well-lit frames, best first. Click one to see it in the preview.</source>
        <translation>Scharfe, gut ausgeleuchtete Bilder, die besten zuerst. Klicke auf eines, um es in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="234"/>
        <source>%1 at %2.jpg</source>
        <translation>%1 bei %2.jpg</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="238"/>
        <source>JPEG image (*.jpg *.jpeg);;PNG image (*.png)</source>
        <translation>JPEG-Bild (*.jpg *.jpeg);;PNG-Bild (*.png)</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TimelineStrip</name>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="63"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="305"/>
        <source>Fade, %1 – %2</source>
        <translation>Blende, %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="307"/>
        <source>Cut at %1</source>
        <translation>Schnitt bei %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="314"/>
        <source>Silence, %1 – %2 (%3 s)</source>
        <translation>Stille, %1 – %2 (%3 s)</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TranscriptPane</name>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="42"/>
        <source>Save captions…</source>
        <translation>Untertitel speichern…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="53"/>
        <source>Write the transcript as captions (SubRip .srt or WebVTT .vtt)</source>
        <translation>Das Transkript als Untertitel speichern (SubRip .srt oder WebVTT .vtt)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="84"/>
        <source>Analyze this video to see what is said in it.</source>
        <translation>Analysiere dieses Video, um zu sehen, was darin gesagt wird.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="89"/>
        <source>No speech was recognised.</source>
        <translation>Es wurde keine Sprache erkannt.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="93"/>
        <source>Recognised automatically: some words may be wrong. Click a word to jump to it.</source>
        <translation>Automatisch erkannt: Einige Wörter können falsch sein. Klicke auf ein Wort, um dorthin zu springen.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <location filename="../ui/analysis/transcript_pane.cpp" line="242"/>
        <source>Save Captions</source>
        <translation>Untertitel speichern</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <source>captions.srt</source>
        <translation>untertitel.srt</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="234"/>
        <source>SubRip captions (*.srt);;WebVTT captions (*.vtt)</source>
        <translation>SubRip-Untertitel (*.srt);;WebVTT-Untertitel (*.vtt)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="243"/>
        <source>The captions could not be saved: %1</source>
        <translation>Die Untertitel konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="17"/>
        <source>Add sample videos</source>
        <translation>Beispielvideos hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="18"/>
        <source>Import files…</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="19"/>
        <source>Import a folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="28"/>
        <source>Your library is empty</source>
        <translation>Deine Mediathek ist leer</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="32"/>
        <source>Drag videos, audio files or whole folders anywhere onto this window to import them. Or try ReelForge right away with two short sample clips made on your computer.</source>
        <translation>Ziehe Videos, Audiodateien oder ganze Ordner an eine beliebige Stelle in dieses Fenster, um sie zu importieren. Oder probiere ReelForge gleich mit zwei kurzen Beispielclips aus, die auf deinem Computer erstellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="92"/>
        <source>Making two sample clips (colour bars with a tone)…</source>
        <translation>Zwei Beispielclips werden erstellt (Farbbalken mit Testton)…</translation>
    </message>
</context>
</TS>
