<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AnalysisText</name>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="45"/>
        <location filename="../ui/analysis/analysis_text.cpp" line="57"/>
        <source>silent</source>
        <translation>silencio</translation>
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
        <translation>Silencio: nada que comparar con %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="69"/>
        <source>On target for %1</source>
        <translation>Cumple %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="71"/>
        <source>%1 quieter than %2</source>
        <translation>%1 más bajo que %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="72"/>
        <source>%1 louder than %2</source>
        <translation>%1 más alto que %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="79"/>
        <source>True peak %1 is above −1 dBTP: it may clip once encoded. Lower the level or use a limiter.</source>
        <translation>El pico real de %1 supera −1 dBTP: puede saturar al codificarse. Baja el nivel o usa un limitador.</translation>
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
        <location filename="../ui/common/error_text.cpp" line="58"/>
        <source>The source file is missing. It may have been moved, renamed or deleted.</source>
        <translation>Falta el archivo de origen. Puede que se haya movido, renombrado o eliminado.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="61"/>
        <source>ReelForge is not allowed to read the source file or to write the result.</source>
        <translation>ReelForge no tiene permiso para leer el archivo de origen o escribir el resultado.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="64"/>
        <source>The source file is empty.</source>
        <translation>El archivo de origen está vacío.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="66"/>
        <source>The source file is damaged or incomplete.</source>
        <translation>El archivo de origen está dañado o incompleto.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="68"/>
        <source>A format this job needs cannot be read or written on this computer.</source>
        <translation>Un formato que necesita este trabajo no se puede leer ni escribir en este ordenador.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="71"/>
        <source>Something this job needs no longer exists.</source>
        <translation>Algo que necesita este trabajo ya no existe.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="84"/>
        <source>This folder contains no video or audio files.</source>
        <translation>Esta carpeta no contiene archivos de vídeo ni de audio.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../ui/common/format.cpp" line="48"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
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
        <translation>ReelForge no puede crear esto a partir de él (%1).</translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="47"/>
        <source>The folder “%1” could not be created.</source>
        <translation>No se pudo crear la carpeta «%1».</translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="60"/>
        <source>“%1” could not be queued: %2</source>
        <translation>No se pudo añadir «%1» a la cola: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="69"/>
        <source>%n video(s) added to the queue with “%1”.</source>
        <translation>
            <numerusform>%n vídeo añadido a la cola con «%1».</numerusform>
            <numerusform>%n vídeos añadidos a la cola con «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="72"/>
        <source>%n video(s) added to the queue with “%1”. </source>
        <translation>
            <numerusform>%n vídeo añadido a la cola con «%1». </numerusform>
            <numerusform>%n vídeos añadidos a la cola con «%1». </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="18"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="20"/>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="22"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="24"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="26"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="28"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="30"/>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="51"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="53"/>
        <source>%1× realtime</source>
        <translation>%1× tiempo real</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="62"/>
        <source>A few seconds left</source>
        <translation>Quedan unos segundos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="64"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Queda aproximadamente %n segundo</numerusform>
            <numerusform>Quedan aproximadamente %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="66"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Queda aproximadamente %n minuto</numerusform>
            <numerusform>Quedan aproximadamente %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="67"/>
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>Queda aproximadamente %n hora</numerusform>
            <numerusform>Quedan aproximadamente %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="77"/>
        <location filename="../ui/queue/job_text.cpp" line="86"/>
        <source>ReelForge is not allowed to write to the output folder.</source>
        <translation>ReelForge no tiene permiso para escribir en la carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="89"/>
        <source>Processing stopped with an error.</source>
        <translation>El procesamiento se detuvo con un error.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="90"/>
        <source>Processing stopped with an error: %1</source>
        <translation>El procesamiento se detuvo con un error: %1</translation>
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
        <translation>GIF animado</translation>
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
        <translation>Parte %1</translation>
    </message>
</context>
<context>
    <name>PublishingText</name>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="37"/>
        <source>S3-compatible storage</source>
        <translation>Almacenamiento compatible con S3</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="39"/>
        <source>WebDAV server</source>
        <translation>Servidor WebDAV</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="41"/>
        <source>tus upload server</source>
        <translation>Servidor de subida tus</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="43"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="52"/>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="54"/>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="56"/>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="58"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="60"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="62"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="71"/>
        <source>Private</source>
        <translation>Privado</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="73"/>
        <source>Unlisted</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="75"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="83"/>
        <source>TikTok lets apps it has not audited post privately only: the video is posted as private, whatever you choose here. You can make it public in the TikTok app.</source>
        <translation>TikTok solo permite publicar en privado a las aplicaciones que no ha auditado: el vídeo se publica como privado, elijas lo que elijas aquí. Puedes hacerlo público en la aplicación de TikTok.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="86"/>
        <source>YouTube allows about six uploads a day per project; scheduled videos stay private until their time.</source>
        <translation>YouTube permite unas seis subidas al día por proyecto; los vídeos programados siguen privados hasta su hora.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="97"/>
        <source>This file is %1, but %2 accepts files up to %3. Make a smaller version (a shorter cut or a lower-bitrate preset) and publish that.</source>
        <translation>Este archivo ocupa %1, pero %2 acepta archivos de hasta %3. Crea una versión más pequeña (un corte más breve o un preajuste con menor tasa de bits) y publícala.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="101"/>
        <source>%1 refused this file: %2</source>
        <translation>%1 ha rechazado este archivo: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="104"/>
        <source>The upload allowance of “%1” on %2 is used up for now. Try again later (YouTube resets it at midnight Pacific time); nothing was uploaded.</source>
        <translation>La cuota de subidas de «%1» en %2 se ha agotado por ahora. Inténtalo más tarde (YouTube la restablece a medianoche, hora del Pacífico); no se ha subido nada.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="108"/>
        <source>The sign-in of “%1” has expired. Reconnect the account, then publish.</source>
        <translation>La sesión de «%1» ha caducado. Vuelve a conectar la cuenta y luego publica.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="111"/>
        <source>This file is already published on “%1”: %2</source>
        <translation>Este archivo ya está publicado en «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="127"/>
        <source>The sign-in has expired. Reconnect the account (Publish ▸ Accounts…), then retry.</source>
        <translation>La sesión ha caducado. Vuelve a conectar la cuenta (Publicar ▸ Cuentas…) y reinténtalo.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="129"/>
        <source>The platform&apos;s upload allowance is used up for now. Retry later.</source>
        <translation>La cuota de subidas de la plataforma se ha agotado por ahora. Reinténtalo más tarde.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="139"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="147"/>
        <source>less than a minute left</source>
        <translation>queda menos de un minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publishing_text.cpp" line="150"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>queda aprox. %n min</numerusform>
            <numerusform>quedan aprox. %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="151"/>
        <source>about %1 left</source>
        <translation>quedan aprox. %1</translation>
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
        <translation>Procesar…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="60"/>
        <source>Make new files from the selected videos with a preset</source>
        <translation>Crear archivos nuevos a partir de los vídeos seleccionados con un preajuste</translation>
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
        <translation>Procesar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>ReelForge, a desktop video studio for creators.</source>
        <translation>ReelForge, un estudio de vídeo de escritorio para creadores.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation>Abrir la biblioteca en &lt;carpeta&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Videos, audio files or folders to import.</source>
        <translation>Vídeos, archivos de audio o carpetas que importar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>ReelForge</source>
        <translation>ReelForge</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>ReelForge could not open the library in “%1”.</source>
        <translation>ReelForge no pudo abrir la biblioteca en «%1».</translation>
    </message>
