<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <translation>No se encuentra el archivo. Puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="15"/>
        <source>ReelForge is not allowed to read this file.</source>
        <translation>ReelForge no tiene permiso para leer este archivo.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="17"/>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="19"/>
        <source>This is not a video or audio file.</source>
        <translation>No es un archivo de vídeo ni de audio.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="21"/>
        <source>The file is damaged or incomplete.</source>
        <translation>El archivo está dañado o incompleto.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="23"/>
        <source>The file has no video or audio that ReelForge can use.</source>
        <translation>El archivo no contiene vídeo ni audio que ReelForge pueda usar.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="26"/>
        <source>The file uses a format ReelForge cannot read yet.</source>
        <translation>El archivo usa un formato que ReelForge aún no puede leer.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="28"/>
        <source>Already in your library.</source>
        <translation>Ya está en tu biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="30"/>
        <source>There is not enough free space on the disk.</source>
        <translation>No hay suficiente espacio libre en el disco.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="32"/>
        <source>The file could not be read or written.</source>
        <translation>No se pudo leer ni escribir el archivo.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="34"/>
        <source>The library could not be updated. Try again.</source>
        <translation>No se pudo actualizar la biblioteca. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="36"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="38"/>
        <source>This item is no longer in your library.</source>
        <translation>Este elemento ya no está en tu biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="40"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="42"/>
        <source>The upload limit of your account has been reached.</source>
        <translation>Se ha alcanzado el límite de subidas de tu cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="44"/>
        <source>The platform refused the upload.</source>
        <translation>La plataforma ha rechazado la subida.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="50"/>
        <source>Something went wrong.</source>
        <translation>Algo ha salido mal.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="56"/>
        <source>This folder contains no video or audio files.</source>
        <translation>Esta carpeta no contiene archivos de vídeo ni de audio.</translation>
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
        <translation>Desconocido</translation>
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
        <translation>Estéreo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/format.cpp" line="121"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n canal</numerusform>
            <numerusform>%n canales</numerusform>
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
        <translation type="unfinished">Quedan unos segundos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="62"/>
        <source>About %n second(s) left</source>
        <translation type="unfinished">
            <numerusform>Queda aproximadamente %n segundo</numerusform>
            <numerusform>Quedan aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="64"/>
        <source>About %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform>Queda aproximadamente %n minuto</numerusform>
            <numerusform>Quedan aproximadamente %n minutos</numerusform>
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
        <translation>¿Quitar «%1» de tu biblioteca?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/remove_confirmation.cpp" line="16"/>
        <source>Remove %n item(s) from your library?</source>
        <translation>
            <numerusform>¿Quitar %n elemento de tu biblioteca?</numerusform>
            <numerusform>¿Quitar %n elementos de tu biblioteca?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="17"/>
        <source>Remove from Library</source>
        <translation>Quitar de la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="19"/>
        <source>Copies kept in the library folder are deleted. Your original files are not touched.</source>
        <translation>Se eliminarán las copias guardadas en la carpeta de la biblioteca. Tus archivos originales no se tocan.</translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="22"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>StudioActions</name>
    <message>
        <location filename="../ui/studio_actions.cpp" line="37"/>
        <source>Import Files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="38"/>
        <source>Import videos and audio files</source>
        <translation>Importar vídeos y archivos de audio</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="40"/>
        <source>Import Folder…</source>
        <translation>Importar carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="42"/>
        <source>Import everything in a folder</source>
        <translation>Importar todo el contenido de una carpeta</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="44"/>
        <source>Add Sample Videos</source>
        <translation>Añadir vídeos de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="45"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="48"/>
        <source>Search Library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="50"/>
        <source>Remove from Library…</source>
        <translation>Quitar de la biblioteca…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="51"/>
        <source>Remove the selected items from the library</source>
        <translation>Quitar los elementos seleccionados de la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="53"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="56"/>
        <source>Play / Pause</source>
        <translation>Reproducir / Pausa</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="57"/>
        <source>About ReelForge</source>
        <translation>Acerca de ReelForge</translation>
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
        <translation>Importar archivos</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="67"/>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="68"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="69"/>
        <source>Settings</source>
        <translation>Configuración</translation>
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
        <translation>ReelForge, un estudio de vídeo de escritorio para creadores.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation>Abrir la biblioteca en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="60"/>
        <source>Videos, audio files or folders to import.</source>
        <translation>Vídeos, archivos de audio o carpetas que importar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="68"/>
        <source>ReelForge</source>
        <translation>ReelForge</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>ReelForge could not open the library in “%1”.</source>
        <translation>ReelForge no pudo abrir la biblioteca en «%1».</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AnalysisPanel</name>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="44"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancelar</translation>
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
        <translation type="unfinished">Cancelando…</translation>
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
        <translation>Desconocido</translation>
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
        <translation>rango completo</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="43"/>
        <source>limited range</source>
        <translation>rango limitado</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="44"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="231"/>
        <source>Not specified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="54"/>
        <source>Select an item in the library to see its details.</source>
        <translation>Selecciona un elemento de la biblioteca para ver sus detalles.</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="174"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="175"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="229"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="177"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="178"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="179"/>
        <source>Bit rate</source>
        <translation>Tasa de bits</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="181"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="182"/>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="185"/>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="186"/>
        <source>Copied into the library</source>
        <translation>Copiado en la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="187"/>
        <source>Linked to the original file</source>
        <translation>Vinculado al archivo original</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="190"/>
        <source>Imported from</source>
        <translation>Importado desde</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="190"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="197"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="197"/>
        <source>Video %1</source>
        <translation>Vídeo %1</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="199"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="217"/>
        <source>Codec</source>
        <translation>Códec</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="200"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="203"/>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="204"/>
        <source>%1° (stored as %2)</source>
        <translation>%1° (guardado como %2)</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="206"/>
        <source>Frame rate</source>
        <translation>Velocidad de fotogramas</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="207"/>
        <source>Pixel format</source>
        <translation>Formato de píxel</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="208"/>
        <source>Bit depth</source>
        <translation>Profundidad de bits</translation>
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
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="210"/>
        <source>Dynamic range</source>
        <translation>Rango dinámico</translation>
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
        <translation>Frecuencia de muestreo</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="220"/>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="222"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="230"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="228"/>
        <source>Subtitles %1</source>
        <translation>Subtítulos %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::DropOverlay</name>
    <message>
        <location filename="../ui/import/drop_overlay.cpp" line="64"/>
        <source>Drop to import</source>
        <translation>Suelta para importar</translation>
    </message>
    <message>
        <location filename="../ui/import/drop_overlay.cpp" line="68"/>
        <source>Videos, audio files and whole folders are welcome.</source>
        <translation>Se admiten vídeos, archivos de audio y carpetas enteras.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ImportIssuesPanel</name>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="29"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="30"/>
        <source>Clear this list</source>
        <translation>Borrar esta lista</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="34"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="34"/>
        <source>Why it was not imported</source>
        <translation>Por qué no se importó</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="64"/>
        <source>Duplicate of an item already in the library</source>
        <translation>Duplicado de un elemento que ya está en la biblioteca</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_issues_panel.cpp" line="117"/>
        <source>%n file(s) not added to your library</source>
        <translation>
            <numerusform>%n archivo no se añadió a tu biblioteca</numerusform>
            <numerusform>%n archivos no se añadieron a tu biblioteca</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ImportProgressWidget</name>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="37"/>
        <source>Stop importing. Files already imported stay in the library.</source>
        <translation>Detener la importación. Los archivos ya importados se quedan en la biblioteca.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="72"/>
        <source>Preparing to import %n item(s)…</source>
        <translation>
            <numerusform>Preparando la importación de %n elemento…</numerusform>
            <numerusform>Preparando la importación de %n elementos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="86"/>
        <source>Importing %1 of %2 · %3</source>
        <translation>Importando %1 de %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="91"/>
        <source>Finishing import…</source>
        <translation>Finalizando la importación…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="110"/>
        <source>Import cancelled. %n file(s) imported.</source>
        <translation>
            <numerusform>Importación cancelada. %n archivo importado.</numerusform>
            <numerusform>Importación cancelada. %n archivos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="111"/>
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n archivo importado.</numerusform>
            <numerusform>%n archivos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="113"/>
        <source>%n already in the library.</source>
        <translation>
            <numerusform>%n ya estaba en la biblioteca.</numerusform>
            <numerusform>%n ya estaban en la biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="115"/>
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n no se pudo importar.</numerusform>
            <numerusform>%n no se pudieron importar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="141"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="149"/>
        <source>A few seconds left</source>
        <translation>Quedan unos segundos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="151"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Queda aproximadamente %n segundo</numerusform>
            <numerusform>Quedan aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="152"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Queda aproximadamente %n minuto</numerusform>
            <numerusform>Quedan aproximadamente %n minutos</numerusform>
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
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="35"/>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="37"/>
        <source>Title A–Z</source>
        <translation>Título A–Z</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="39"/>
        <source>Longest first</source>
        <translation>Más largos primero</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="41"/>
        <source>Shortest first</source>
        <translation>Más cortos primero</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="43"/>
        <source>Highest resolution</source>
        <translation>Mayor resolución</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="45"/>
        <source>Largest file</source>
        <translation>Mayor tamaño</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="62"/>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="63"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="86"/>
        <location filename="../ui/library/library_view.cpp" line="128"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="133"/>
        <source>Search titles and file names</source>
        <translation>Buscar títulos y nombres de archivo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="141"/>
        <source>Sort the library</source>
        <translation>Ordenar la biblioteca</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_view.cpp" line="261"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_view.cpp" line="262"/>
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 de %n elemento</numerusform>
            <numerusform>%1 de %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="264"/>
        <source>Nothing matches “%1”.</source>
        <translation>No hay resultados para «%1».</translation>
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
        <translation>Ubicación de la biblioteca</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="163"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="173"/>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="177"/>
        <source>P&amp;rocess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="179"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="185"/>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="244"/>
        <source>The sample videos could not be made: %1</source>
        <translation>No se pudieron crear los vídeos de ejemplo: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259"/>
        <source>The library could not be read: %1</source>
        <translation>No se pudo leer la biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="284"/>
        <source>Videos and audio (%1);;All files (*)</source>
        <translation>Vídeos y audio (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="298"/>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="310"/>
        <source>Making sample videos…</source>
        <translation>Creando vídeos de ejemplo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="334"/>
        <source>%n item(s) could not be removed.</source>
        <translation>
            <numerusform>No se pudo quitar %n elemento.</numerusform>
            <numerusform>No se pudieron quitar %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="337"/>
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>Se ha quitado %n elemento de la biblioteca.</numerusform>
            <numerusform>Se han quitado %n elementos de la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="352"/>
        <source>The new library location is used the next time you start ReelForge.</source>
        <translation>La nueva ubicación de la biblioteca se usará la próxima vez que inicies ReelForge.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="357"/>
        <source>About ReelForge</source>
        <translation>Acerca de ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="358"/>
        <source>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;A desktop video studio for creators.&lt;/p&gt;&lt;p&gt;Import, analyse, edit with recipes and publish — offline first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;Un estudio de vídeo de escritorio para creadores.&lt;/p&gt;&lt;p&gt;Importa, analiza, edita con recetas y publica — sin conexión ante todo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PreviewPlayer</name>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="44"/>
        <location filename="../ui/preview/preview_player.cpp" line="112"/>
        <source>Nothing to preview</source>
        <translation>Nada que previsualizar</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="55"/>
        <location filename="../ui/preview/preview_player.cpp" line="183"/>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="60"/>
        <source>Seek</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="112"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="183"/>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="206"/>
        <source>Audio only</source>
        <translation>Solo audio</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="211"/>
        <location filename="../ui/preview/preview_player.cpp" line="224"/>
        <source>This file cannot be previewed.</source>
        <translation>No se puede previsualizar este archivo.</translation>
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
        <translation type="unfinished">Elegir…</translation>
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
        <translation type="unfinished">Cancelar</translation>
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
        <translation>Copiar los archivos a la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="28"/>
        <source>Link to files where they are</source>
        <translation>Vincular los archivos donde están</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="32"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="38"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="52"/>
        <source>Copies keep working when you move or delete the originals. Links save disk space but need the original files to stay where they are.</source>
        <translation>Las copias siguen funcionando aunque muevas o elimines los originales. Los vínculos ahorran espacio en disco, pero los archivos originales deben quedarse donde están.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="64"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="65"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="66"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="78"/>
        <source>Library location</source>
        <translation>Ubicación de la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="79"/>
        <source>When importing</source>
        <translation>Al importar</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="80"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="116"/>
        <source>Choose the library folder</source>
        <translation>Elegir la carpeta de la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="124"/>
        <source>ReelForge will open this library the next time you start it.</source>
        <translation>ReelForge abrirá esta biblioteca la próxima vez que lo inicies.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="125"/>
        <source>A new location takes effect the next time you start ReelForge.</source>
        <translation>La nueva ubicación se aplicará la próxima vez que inicies ReelForge.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::StatusNotifier</name>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="28"/>
        <source>Import finished.</source>
        <translation>Importación finalizada.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="29"/>
        <source>Import finished. Some files were not added; the list above the status bar says why.</source>
        <translation>Importación finalizada. Algunos archivos no se añadieron; la lista sobre la barra de estado indica por qué.</translation>
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
        <translation>Añadir vídeos de ejemplo</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="18"/>
        <source>Import files…</source>
        <translation>Importar archivos…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="19"/>
        <source>Import a folder…</source>
        <translation>Importar una carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="28"/>
        <source>Your library is empty</source>
        <translation>Tu biblioteca está vacía</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="32"/>
        <source>Drag videos, audio files or whole folders anywhere onto this window to import them. Or try ReelForge right away with two short sample clips made on your computer.</source>
        <translation>Arrastra vídeos, archivos de audio o carpetas enteras a cualquier parte de esta ventana para importarlos. O prueba ReelForge ahora mismo con dos clips cortos de ejemplo creados en tu equipo.</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="92"/>
        <source>Making two sample clips (colour bars with a tone)…</source>
        <translation>Creando dos clips de ejemplo (barras de color con un tono)…</translation>
    </message>
</context>
</TS>
