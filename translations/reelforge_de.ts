<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnalysisText</name>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="45"/>
        <location filename="../ui/analysis/analysis_text.cpp" line="57"/>
        <source>silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="46"/>
        <location filename="../ui/analysis/analysis_text.cpp" line="64"/>
        <source>%1 LUFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="51"/>
        <source>%1 LU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="58"/>
        <source>%1 dBTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="66"/>
        <source>Silent: nothing to compare with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="69"/>
        <source>On target for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="71"/>
        <source>%1 quieter than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="72"/>
        <source>%1 louder than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="79"/>
        <source>True peak %1 is above −1 dBTP: it may clip once encoded. Lower the level or use a limiter.</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/common/error_text.cpp" line="56"/>
        <source>This folder contains no video or audio files.</source>
        <translation>Dieser Ordner enthält keine Video- oder Audiodateien.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../ui/common/format.cpp" line="48"/>
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="47"/>
        <source>The folder “%1” could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="60"/>
        <source>“%1” could not be queued: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="69"/>
        <source>%n video(s) added to the queue with “%1”.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="72"/>
        <source>%n video(s) added to the queue with “%1”. </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="16"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="18"/>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="20"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="22"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="24"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="26"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="28"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="49"/>
        <source>%1 fps</source>
        <translation type="unfinished">%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="51"/>
        <source>%1× realtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="60"/>
        <source>A few seconds left</source>
        <translation type="unfinished">Noch wenige Sekunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="62"/>
        <source>About %n second(s) left</source>
        <translation type="unfinished">
            <numerusform>Noch etwa %n Sekunde</numerusform>
            <numerusform>Noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="64"/>
        <source>About %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform>Noch etwa %n Minute</numerusform>
            <numerusform>Noch etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="65"/>
        <source>About %n hour(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="73"/>
        <source>The source file is missing. It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="76"/>
        <source>ReelForge is not allowed to write to the output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="78"/>
        <source>Processing stopped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="79"/>
        <source>Processing stopped with an error: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="60"/>
        <source>Make new files from the selected videos with a preset</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="52"/>
        <source>ReelForge, a desktop video studio for creators.</source>
        <translation>ReelForge, ein Desktop-Videostudio für Creator.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation>Mediathek in &lt;Ordner&gt; öffnen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>Videos, audio files or folders to import.</source>
        <translation>Zu importierende Videos, Audiodateien oder Ordner.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="68"/>
        <source>ReelForge</source>
        <translation>ReelForge</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>ReelForge could not open the library in “%1”.</source>
        <translation>ReelForge konnte die Mediathek in „%1“ nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AnalysisPanel</name>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="44"/>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="45"/>
        <location filename="../ui/analysis/analysis_panel.cpp" line="152"/>
        <source>Analyze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="63"/>
        <source>Stop analysing. Nothing half-done is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="66"/>
        <source>Find scenes, silences, loudness, faces and speech. Results are kept, so the next time this clip opens they show at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="69"/>
        <source>Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="72"/>
        <source>Show the faces found in the clip as boxes over the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="150"/>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="151"/>
        <source>Complete Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="159"/>
        <source>Looking for earlier analysis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="162"/>
        <source>Not analysed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="166"/>
        <source>Cancelling…</source>
        <translation type="unfinished">Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="167"/>
        <source>Analysing… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="173"/>
        <source>The analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="227"/>
        <source>%n scene change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="229"/>
        <source>%n silence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="231"/>
        <source>%n word(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>faces found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>no faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="234"/>
        <source>Analysed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="70"/>
        <source>Working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="71"/>
        <source>Copy the text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="87"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="124"/>
        <source>ffmpeg Command — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="126"/>
        <source>ReelForge does this with its own engine. This ffmpeg command line gives the same result, for reference or to share when asking for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="139"/>
        <source>This job has no ffmpeg equivalent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="151"/>
        <source>Log — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="155"/>
        <source>Fix the cause, then choose Retry to run the job again.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="50"/>
        <source>integrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="51"/>
        <source>range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="52"/>
        <source>true peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="54"/>
        <source>YouTube’s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="56"/>
        <source>the %1 podcasts aim for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="58"/>
        <source>The sound is silent throughout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reelforge::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="64"/>
        <source>ReelForge — %1</source>
        <translation>ReelForge — %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="75"/>
        <source>Library location</source>
        <translation>Speicherort der Mediathek</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="144"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="145"/>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="146"/>
        <source>Thumbnails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="163"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="177"/>
        <source>P&amp;rocess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="179"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="185"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>The sample videos could not be made: %1</source>
        <translation>Die Beispielvideos konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259"/>
        <source>The library could not be read: %1</source>
        <translation>Die Mediathek konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <source>Videos and audio (%1);;All files (*)</source>
        <translation>Videos und Audio (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="310"/>
        <source>Making sample videos…</source>
        <translation>Beispielvideos werden erstellt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="334"/>
        <source>%n item(s) could not be removed.</source>
        <translation>
            <numerusform>%n Element konnte nicht entfernt werden.</numerusform>
            <numerusform>%n Elemente konnten nicht entfernt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="337"/>
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>%n Element aus der Mediathek entfernt.</numerusform>
            <numerusform>%n Elemente aus der Mediathek entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="352"/>
        <source>The new library location is used the next time you start ReelForge.</source>
        <translation>Der neue Speicherort der Mediathek gilt ab dem nächsten Start von ReelForge.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="357"/>
        <source>About ReelForge</source>
        <translation>Über ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="358"/>
        <source>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;A desktop video studio for creators.&lt;/p&gt;&lt;p&gt;Import, analyse, edit with recipes and publish — offline first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Videostudio für Creator.&lt;/p&gt;&lt;p&gt;Importieren, analysieren, mit Rezepten bearbeiten und veröffentlichen – offline zuerst.&lt;/p&gt;</translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="43"/>
        <location filename="../ui/process/process_dialog.cpp" line="86"/>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/process_dialog.cpp" line="46"/>
        <source>Process %n video(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="59"/>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="61"/>
        <source>Your preset. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="72"/>
        <source>Choose…</source>
        <translation type="unfinished">Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="73"/>
        <source>Library Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="74"/>
        <source>Put the results in the library&apos;s artifacts folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="79"/>
        <source>Files are written under a temporary name and appear here only once they are complete. Existing files are never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="93"/>
        <source>OUTPUT PRESET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="95"/>
        <source>SAVE TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="158"/>
        <source>Choose where the results go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="166"/>
        <source>Choose a preset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ProcessingController</name>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="33"/>
        <location filename="../ui/process/processing_controller.cpp" line="43"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="53"/>
        <source>This video is no longer in your library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="74"/>
        <source>When Files Are Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="100"/>
        <source>Dropped files are imported only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="101"/>
        <source>Dropped files are imported, then processed with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="105"/>
        <source>Import Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="105"/>
        <source>Add dropped files to the library and do nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="108"/>
        <source>Import and Process with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="120"/>
        <source>Select one or more videos in the library first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="146"/>
        <source>Importing; each file is then processed with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueActions</name>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="49"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="49"/>
        <source>Hold the selected jobs where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="51"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="51"/>
        <source>Continue the selected paused jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="52"/>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="53"/>
        <source>Stop the selected jobs and delete what they have written so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="54"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="54"/>
        <source>Queue the selected failed or cancelled jobs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="56"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="57"/>
        <source>Run this job before the one above it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="60"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="61"/>
        <source>Run this job after the one below it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="64"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="65"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="65"/>
        <source>Runs before jobs with normal priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="66"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="66"/>
        <source>Runs in the order it was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>Runs after jobs with normal priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="68"/>
        <location filename="../ui/queue/queue_actions.cpp" line="132"/>
        <source>Open Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="69"/>
        <source>Show the folder the finished file was written to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="70"/>
        <source>Reveal in Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="71"/>
        <source>Select the video this job was made from in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="72"/>
        <source>Show ffmpeg Command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="73"/>
        <source>The ffmpeg command line that gives the same result, for reference or support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="75"/>
        <source>Show Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="75"/>
        <source>What happened to this job, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="76"/>
        <source>Stop After Current Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="77"/>
        <source>Let the running jobs finish, then start no new ones until this is turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="80"/>
        <source>Jobs with a higher priority run first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="95"/>
        <source>Stop after current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="132"/>
        <source>Open Destination Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueDelegate</name>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="92"/>
        <source>stopped at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="100"/>
        <source>stopped when ReelForge closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="105"/>
        <source>high priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="107"/>
        <source>low priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="109"/>
        <source>priority %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueNotices</name>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="42"/>
        <source>A processing job failed. The queue shows why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="43"/>
        <source>Processing “%1” failed. Choose Show Log in the queue to see why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="68"/>
        <source>Nothing in the queue. Select videos in the library and choose &lt;b&gt;Process…&lt;/b&gt; (%1), or drop files with a preset chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="120"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="136"/>
        <source>Run at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="140"/>
        <source>How many jobs run at the same time. More jobs at once finish a batch sooner on a fast computer, but each one runs slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="229"/>
        <source>The queue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="288"/>
        <source>%n processing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="290"/>
        <source>%n paused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="292"/>
        <source>%n waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="294"/>
        <source>%n done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="296"/>
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="299"/>
        <source>no new jobs start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="335"/>
        <source>That did not work for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="374"/>
        <source>The folder “%1” does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="378"/>
        <source>The folder “%1” could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reelforge::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="27"/>
        <source>Copy files into the library</source>
        <translation>Dateien in die Mediathek kopieren</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="28"/>
        <source>Link to files where they are</source>
        <translation>Dateien an ihrem Ort verknüpfen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="32"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="38"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="52"/>
        <source>Copies keep working when you move or delete the originals. Links save disk space but need the original files to stay where they are.</source>
        <translation>Kopien funktionieren weiter, auch wenn du die Originale verschiebst oder löschst. Verknüpfungen sparen Speicherplatz, aber die Originaldateien müssen an ihrem Ort bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="64"/>
        <source>Same as the system</source>
        <translation>Wie System</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="65"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="66"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="78"/>
        <source>Library location</source>
        <translation>Speicherort der Mediathek</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="79"/>
        <source>When importing</source>
        <translation>Beim Importieren</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="80"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="116"/>
        <source>Choose the library folder</source>
        <translation>Mediathek-Ordner auswählen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="124"/>
        <source>ReelForge will open this library the next time you start it.</source>
        <translation>ReelForge öffnet diese Mediathek beim nächsten Start.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="125"/>
        <source>A new location takes effect the next time you start ReelForge.</source>
        <translation>Ein neuer Speicherort wird beim nächsten Start von ReelForge wirksam.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::StatusNotifier</name>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="28"/>
        <source>Import finished.</source>
        <translation>Import abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="29"/>
        <source>Import finished. Some files were not added; the list above the status bar says why.</source>
        <translation>Import abgeschlossen. Einige Dateien wurden nicht hinzugefügt; die Liste über der Statusleiste zeigt, warum.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ThumbnailSuggestions</name>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="67"/>
        <source>Save frame as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="103"/>
        <source>Frame saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="237"/>
        <source>Save Frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <source>The frame could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="144"/>
        <source>Frame at %1 — click to show it in the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="163"/>
        <source>Analyze this video to get thumbnail suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="165"/>
        <source>No frame stood out as a thumbnail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="167"/>
        <source>Sharp, well-lit frames, best first. Click one to see it in the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="234"/>
        <source>%1 at %2.jpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="238"/>
        <source>JPEG image (*.jpg *.jpeg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TimelineStrip</name>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="63"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="305"/>
        <source>Fade, %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="307"/>
        <source>Cut at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="314"/>
        <source>Silence, %1 – %2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TranscriptPane</name>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="42"/>
        <source>Save captions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="53"/>
        <source>Write the transcript as captions (SubRip .srt or WebVTT .vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="84"/>
        <source>Analyze this video to see what is said in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="89"/>
        <source>No speech was recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="93"/>
        <source>Recognised automatically: some words may be wrong. Click a word to jump to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <location filename="../ui/analysis/transcript_pane.cpp" line="242"/>
        <source>Save Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <source>captions.srt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="234"/>
        <source>SubRip captions (*.srt);;WebVTT captions (*.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="243"/>
        <source>The captions could not be saved: %1</source>
        <translation type="unfinished"></translation>
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