</context>
<context>
    <name>reelforge::ui</name>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="23"/>
        <source>Use lower-case letters, digits and dashes, e.g. “my-youtube-1080p”.</source>
        <translation>Usa minúsculas, números y guiones, p. ej. «my-youtube-1080p».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="25"/>
        <source>Choose a container.</source>
        <translation>Elige un contenedor.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="27"/>
        <source>Enter a file extension without a dot, e.g. “mp4”.</source>
        <translation>Escribe una extensión de archivo sin punto, p. ej. «mp4».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="29"/>
        <source>Keep video, audio or both.</source>
        <translation>Conserva el vídeo, el audio o ambos.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="31"/>
        <source>Enter a video codec, e.g. “h264”.</source>
        <translation>Escribe un códec de vídeo, p. ej. «h264».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="33"/>
        <source>Width and height must both be even numbers up to 16384, or both “Source”.</source>
        <translation>El ancho y el alto deben ser números pares de hasta 16384, o ambos «Origen».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="35"/>
        <source>Choose how the picture fits the frame.</source>
        <translation>Elige cómo se ajusta la imagen al encuadre.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="37"/>
        <source>Enter a rate such as 30 or 30000/1001, or leave it empty to keep the source’s.</source>
        <translation>Escribe una frecuencia como 30 o 30000/1001, o déjala vacía para conservar la del origen.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="39"/>
        <source>Quality must be between 0 and 63.</source>
        <translation>La calidad debe estar entre 0 y 63.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="42"/>
        <source>Enter a bit rate such as “8M” or “192k”, or leave it empty.</source>
        <translation>Escribe una tasa de bits como «8M» o «192k», o déjala vacía.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="44"/>
        <source>Enter an audio codec, e.g. “aac”.</source>
        <translation>Escribe un códec de audio, p. ej. «aac».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="46"/>
        <source>The sample rate must be at most 384000 Hz.</source>
        <translation>La frecuencia de muestreo debe ser como máximo de 384000 Hz.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="48"/>
        <source>Use between 1 and 16 channels, or “Source”.</source>
        <translation>Usa entre 1 y 16 canales, u «Origen».</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="55"/>
        <source>A built-in preset is called “%1”. Give the preset another name.</source>
        <translation>Ya hay un preajuste integrado llamado «%1». Ponle otro nombre al preajuste.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="59"/>
        <source>This preset is not valid: %1</source>
        <translation>Este preajuste no es válido: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="60"/>
        <source>This file is not a valid preset.</source>
        <translation>Este archivo no es un preajuste válido.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="44"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="45"/>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="46"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="49"/>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="51"/>
        <source>The places ReelForge publishes to. Sign-ins, passwords and keys are kept in the system keychain, never in ReelForge&apos;s own files.</source>
        <translation>Los sitios donde publica ReelForge. Las sesiones, contraseñas y claves se guardan en el llavero del sistema, nunca en los archivos de ReelForge.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="75"/>
        <source>Sign in again (or enter the password or keys again)</source>
        <translation>Vuelve a iniciar sesión (o a escribir la contraseña o las claves)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="108"/>
        <source>The accounts could not be read: %1</source>
        <translation>No se pudieron leer las cuentas: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="166"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="170"/>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="174"/>
        <source>Sign-in expired</source>
        <translation>Sesión caducada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="178"/>
        <source>Not reachable now</source>
        <translation>No disponible ahora</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="185"/>
        <source>Reconnect this account before publishing to it.</source>
        <translation>Vuelve a conectar esta cuenta antes de publicar en ella.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="216"/>
        <source>Remove Account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="217"/>
        <source>Remove “%1”? Its sign-in is deleted from the keychain and its publications leave the list. Videos already published stay online.</source>
        <translation>¿Quitar «%1»? Su sesión se elimina del llavero y sus publicaciones desaparecen de la lista. Los vídeos ya publicados siguen en línea.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="224"/>
        <source>“%1” could not be removed: %2</source>
        <translation>No se pudo quitar «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="243"/>
        <source>The new sign-in could not be saved: %1</source>
        <translation>No se pudo guardar la nueva sesión: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="253"/>
        <source>Sign in to “%1” in your browser; ReelForge continues by itself when you are done.</source>
        <translation>Inicia sesión en «%1» en el navegador; ReelForge continúa solo cuando termines.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="274"/>
        <source>“%1” is connected again.</source>
        <translation>«%1» vuelve a estar conectada.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="275"/>
        <source>“%1” was not reconnected: %2</source>
        <translation>«%1» no se ha reconectado: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="288"/>
        <source>Reconnect “%1”</source>
        <translation>Reconectar «%1»</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="295"/>
        <source>Access key ID</source>
        <translation>ID de clave de acceso</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="296"/>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="299"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="49"/>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="67"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="82"/>
        <source>Finish signing in in your browser; ReelForge continues by itself when you are done. If no browser opened, &lt;a href=&quot;%1&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Termina de iniciar sesión en el navegador; ReelForge continúa solo cuando acabes. Si no se ha abierto ningún navegador, &lt;a href=&quot;%1&quot;&gt;abre la página de inicio de sesión&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="119"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="119"/>
        <source>How this account appears in ReelForge</source>
        <translation>Cómo aparece esta cuenta en ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="126"/>
        <source>App client ID</source>
        <translation>ID de cliente de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="126"/>
        <source>From the platform&apos;s developer console</source>
        <translation>De la consola para desarrolladores de la plataforma</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="127"/>
        <source>App client secret</source>
        <translation>Secreto de cliente de la aplicación</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="128"/>
        <source>Only if the platform issued one</source>
        <translation>Solo si la plataforma te dio uno</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="129"/>
        <source>Your browser opens the sign-in page of %1. Once you allow ReelForge, the browser brings you back and the account is added. You sign in once; ReelForge keeps the sign-in in the system keychain.</source>
        <translation>El navegador abre la página de inicio de sesión de %1. Cuando autorices a ReelForge, el navegador te devuelve aquí y se añade la cuenta. Inicias sesión una sola vez; ReelForge guarda la sesión en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="135"/>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="136"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="154"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="137"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="155"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="138"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="138"/>
        <source>Optional: your first channel otherwise</source>
        <translation>Opcional: si no, tu primer canal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="139"/>
        <source>The password is kept in the system keychain.</source>
        <translation>La contraseña se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="143"/>
        <source>Endpoint</source>
        <translation>Punto de conexión</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="144"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="145"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="146"/>
        <source>Access key ID</source>
        <translation>ID de clave de acceso</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="147"/>
        <source>Secret access key</source>
        <translation>Clave de acceso secreta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="148"/>
        <source>Works with Amazon S3, MinIO, Backblaze B2, Wasabi and other S3-compatible storage. The keys are kept in the system keychain.</source>
        <translation>Funciona con Amazon S3, MinIO, Backblaze B2, Wasabi y otros almacenamientos compatibles con S3. Las claves se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="152"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="154"/>
        <source>Leave empty if the server needs none</source>
        <translation>Déjalo vacío si el servidor no lo necesita</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="156"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="166"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="156"/>
        <source>Optional: where on the server, e.g. /Videos</source>
        <translation>Opcional: dónde en el servidor, p. ej. /Videos</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="157"/>
        <source>Nextcloud, ownCloud, a NAS or any WebDAV server. The password is kept in the system keychain.</source>
        <translation>Nextcloud, ownCloud, un NAS o cualquier servidor WebDAV. La contraseña se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="161"/>
        <source>Upload address</source>
        <translation>Dirección de subida</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="163"/>
        <source>Any server speaking the tus resumable upload protocol.</source>
        <translation>Cualquier servidor compatible con el protocolo de subidas reanudables tus.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="166"/>
        <source>A local, NAS or synced folder</source>
        <translation>Una carpeta local, de un NAS o sincronizada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="170"/>
        <source>Choose Folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="172"/>
        <source>Publish to Folder</source>
        <translation>Publicar en una carpeta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="176"/>
        <source>Published videos are copied into this folder; nothing is ever overwritten.</source>
        <translation>Los vídeos publicados se copian en esta carpeta; nunca se sobrescribe nada.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="183"/>
        <source>Sign In…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="183"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="196"/>
        <source>Give the account a name.</source>
        <translation>Ponle un nombre a la cuenta.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="201"/>
        <source>Choose the folder to publish to.</source>
        <translation>Elige la carpeta donde publicar.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="202"/>
        <source>Enter the server address.</source>
        <translation>Escribe la dirección del servidor.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="208"/>
        <source>The address must start with https:// (or http:// on your own network).</source>
        <translation>La dirección debe empezar por https:// (o http:// en tu propia red).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="218"/>
        <source>Enter the client ID of your app registration (see the publishing guide).</source>
        <translation>Escribe el ID de cliente del registro de tu aplicación (consulta la guía de publicación).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="222"/>
        <source>Enter the bucket and both keys.</source>
        <translation>Escribe el bucket y las dos claves.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="225"/>
        <source>Enter your user name and password.</source>
        <translation>Escribe tu nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="258"/>
        <source>Opening your browser…</source>
        <translation>Abriendo el navegador…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="269"/>
        <source>The sign-in was not completed (refused in the browser, or started again). Try again.</source>
        <translation>No se completó el inicio de sesión (se rechazó en el navegador o se volvió a iniciar). Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="270"/>
        <source>The sign-in did not finish: %1</source>
        <translation>El inicio de sesión no terminó: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="281"/>
        <source>An account named “%1” exists already. Choose another name.</source>
        <translation>Ya existe una cuenta llamada «%1». Elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="282"/>
        <source>The account could not be saved: %1</source>
        <translation>No se pudo guardar la cuenta: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="311"/>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AnalysisPanel</name>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="44"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="45"/>
        <location filename="../ui/analysis/analysis_panel.cpp" line="152"/>
        <source>Analyze</source>
        <translation>Analizar</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="63"/>
        <source>Stop analysing. Nothing half-done is kept.</source>
        <translation>Detener el análisis. No se conserva nada a medias.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="66"/>
        <source>Find scenes, silences, loudness, faces and speech. Results are kept, so the next time this clip opens they show at once.</source>
        <translation>Busca escenas, silencios, sonoridad, caras y voz. Los resultados se guardan, así que la próxima vez que abras este clip aparecen al instante.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="69"/>
        <source>Faces</source>
        <translation>Caras</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="72"/>
        <source>Show the faces found in the clip as boxes over the preview</source>
        <translation>Mostrar las caras encontradas en el clip como recuadros sobre la vista previa</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="150"/>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="151"/>
        <source>Complete Analysis</source>
        <translation>Completar análisis</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="159"/>
        <source>Looking for earlier analysis…</source>
        <translation>Buscando análisis anteriores…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="162"/>
        <source>Not analysed yet.</source>
        <translation>Aún no analizado.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="166"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="167"/>
        <source>Analysing… %1%</source>
        <translation>Analizando… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="173"/>
        <source>The analysis failed: %1</source>
        <translation>El análisis ha fallado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="227"/>
        <source>%n scene change(s)</source>
        <translation>
            <numerusform>%n cambio de escena</numerusform>
            <numerusform>%n cambios de escena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="229"/>
        <source>%n silence(s)</source>
        <translation>
            <numerusform>%n silencio</numerusform>
            <numerusform>%n silencios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="231"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>faces found</source>
        <translation>caras encontradas</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>no faces</source>
        <translation>sin caras</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="234"/>
        <source>Analysed.</source>
        <translation>Analizado.</translation>
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
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="70"/>
        <source>Working it out…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="71"/>
        <source>Copy the text to the clipboard</source>
        <translation>Copiar el texto al portapapeles</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="87"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="124"/>
        <source>ffmpeg Command — %1</source>
        <translation>Comando de ffmpeg — %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="126"/>
        <source>ReelForge does this with its own engine. This ffmpeg command line gives the same result, for reference or to share when asking for help.</source>
        <translation>ReelForge lo hace con su propio motor. Esta línea de comandos de ffmpeg da el mismo resultado, como referencia o para compartirla al pedir ayuda.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="139"/>
        <source>This job has no ffmpeg equivalent.</source>
        <translation>Este trabajo no tiene equivalente en ffmpeg.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="151"/>
        <source>Log — %1</source>
        <translation>Registro — %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="155"/>
        <source>Fix the cause, then choose Retry to run the job again.</source>
        <translation>Corrige la causa y elige Reintentar para volver a ejecutar el trabajo.</translation>
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
        <translation>EBU R128: sonoridad integrada de todo el clip, rango de sonoridad (cuánto varía) y pico real.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="50"/>
        <source>integrated</source>
        <translation>integrada</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="51"/>
        <source>range</source>
        <translation>rango</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="52"/>
        <source>true peak</source>
        <translation>pico real</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="54"/>
        <source>YouTube’s %1</source>
        <translation>%1 (YouTube)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="56"/>
        <source>the %1 podcasts aim for</source>
        <translation>%1 (objetivo de pódcasts)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="58"/>
        <source>The sound is silent throughout.</source>
        <translation>El sonido está en silencio todo el tiempo.</translation>
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
        <translation>Ubicación de la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="179"/>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="183"/>
        <source>P&amp;rocess</source>
        <translation>Pro&amp;cesar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>P&amp;ublish</source>
        <translation>Pu&amp;blicar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="195"/>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259"/>
        <source>The sample videos could not be made: %1</source>
        <translation>No se pudieron crear los vídeos de ejemplo: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>The library could not be read: %1</source>
        <translation>No se pudo leer la biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>Videos and audio (%1);;All files (*)</source>
        <translation>Vídeos y audio (%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>Making sample videos…</source>
        <translation>Creando vídeos de ejemplo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="349"/>
        <source>%n item(s) could not be removed.</source>
        <translation>
            <numerusform>No se pudo quitar %n elemento.</numerusform>
            <numerusform>No se pudieron quitar %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="352"/>
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>Se ha quitado %n elemento de la biblioteca.</numerusform>
            <numerusform>Se han quitado %n elementos de la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="369"/>
        <source>The new library location is used the next time you start ReelForge.</source>
        <translation>La nueva ubicación de la biblioteca se usará la próxima vez que inicies ReelForge.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="374"/>
        <source>About ReelForge</source>
        <translation>Acerca de ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="375"/>
        <source>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;A desktop video studio for creators.&lt;/p&gt;&lt;p&gt;Import, analyse, edit with recipes and publish — offline first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;Un estudio de vídeo de escritorio para creadores.&lt;/p&gt;&lt;p&gt;Importa, analiza, edita con recetas y publica — sin conexión ante todo.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PresetEditor</name>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="95"/>
        <source>Edit Preset</source>
        <translation>Editar preajuste</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="147"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="148"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="149"/>
        <source>Container:</source>
        <translation>Contenedor:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="150"/>
        <source>Extension:</source>
        <translation>Extensión:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="152"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="161"/>
        <source>Any encoder for this codec</source>
        <translation>Cualquier codificador para este códec</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="162"/>
        <source>Encoders to try in order, separated by commas, e.g. “libx264”</source>
        <translation>Codificadores que se prueban en orden, separados por comas, p. ej. «libx264»</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="163"/>
        <location filename="../ui/presets/preset_editor.cpp" line="165"/>
        <location filename="../ui/presets/preset_editor.cpp" line="211"/>
        <location filename="../ui/presets/preset_editor.cpp" line="214"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="169"/>
        <source>Fit inside, add bars</source>
        <translation>Ajustar dentro, añadir bandas</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="170"/>
        <source>Fill the frame, crop the edges</source>
        <translation>Llenar el encuadre, recortar los bordes</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="171"/>
        <source>Fit inside, never add bars</source>
        <translation>Ajustar dentro, sin añadir bandas</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="174"/>
        <source>Same as source</source>
        <translation>Igual que el origen</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="175"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="177"/>
        <source>Constant quality: lower is better and bigger. Off uses the bit rate.</source>
        <translation>Calidad constante: cuanto más bajo, mejor y más grande. Desactivado usa la tasa de bits.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="180"/>
        <source>e.g. 8M</source>
        <translation>p. ej. 8M</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="183"/>
        <source>Encoder default</source>
        <translation>Predeterminado del codificador</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="184"/>
        <source>The encoder&apos;s speed preset, e.g. “veryfast”, “medium” or “slow”</source>
        <translation>Preajuste de velocidad del codificador, p. ej. «veryfast», «medium» o «slow»</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="185"/>
        <source>Use a hardware encoder when one is available</source>
        <translation>Usar un codificador por hardware cuando esté disponible</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="189"/>
        <location filename="../ui/presets/preset_editor.cpp" line="217"/>
        <source>Codec:</source>
        <translation>Códec:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="190"/>
        <source>Encoders:</source>
        <translation>Codificadores:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="191"/>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="193"/>
        <source>Fit:</source>
        <translation>Ajuste:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="194"/>
        <source>Frame rate:</source>
        <translation>Velocidad de fotogramas:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="195"/>
        <source>Quality (CRF):</source>
        <translation>Calidad (CRF):</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="196"/>
        <location filename="../ui/presets/preset_editor.cpp" line="218"/>
        <source>Bit rate:</source>
        <translation>Tasa de bits:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="198"/>
        <source>Speed:</source>
        <translation>Velocidad:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="201"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="210"/>
        <source>e.g. 192k</source>
        <translation>p. ej. 192k</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="213"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="219"/>
        <source>Sample rate:</source>
        <translation>Frecuencia de muestreo:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="220"/>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="226"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="360"/>
        <source>Another preset already has this name.</source>
        <translation>Ya hay otro preajuste con este nombre.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PresetsDialog</name>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="32"/>
        <source>source size</source>
        <translation>tamaño de origen</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="34"/>
        <source>source frame rate</source>
        <translation>velocidad de fotogramas de origen</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="36"/>
        <source>quality %1</source>
        <translation>calidad %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="49"/>
        <source>source sample rate</source>
        <translation>frecuencia de muestreo de origen</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="50"/>
        <source>source channels</source>
        <translation>canales de origen</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="57"/>
        <source>File: .%1 (%2)</source>
        <translation>Archivo: .%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="58"/>
        <source>Video: %1</source>
        <translation>Vídeo: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="58"/>
        <location filename="../ui/presets/presets_dialog.cpp" line="59"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="59"/>
        <source>Audio: %1</source>
        <translation>Audio: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="62"/>
        <source>Built-in presets cannot be changed. Duplicate one to make your own.</source>
        <translation>Los preajustes integrados no se pueden cambiar. Duplica uno para crear el tuyo.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="86"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="87"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="88"/>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="89"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="92"/>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="108"/>
        <source>Make a copy of this preset that you can change</source>
        <translation>Crear una copia de este preajuste que puedas cambiar</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="112"/>
        <source>Save this preset to a file to share or back it up</source>
        <translation>Guardar este preajuste en un archivo para compartirlo o hacer una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="113"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="115"/>
        <source>Add a preset from a file</source>
        <translation>Añadir un preajuste desde un archivo</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="175"/>
        <source>YOUR PRESETS</source>
        <translation>TUS PREAJUSTES</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="176"/>
        <source>BUILT-IN</source>
        <translation>INTEGRADOS</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="212"/>
        <source>No preset selected</source>
        <translation>Ningún preajuste seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="259"/>
        <source>Made “%1”, a copy of “%2”. Edit it to make it your own.</source>
        <translation>Se ha creado «%1», una copia de «%2». Edítalo para hacerlo tuyo.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="273"/>
        <source>Saved “%1”.</source>
        <translation>Se ha guardado «%1».</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="285"/>
        <source>Delete Preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="286"/>
        <source>Delete the preset “%1”?</source>
        <translation>¿Eliminar el preajuste «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="288"/>
        <source>Jobs already in the queue keep their settings. This cannot be undone.</source>
        <translation>Los trabajos que ya están en la cola conservan su configuración. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="289"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="302"/>
        <source>Deleted “%1”.</source>
        <translation>Se ha eliminado «%1».</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="310"/>
        <source>Import Preset</source>
        <translation>Importar preajuste</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="311"/>
        <location filename="../ui/presets/presets_dialog.cpp" line="327"/>
        <source>Presets (*.json)</source>
        <translation>Preajustes (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="326"/>
        <source>Export Preset</source>
        <translation>Exportar preajuste</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="341"/>
        <source>“%1” was not imported. %2</source>
        <translation>No se ha importado «%1». %2</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="349"/>
        <source>Imported “%1”, replacing your preset of that name.</source>
        <translation>Se ha importado «%1» y ha sustituido a tu preajuste con ese nombre.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="350"/>
        <source>Imported “%1”.</source>
        <translation>Se ha importado «%1».</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="359"/>
        <source>“%1” was not exported. %2</source>
        <translation>No se ha exportado «%1». %2</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="362"/>
        <source>Exported “%1” to %2.</source>
        <translation>Se ha exportado «%1» a %2.</translation>
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
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="43"/>
        <location filename="../ui/process/process_dialog.cpp" line="86"/>
        <source>Process</source>
        <translation>Procesar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/process_dialog.cpp" line="46"/>
        <source>Process %n video(s)</source>
        <translation>
            <numerusform>Procesar %n vídeo</numerusform>
            <numerusform>Procesar %n vídeos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="59"/>
        <source>No description.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="61"/>
        <source>Your preset. %1</source>
        <translation>Tu preajuste. %1</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="72"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="73"/>
        <source>Library Folder</source>
        <translation>Carpeta de la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="74"/>
        <source>Put the results in the library&apos;s artifacts folder</source>
        <translation>Guardar los resultados en la carpeta de resultados de la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="79"/>
        <source>Files are written under a temporary name and appear here only once they are complete. Existing files are never overwritten.</source>
        <translation>Los archivos se escriben con un nombre temporal y solo aparecen aquí cuando están completos. Nunca se sobrescriben archivos existentes.</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="93"/>
        <source>OUTPUT PRESET</source>
        <translation>PREAJUSTE DE SALIDA</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="95"/>
        <source>SAVE TO</source>
        <translation>GUARDAR EN</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="158"/>
        <source>Choose where the results go</source>
        <translation>Elige dónde se guardan los resultados</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="166"/>
        <source>Choose a preset.</source>
        <translation>Elige un preajuste.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ProcessingController</name>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="34"/>
        <location filename="../ui/process/processing_controller.cpp" line="44"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="54"/>
        <source>This video is no longer in your library.</source>
        <translation>Este vídeo ya no está en tu biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="75"/>
        <source>When Files Are Dropped</source>
        <translation>Al soltar archivos</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="80"/>
        <source>Presets…</source>
        <translation>Preajustes…</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="82"/>
        <source>Duplicate, edit, import and export output presets</source>
        <translation>Duplicar, editar, importar y exportar preajustes de salida</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="115"/>
        <source>Dropped files are imported only.</source>
        <translation>Los archivos soltados solo se importan.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="116"/>
        <source>Dropped files are imported, then processed with “%1”.</source>
        <translation>Los archivos soltados se importan y después se procesan con «%1».</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="120"/>
        <source>Import Only</source>
        <translation>Solo importar</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="120"/>
        <source>Add dropped files to the library and do nothing else</source>
        <translation>Añadir los archivos soltados a la biblioteca y no hacer nada más</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="123"/>
        <source>Import and Process with “%1”</source>
        <translation>Importar y procesar con «%1»</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="135"/>
        <source>Select one or more videos in the library first.</source>
        <translation>Primero selecciona uno o varios vídeos en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="161"/>
        <source>Importing; each file is then processed with “%1”.</source>
        <translation>Importando; después, cada archivo se procesa con «%1».</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublicationsModel</name>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="95"/>
        <source>Removed account</source>
        <translation>Cuenta quitada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="96"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="102"/>
        <source>Retrying at %1</source>
        <translation>Reintento a las %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="105"/>
        <source>Scheduled for %1</source>
        <translation>Programado para %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="108"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="110"/>
        <source>Published (private)</source>
        <translation>Publicado (privado)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="129"/>
        <source>%1% sent</source>
        <translation>%1 % enviado</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="130"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="197"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="199"/>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="201"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="203"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="205"/>
        <source>Link or problem</source>
        <translation>Enlace o problema</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublicationsPanel</name>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="80"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="81"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="82"/>
        <source>Open Link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="83"/>
        <source>Copy Link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="86"/>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="96"/>
        <source>Try a failed or cancelled publication again, continuing where it stopped</source>
        <translation>Reintentar una publicación fallida o cancelada, continuando donde se detuvo</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="97"/>
        <source>Stop this upload or scheduled publication</source>
        <translation>Detener esta subida o publicación programada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="145"/>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="156"/>
        <source>The publications could not be read: %1</source>
        <translation>No se pudieron leer las publicaciones: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="184"/>
        <source>This publication cannot be retried: %1</source>
        <translation>Esta publicación no se puede reintentar: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="195"/>
        <source>This publication cannot be cancelled: %1</source>
        <translation>Esta publicación no se puede cancelar: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="205"/>
        <source>No application could open %1.</source>
        <translation>Ninguna aplicación pudo abrir %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="233"/>
        <source>%n uploading</source>
        <translation>
            <numerusform>%n subiendo</numerusform>
            <numerusform>%n subiendo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="235"/>
        <source>%n waiting or scheduled</source>
        <translation>
            <numerusform>%n en espera o programada</numerusform>
            <numerusform>%n en espera o programadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="237"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublishDialog</name>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="36"/>
        <source>sign-in expired</source>
        <translation>sesión caducada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="38"/>
        <source>not reachable now</source>
        <translation>no disponible ahora</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="59"/>
        <source>Publish “%1”</source>
        <translation>Publicar «%1»</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="62"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="72"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="100"/>
        <source>Destinations</source>
        <translation>Destinos</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="104"/>
        <source>Add Account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="113"/>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="149"/>
        <source>What the video is about</source>
        <translation>De qué trata el vídeo</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="152"/>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="159"/>
        <source>Optional: a JPEG or PNG image; the platform picks one otherwise</source>
        <translation>Opcional: una imagen JPEG o PNG; si no, la plataforma elige una</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="162"/>
        <source>Choose Image…</source>
        <translation>Elegir imagen…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="164"/>
        <location filename="../ui/publishing/publish_dialog.cpp" line="192"/>
        <source>Thumbnail</source>
        <translation>Miniatura</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="165"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="170"/>
        <source>Publish now</source>
        <translation>Publicar ahora</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="172"/>
        <source>Schedule for</source>
        <translation>Programar para</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="188"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="189"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="190"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="191"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="193"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="217"/>
        <source>There is no account to publish to yet. Add one first.</source>
        <translation>Aún no hay ninguna cuenta donde publicar. Añade una primero.</translation>
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
            <numerusform>La sesión de %1 ha caducado. Vuelve a conectarla antes de publicar allí.</numerusform>
            <numerusform>Las sesiones de %1 han caducado. Vuelve a conectarlas antes de publicar allí.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="339"/>
        <source>Tick at least one destination.</source>
        <translation>Marca al menos un destino.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="344"/>
        <source>Give the video a title.</source>
        <translation>Ponle un título al vídeo.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="346"/>
        <source>The scheduled time has passed. Choose a time in the future, or publish now.</source>
        <translation>La hora programada ya ha pasado. Elige una hora futura o publica ahora.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="348"/>
        <source>The thumbnail image could not be found.</source>
        <translation>No se encontró la imagen en miniatura.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublishingController</name>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="33"/>
        <location filename="../ui/publishing/publishing_controller.cpp" line="46"/>
        <source>Publications</source>
        <translation>Publicaciones</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="34"/>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="35"/>
        <source>Accounts…</source>
        <translation>Cuentas…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="39"/>
        <source>Publish the selected video to your accounts, now or at a set time</source>
        <translation>Publicar el vídeo seleccionado en tus cuentas, ahora o a una hora determinada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="109"/>
        <source>Select a video in the library first.</source>
        <translation>Primero selecciona un vídeo en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="114"/>
        <source>This video is no longer in your library.</source>
        <translation>Este vídeo ya no está en tu biblioteca.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publishing_controller.cpp" line="158"/>
        <source>%n publication(s) added; follow them under Publications.</source>
        <translation>
            <numerusform>%n publicación añadida; síguela en Publicaciones.</numerusform>
            <numerusform>%n publicaciones añadidas; síguelas en Publicaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueActions</name>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="51"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="51"/>
        <source>Hold the selected jobs where they are</source>
        <translation>Detener los trabajos seleccionados donde están</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="53"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="53"/>
        <source>Continue the selected paused jobs</source>
        <translation>Continuar los trabajos en pausa seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="55"/>
        <source>Stop the selected jobs and delete what they have written so far</source>
        <translation>Detener los trabajos seleccionados y eliminar lo que hayan escrito hasta ahora</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="56"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="56"/>
        <source>Queue the selected failed or cancelled jobs again</source>
        <translation>Volver a poner en cola los trabajos fallidos o cancelados seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="58"/>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="59"/>
        <source>Run this job before the one above it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation>Ejecutar este trabajo antes que el de arriba. Los trabajos con mayor prioridad se ejecutan primero; los de igual prioridad, en el orden en que se añadieron.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="62"/>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="63"/>
        <source>Run this job after the one below it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation>Ejecutar este trabajo después del de abajo. Los trabajos con mayor prioridad se ejecutan primero; los de igual prioridad, en el orden en que se añadieron.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="66"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>Runs before jobs with normal priority</source>
        <translation>Se ejecuta antes que los trabajos de prioridad normal</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="68"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="68"/>
        <source>Runs in the order it was added</source>
        <translation>Se ejecuta en el orden en que se añadió</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="69"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="69"/>
        <source>Runs after jobs with normal priority</source>
        <translation>Se ejecuta después de los trabajos de prioridad normal</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="70"/>
        <location filename="../ui/queue/queue_actions.cpp" line="138"/>
        <source>Open Output Folder</source>
        <translation>Abrir carpeta de salida</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="71"/>
        <source>Show the folder the finished file was written to</source>
        <translation>Mostrar la carpeta donde se escribió el archivo terminado</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="72"/>
        <source>Reveal in Library</source>
        <translation>Mostrar en la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="73"/>
        <source>Select the video this job was made from in the library</source>
        <translation>Seleccionar en la biblioteca el vídeo del que procede este trabajo</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="74"/>
        <source>Publish Output…</source>
        <translation>Publicar resultado…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="75"/>
        <source>Publish the file this job made to your accounts</source>
        <translation>Publicar en tus cuentas el archivo que creó este trabajo</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="76"/>
        <source>Show ffmpeg Command…</source>
        <translation>Mostrar comando de ffmpeg…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="77"/>
        <source>The ffmpeg command line that gives the same result, for reference or support</source>
        <translation>La línea de comandos de ffmpeg que da el mismo resultado, como referencia o para soporte</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="79"/>
        <source>Show Log…</source>
        <translation>Mostrar registro…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="79"/>
        <source>What happened to this job, step by step</source>
        <translation>Qué le pasó a este trabajo, paso a paso</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="80"/>
        <source>Stop After Current Job</source>
        <translation>Detener tras el trabajo actual</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="81"/>
        <source>Let the running jobs finish, then start no new ones until this is turned off</source>
        <translation>Dejar que terminen los trabajos en curso y no iniciar otros nuevos hasta desactivar esta opción</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="84"/>
        <source>Jobs with a higher priority run first</source>
        <translation>Los trabajos con mayor prioridad se ejecutan primero</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="99"/>
        <source>Stop after current</source>
        <translation>Detener tras el actual</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="138"/>
        <source>Open Destination Folder</source>
        <translation>Abrir carpeta de destino</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueDelegate</name>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="92"/>
        <source>stopped at %1</source>
        <translation>detenido al %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="100"/>
        <source>stopped when ReelForge closed</source>
        <translation>detenido al cerrarse ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="105"/>
        <source>high priority</source>
        <translation>prioridad alta</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="107"/>
        <source>low priority</source>
        <translation>prioridad baja</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="109"/>
        <source>priority %1</source>
        <translation>prioridad %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueNotices</name>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready.</source>
        <translation>«%1» está listo.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready: %2</source>
        <translation>«%1» está listo: %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="42"/>
        <source>A processing job failed. The queue shows why.</source>
        <translation>Un trabajo de procesamiento ha fallado. La cola muestra por qué.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="43"/>
        <source>Processing “%1” failed. Choose Show Log in the queue to see why.</source>
        <translation>Ha fallado el procesamiento de «%1». Elige Mostrar registro en la cola para ver por qué.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="68"/>
        <source>Nothing in the queue. Select videos in the library and choose &lt;b&gt;Process…&lt;/b&gt; (%1), or drop files with a preset chosen.</source>
        <translation>No hay nada en la cola. Selecciona vídeos en la biblioteca y elige &lt;b&gt;Procesar…&lt;/b&gt; (%1), o suelta archivos con un preajuste elegido.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="120"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="136"/>
        <source>Run at once</source>
        <translation>A la vez</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="140"/>
        <source>How many jobs run at the same time. More jobs at once finish a batch sooner on a fast computer, but each one runs slower.</source>
        <translation>Cuántos trabajos se ejecutan a la vez. Con más trabajos a la vez, un lote termina antes en un ordenador rápido, pero cada uno va más lento.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="230"/>
        <source>The queue could not be read: %1</source>
        <translation>No se pudo leer la cola: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="289"/>
        <source>%n processing</source>
        <translation>
            <numerusform>%n procesando</numerusform>
            <numerusform>%n procesando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="291"/>
        <source>%n paused</source>
        <translation>
            <numerusform>%n en pausa</numerusform>
            <numerusform>%n en pausa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="293"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="295"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n terminado</numerusform>
            <numerusform>%n terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="297"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="300"/>
        <source>no new jobs start</source>
        <translation>no se inician trabajos nuevos</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="336"/>
        <source>That did not work for “%1”: %2</source>
        <translation>No ha funcionado con «%1»: %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="375"/>
        <source>The folder “%1” does not exist any more.</source>
        <translation>La carpeta «%1» ya no existe.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="379"/>
        <source>The folder “%1” could not be opened.</source>
        <translation>No se pudo abrir la carpeta «%1».</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="389"/>
        <source>This job has no finished file to publish.</source>
        <translation>Este trabajo no tiene ningún archivo terminado que publicar.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="394"/>
        <source>The file “%1” does not exist any more.</source>
        <translation>El archivo «%1» ya no existe.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="31"/>
        <source>Copy files into the library</source>
        <translation>Copiar los archivos a la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="32"/>
        <source>Link to files where they are</source>
        <translation>Vincular los archivos donde están</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="34"/>
        <source>Analyze new videos in the background</source>
        <translation>Analizar los vídeos nuevos en segundo plano</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="38"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="44"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="58"/>
        <source>Copies keep working when you move or delete the originals. Links save disk space but need the original files to stay where they are.</source>
        <translation>Las copias siguen funcionando aunque muevas o elimines los originales. Los vínculos ahorran espacio en disco, pero los archivos originales deben quedarse donde están.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="70"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="71"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="72"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="77"/>
        <source>Scenes, silences, loudness and faces are ready when you need them. The analysis waits behind your own jobs in the queue.</source>
        <translation>Las escenas, silencios, sonoridad y caras están listos cuando los necesites. El análisis espera detrás de tus propios trabajos en la cola.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="92"/>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="93"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="95"/>
        <source>Shared by all uploads, so publishing leaves room for everything else on your connection.</source>
        <translation>Compartido por todas las subidas, para que publicar deje sitio a todo lo demás en tu conexión.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="114"/>
        <source>Library location</source>
        <translation>Ubicación de la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="115"/>
        <source>When importing</source>
        <translation>Al importar</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="116"/>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="117"/>
        <source>Upload speed</source>
        <translation>Velocidad de subida</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="118"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="156"/>
        <source>Choose the library folder</source>
        <translation>Elegir la carpeta de la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="164"/>
        <source>ReelForge will open this library the next time you start it.</source>
        <translation>ReelForge abrirá esta biblioteca la próxima vez que lo inicies.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="165"/>
        <source>A new location takes effect the next time you start ReelForge.</source>
        <translation>La nueva ubicación se aplicará la próxima vez que inicies ReelForge.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::StatusNotifier</name>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="30"/>
        <source>Import finished.</source>
        <translation>Importación finalizada.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="31"/>
        <source>Import finished. Some files were not added; the list above the status bar says why.</source>
        <translation>Importación finalizada. Algunos archivos no se añadieron; la lista sobre la barra de estado indica por qué.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="34"/>
        <source>Your video is published.</source>
        <translation>Tu vídeo está publicado.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="35"/>
        <source>Your video is published: %1</source>
        <translation>Tu vídeo está publicado: %1</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="37"/>
        <source>A publication failed: %1. Retry it under Publications.</source>
        <translation>Ha fallado una publicación: %1. Reinténtala en Publicaciones.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ThumbnailSuggestions</name>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="67"/>
        <source>Save frame as…</source>
        <translation>Guardar fotograma como…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="103"/>
        <source>Frame saved to %1</source>
        <translation>Fotograma guardado en %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="237"/>
        <source>Save Frame</source>
        <translation>Guardar fotograma</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <source>The frame could not be saved: %1</source>
        <translation>No se pudo guardar el fotograma: %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="144"/>
        <source>Frame at %1 — click to show it in the preview</source>
        <translation>Fotograma en %1: haz clic para verlo en la vista previa</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="163"/>
        <source>Analyze this video to get thumbnail suggestions.</source>
        <translation>Analiza este vídeo para obtener sugerencias de miniaturas.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="165"/>
        <source>No frame stood out as a thumbnail.</source>
        <translation>Ningún fotograma destaca como miniatura.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="167"/>
        <source>Sharp, well-lit frames, best first. Click one to see it in the preview.</source>
        <translation>Fotogramas nítidos y bien iluminados, los mejores primero. Haz clic en uno para verlo en la vista previa.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="234"/>
        <source>%1 at %2.jpg</source>
        <translation>%1 en %2.jpg</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="238"/>
        <source>JPEG image (*.jpg *.jpeg);;PNG image (*.png)</source>
        <translation>Imagen JPEG (*.jpg *.jpeg);;Imagen PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TimelineStrip</name>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="63"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="305"/>
        <source>Fade, %1 – %2</source>
        <translation>Fundido, %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="307"/>
        <source>Cut at %1</source>
        <translation>Corte en %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="314"/>
        <source>Silence, %1 – %2 (%3 s)</source>
        <translation>Silencio, %1 – %2 (%3 s)</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TranscriptPane</name>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="42"/>
        <source>Save captions…</source>
        <translation>Guardar subtítulos…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="53"/>
        <source>Write the transcript as captions (SubRip .srt or WebVTT .vtt)</source>
        <translation>Guardar la transcripción como subtítulos (SubRip .srt o WebVTT .vtt)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="84"/>
        <source>Analyze this video to see what is said in it.</source>
        <translation>Analiza este vídeo para ver lo que se dice en él.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="89"/>
        <source>No speech was recognised.</source>
        <translation>No se ha reconocido ninguna voz.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="93"/>
        <source>Recognised automatically: some words may be wrong. Click a word to jump to it.</source>
        <translation>Reconocido automáticamente: algunas palabras pueden ser incorrectas. Haz clic en una palabra para saltar a ella.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <location filename="../ui/analysis/transcript_pane.cpp" line="242"/>
        <source>Save Captions</source>
        <translation>Guardar subtítulos</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <source>captions.srt</source>
        <translation>subtitulos.srt</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="234"/>
        <source>SubRip captions (*.srt);;WebVTT captions (*.vtt)</source>
        <translation>Subtítulos SubRip (*.srt);;Subtítulos WebVTT (*.vtt)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="243"/>
        <source>The captions could not be saved: %1</source>
        <translation>No se pudieron guardar los subtítulos: %1</translation>
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
