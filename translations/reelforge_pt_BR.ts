<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AnalysisText</name>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="45"/>
        <location filename="../ui/analysis/analysis_text.cpp" line="57"/>
        <source>silent</source>
        <translation>silencioso</translation>
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
        <translation>Silencioso: nada para comparar com %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="69"/>
        <source>On target for %1</source>
        <translation>No alvo: %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="71"/>
        <source>%1 quieter than %2</source>
        <translation>%1 mais baixo que %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="72"/>
        <source>%1 louder than %2</source>
        <translation>%1 mais alto que %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="79"/>
        <source>True peak %1 is above −1 dBTP: it may clip once encoded. Lower the level or use a limiter.</source>
        <translation>O pico real de %1 está acima de −1 dBTP: pode distorcer após a codificação. Abaixe o nível ou use um limitador.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/common/error_text.cpp" line="12"/>
        <source>The file could not be found. It may have been moved or deleted.</source>
        <translation>O arquivo não foi encontrado. Ele pode ter sido movido ou excluído.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="15"/>
        <source>ReelForge is not allowed to read this file.</source>
        <translation>O ReelForge não tem permissão para ler este arquivo.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="17"/>
        <source>The file is empty.</source>
        <translation>O arquivo está vazio.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="19"/>
        <source>This is not a video or audio file.</source>
        <translation>Este não é um arquivo de vídeo ou áudio.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="21"/>
        <source>The file is damaged or incomplete.</source>
        <translation>O arquivo está danificado ou incompleto.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="23"/>
        <source>The file has no video or audio that ReelForge can use.</source>
        <translation>O arquivo não tem vídeo nem áudio que o ReelForge possa usar.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="26"/>
        <source>The file uses a format ReelForge cannot read yet.</source>
        <translation>O arquivo usa um formato que o ReelForge ainda não consegue ler.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="28"/>
        <source>Already in your library.</source>
        <translation>Já está na sua biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="30"/>
        <source>There is not enough free space on the disk.</source>
        <translation>Não há espaço livre suficiente no disco.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="32"/>
        <source>The file could not be read or written.</source>
        <translation>Não foi possível ler ou gravar o arquivo.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="34"/>
        <source>The library could not be updated. Try again.</source>
        <translation>Não foi possível atualizar a biblioteca. Tente novamente.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="36"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="38"/>
        <source>This item is no longer in your library.</source>
        <translation>Este item não está mais na sua biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="40"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>Sua sessão expirou. Entre novamente.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="42"/>
        <source>The upload limit of your account has been reached.</source>
        <translation>O limite de uploads da sua conta foi atingido.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="44"/>
        <source>The platform refused the upload.</source>
        <translation>A plataforma recusou o upload.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="50"/>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="58"/>
        <source>The source file is missing. It may have been moved, renamed or deleted.</source>
        <translation>O arquivo de origem não foi encontrado. Ele pode ter sido movido, renomeado ou excluído.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="61"/>
        <source>ReelForge is not allowed to read the source file or to write the result.</source>
        <translation>O ReelForge não tem permissão para ler o arquivo de origem ou gravar o resultado.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="64"/>
        <source>The source file is empty.</source>
        <translation>O arquivo de origem está vazio.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="66"/>
        <source>The source file is damaged or incomplete.</source>
        <translation>O arquivo de origem está danificado ou incompleto.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="68"/>
        <source>A format this job needs cannot be read or written on this computer.</source>
        <translation>Um formato de que esta tarefa precisa não pode ser lido nem gravado neste computador.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="71"/>
        <source>Something this job needs no longer exists.</source>
        <translation>Algo de que esta tarefa precisa não existe mais.</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="84"/>
        <source>This folder contains no video or audio files.</source>
        <translation>Esta pasta não contém arquivos de vídeo ou áudio.</translation>
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
        <translation>Desconhecido</translation>
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
            <numerusform>%n canais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobSubmitter</name>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="17"/>
        <source>ReelForge cannot make this from it (%1).</source>
        <translation>O ReelForge não consegue criar isso a partir dele (%1).</translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="47"/>
        <source>The folder “%1” could not be created.</source>
        <translation>Não foi possível criar a pasta “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="60"/>
        <source>“%1” could not be queued: %2</source>
        <translation>Não foi possível adicionar “%1” à fila: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="69"/>
        <source>%n video(s) added to the queue with “%1”.</source>
        <translation>
            <numerusform>%n vídeo adicionado à fila com “%1”.</numerusform>
            <numerusform>%n vídeos adicionados à fila com “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="72"/>
        <source>%n video(s) added to the queue with “%1”. </source>
        <translation>
            <numerusform>%n vídeo adicionado à fila com “%1”. </numerusform>
            <numerusform>%n vídeos adicionados à fila com “%1”. </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="18"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="20"/>
        <source>Processing</source>
        <translation>Processando</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="22"/>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="24"/>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="26"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="28"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="30"/>
        <source>Interrupted</source>
        <translation>Interrompido</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="51"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="53"/>
        <source>%1× realtime</source>
        <translation>%1× tempo real</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="62"/>
        <source>A few seconds left</source>
        <translation>Faltam alguns segundos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="64"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Falta cerca de %n segundo</numerusform>
            <numerusform>Faltam cerca de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="66"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Falta cerca de %n minuto</numerusform>
            <numerusform>Faltam cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="67"/>
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>Falta cerca de %n hora</numerusform>
            <numerusform>Faltam cerca de %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="77"/>
        <location filename="../ui/queue/job_text.cpp" line="86"/>
        <source>ReelForge is not allowed to write to the output folder.</source>
        <translation>O ReelForge não tem permissão para gravar na pasta de saída.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="89"/>
        <source>Processing stopped with an error.</source>
        <translation>O processamento parou com um erro.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="90"/>
        <source>Processing stopped with an error: %1</source>
        <translation>O processamento parou com um erro: %1</translation>
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
        <translation>Áudio MP3</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="37"/>
        <source>M4A audio</source>
        <translation>Áudio M4A</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="38"/>
        <source>Ogg</source>
        <translation>Ogg</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="39"/>
        <source>WAV audio</source>
        <translation>Áudio WAV</translation>
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
        <translation>Armazenamento compatível com S3</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="39"/>
        <source>WebDAV server</source>
        <translation>Servidor WebDAV</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="41"/>
        <source>tus upload server</source>
        <translation>Servidor de upload tus</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="43"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="52"/>
        <source>Scheduled</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="54"/>
        <source>Uploading</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="56"/>
        <source>Processing</source>
        <translation>Processando</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="58"/>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="60"/>
        <source>Failed</source>
        <translation>Falhou</translation>
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
        <translation>Não listado</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="75"/>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="83"/>
        <source>TikTok lets apps it has not audited post privately only: the video is posted as private, whatever you choose here. You can make it public in the TikTok app.</source>
        <translation>O TikTok só permite que apps não auditados publiquem de forma privada: o vídeo é publicado como privado, seja qual for a sua escolha aqui. Você pode torná-lo público no app do TikTok.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="86"/>
        <source>YouTube allows about six uploads a day per project; scheduled videos stay private until their time.</source>
        <translation>O YouTube permite cerca de seis uploads por dia por projeto; vídeos agendados ficam privados até o horário marcado.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="97"/>
        <source>This file is %1, but %2 accepts files up to %3. Make a smaller version (a shorter cut or a lower-bitrate preset) and publish that.</source>
        <translation>Este arquivo tem %1, mas %2 aceita arquivos de até %3. Crie uma versão menor (um corte mais curto ou uma predefinição com taxa de bits menor) e publique essa.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="101"/>
        <source>%1 refused this file: %2</source>
        <translation>%1 recusou este arquivo: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="104"/>
        <source>The upload allowance of “%1” on %2 is used up for now. Try again later (YouTube resets it at midnight Pacific time); nothing was uploaded.</source>
        <translation>A cota de uploads de “%1” em %2 está esgotada por enquanto. Tente novamente mais tarde (o YouTube a renova à meia-noite, horário do Pacífico); nada foi enviado.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="108"/>
        <source>The sign-in of “%1” has expired. Reconnect the account, then publish.</source>
        <translation>A sessão de “%1” expirou. Reconecte a conta e depois publique.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="111"/>
        <source>This file is already published on “%1”: %2</source>
        <translation>Este arquivo já foi publicado em “%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="127"/>
        <source>The sign-in has expired. Reconnect the account (Publish ▸ Accounts…), then retry.</source>
        <translation>A sessão expirou. Reconecte a conta (Publicar ▸ Contas…) e tente novamente.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="129"/>
        <source>The platform&apos;s upload allowance is used up for now. Retry later.</source>
        <translation>A cota de uploads da plataforma está esgotada por enquanto. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="139"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="147"/>
        <source>less than a minute left</source>
        <translation>falta menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publishing_text.cpp" line="150"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>falta cerca de %n min</numerusform>
            <numerusform>faltam cerca de %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="151"/>
        <source>about %1 left</source>
        <translation>faltam cerca de %1</translation>
    </message>
</context>
<context>
    <name>RemoveConfirmation</name>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="15"/>
        <source>Remove “%1” from your library?</source>
        <translation>Remover “%1” da sua biblioteca?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/remove_confirmation.cpp" line="16"/>
        <source>Remove %n item(s) from your library?</source>
        <translation>
            <numerusform>Remover %n item da sua biblioteca?</numerusform>
            <numerusform>Remover %n itens da sua biblioteca?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="17"/>
        <source>Remove from Library</source>
        <translation>Remover da biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="19"/>
        <source>Copies kept in the library folder are deleted. Your original files are not touched.</source>
        <translation>As cópias guardadas na pasta da biblioteca serão excluídas. Seus arquivos originais não serão alterados.</translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="22"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
</context>
<context>
    <name>StudioActions</name>
    <message>
        <location filename="../ui/studio_actions.cpp" line="37"/>
        <source>Import Files…</source>
        <translation>Importar arquivos…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="38"/>
        <source>Import videos and audio files</source>
        <translation>Importar vídeos e arquivos de áudio</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="40"/>
        <source>Import Folder…</source>
        <translation>Importar pasta…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="42"/>
        <source>Import everything in a folder</source>
        <translation>Importar tudo de uma pasta</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="44"/>
        <source>Add Sample Videos</source>
        <translation>Adicionar vídeos de exemplo</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="45"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="48"/>
        <source>Search Library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="50"/>
        <source>Remove from Library…</source>
        <translation>Remover da biblioteca…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="51"/>
        <source>Remove the selected items from the library</source>
        <translation>Remover os itens selecionados da biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="53"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="56"/>
        <source>Play / Pause</source>
        <translation>Reproduzir / Pausar</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="57"/>
        <source>About ReelForge</source>
        <translation>Sobre o ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="59"/>
        <source>Process…</source>
        <translation>Processar…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="60"/>
        <source>Make new files from the selected videos with a preset</source>
        <translation>Criar novos arquivos a partir dos vídeos selecionados com uma predefinição</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="66"/>
        <source>Import Files</source>
        <translation>Importar arquivos</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="67"/>
        <source>Import Folder</source>
        <translation>Importar pasta</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="68"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="69"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="70"/>
        <source>Process</source>
        <translation>Processar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>ReelForge, a desktop video studio for creators.</source>
        <translation>ReelForge, um estúdio de vídeo para desktop feito para criadores.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation>Abrir a biblioteca em &lt;pasta&gt;.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Videos, audio files or folders to import.</source>
        <translation>Vídeos, arquivos de áudio ou pastas a importar.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>ReelForge</source>
        <translation>ReelForge</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>ReelForge could not open the library in “%1”.</source>
        <translation>O ReelForge não conseguiu abrir a biblioteca em “%1”.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui</name>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="23"/>
        <source>Use lower-case letters, digits and dashes, e.g. “my-youtube-1080p”.</source>
        <translation>Use letras minúsculas, números e hifens, por exemplo, “my-youtube-1080p”.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="25"/>
        <source>Choose a container.</source>
        <translation>Escolha um contêiner.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="27"/>
        <source>Enter a file extension without a dot, e.g. “mp4”.</source>
        <translation>Digite uma extensão de arquivo sem ponto, por exemplo, “mp4”.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="29"/>
        <source>Keep video, audio or both.</source>
        <translation>Mantenha o vídeo, o áudio ou ambos.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="31"/>
        <source>Enter a video codec, e.g. “h264”.</source>
        <translation>Digite um codec de vídeo, por exemplo, “h264”.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="33"/>
        <source>Width and height must both be even numbers up to 16384, or both “Source”.</source>
        <translation>A largura e a altura devem ser números pares de até 16384, ou ambas “Original”.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="35"/>
        <source>Choose how the picture fits the frame.</source>
        <translation>Escolha como a imagem se ajusta ao quadro.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="37"/>
        <source>Enter a rate such as 30 or 30000/1001, or leave it empty to keep the source’s.</source>
        <translation>Digite uma taxa como 30 ou 30000/1001, ou deixe vazio para manter a do original.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="39"/>
        <source>Quality must be between 0 and 63.</source>
        <translation>A qualidade deve estar entre 0 e 63.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="42"/>
        <source>Enter a bit rate such as “8M” or “192k”, or leave it empty.</source>
        <translation>Digite uma taxa de bits como “8M” ou “192k”, ou deixe vazio.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="44"/>
        <source>Enter an audio codec, e.g. “aac”.</source>
        <translation>Digite um codec de áudio, por exemplo, “aac”.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="46"/>
        <source>The sample rate must be at most 384000 Hz.</source>
        <translation>A taxa de amostragem deve ser de no máximo 384000 Hz.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="48"/>
        <source>Use between 1 and 16 channels, or “Source”.</source>
        <translation>Use de 1 a 16 canais, ou “Original”.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="55"/>
        <source>A built-in preset is called “%1”. Give the preset another name.</source>
        <translation>Já existe uma predefinição integrada chamada “%1”. Dê outro nome à predefinição.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="59"/>
        <source>This preset is not valid: %1</source>
        <translation>Esta predefinição não é válida: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="60"/>
        <source>This file is not a valid preset.</source>
        <translation>Este arquivo não é uma predefinição válida.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="44"/>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="45"/>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="46"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="49"/>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="51"/>
        <source>The places ReelForge publishes to. Sign-ins, passwords and keys are kept in the system keychain, never in ReelForge&apos;s own files.</source>
        <translation>Os destinos onde o ReelForge publica. Logins, senhas e chaves ficam no chaveiro do sistema, nunca nos arquivos do próprio ReelForge.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="75"/>
        <source>Sign in again (or enter the password or keys again)</source>
        <translation>Entrar novamente (ou digitar a senha ou as chaves de novo)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="108"/>
        <source>The accounts could not be read: %1</source>
        <translation>Não foi possível ler as contas: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="166"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="170"/>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="174"/>
        <source>Sign-in expired</source>
        <translation>Sessão expirada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="178"/>
        <source>Not reachable now</source>
        <translation>Inacessível no momento</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="185"/>
        <source>Reconnect this account before publishing to it.</source>
        <translation>Reconecte esta conta antes de publicar nela.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="216"/>
        <source>Remove Account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="217"/>
        <source>Remove “%1”? Its sign-in is deleted from the keychain and its publications leave the list. Videos already published stay online.</source>
        <translation>Remover “%1”? O login dela é excluído do chaveiro e as publicações saem da lista. Os vídeos já publicados continuam on-line.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="224"/>
        <source>“%1” could not be removed: %2</source>
        <translation>Não foi possível remover “%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="243"/>
        <source>The new sign-in could not be saved: %1</source>
        <translation>Não foi possível salvar o novo login: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="253"/>
        <source>Sign in to “%1” in your browser; ReelForge continues by itself when you are done.</source>
        <translation>Entre em “%1” no navegador; o ReelForge continua sozinho quando você terminar.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="274"/>
        <source>“%1” is connected again.</source>
        <translation>“%1” está conectada novamente.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="275"/>
        <source>“%1” was not reconnected: %2</source>
        <translation>“%1” não foi reconectada: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="288"/>
        <source>Reconnect “%1”</source>
        <translation>Reconectar “%1”</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="295"/>
        <source>Access key ID</source>
        <translation>ID da chave de acesso</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="296"/>
        <source>Secret access key</source>
        <translation>Chave de acesso secreta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="299"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="49"/>
        <source>Add Account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="67"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="82"/>
        <source>Finish signing in in your browser; ReelForge continues by itself when you are done. If no browser opened, &lt;a href=&quot;%1&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>Conclua o login no navegador; o ReelForge continua sozinho quando você terminar. Se nenhum navegador abriu, &lt;a href=&quot;%1&quot;&gt;abra a página de login&lt;/a&gt;.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="119"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="119"/>
        <source>How this account appears in ReelForge</source>
        <translation>Como esta conta aparece no ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="126"/>
        <source>App client ID</source>
        <translation>ID do cliente do app</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="126"/>
        <source>From the platform&apos;s developer console</source>
        <translation>No console de desenvolvedor da plataforma</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="127"/>
        <source>App client secret</source>
        <translation>Segredo do cliente do app</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="128"/>
        <source>Only if the platform issued one</source>
        <translation>Somente se a plataforma tiver emitido um</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="129"/>
        <source>Your browser opens the sign-in page of %1. Once you allow ReelForge, the browser brings you back and the account is added. You sign in once; ReelForge keeps the sign-in in the system keychain.</source>
        <translation>O navegador abre a página de login de %1. Depois que você autorizar o ReelForge, o navegador traz você de volta e a conta é adicionada. Você entra uma única vez; o ReelForge guarda o login no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="135"/>
        <source>Instance</source>
        <translation>Instância</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="136"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="154"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="137"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="155"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="138"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="138"/>
        <source>Optional: your first channel otherwise</source>
        <translation>Opcional: caso contrário, seu primeiro canal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="139"/>
        <source>The password is kept in the system keychain.</source>
        <translation>A senha fica no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="143"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="144"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="145"/>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="146"/>
        <source>Access key ID</source>
        <translation>ID da chave de acesso</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="147"/>
        <source>Secret access key</source>
        <translation>Chave de acesso secreta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="148"/>
        <source>Works with Amazon S3, MinIO, Backblaze B2, Wasabi and other S3-compatible storage. The keys are kept in the system keychain.</source>
        <translation>Funciona com Amazon S3, MinIO, Backblaze B2, Wasabi e outros armazenamentos compatíveis com S3. As chaves ficam no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="152"/>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="154"/>
        <source>Leave empty if the server needs none</source>
        <translation>Deixe vazio se o servidor não exigir</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="156"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="166"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="156"/>
        <source>Optional: where on the server, e.g. /Videos</source>
        <translation>Opcional: onde no servidor, por exemplo, /Videos</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="157"/>
        <source>Nextcloud, ownCloud, a NAS or any WebDAV server. The password is kept in the system keychain.</source>
        <translation>Nextcloud, ownCloud, um NAS ou qualquer servidor WebDAV. A senha fica no chaveiro do sistema.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="161"/>
        <source>Upload address</source>
        <translation>Endereço de upload</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="163"/>
        <source>Any server speaking the tus resumable upload protocol.</source>
        <translation>Qualquer servidor compatível com o protocolo de upload retomável tus.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="166"/>
        <source>A local, NAS or synced folder</source>
        <translation>Uma pasta local, de NAS ou sincronizada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="170"/>
        <source>Choose Folder…</source>
        <translation>Escolher pasta…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="172"/>
        <source>Publish to Folder</source>
        <translation>Publicar em pasta</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="176"/>
        <source>Published videos are copied into this folder; nothing is ever overwritten.</source>
        <translation>Os vídeos publicados são copiados para esta pasta; nada é sobrescrito.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="183"/>
        <source>Sign In…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="183"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="196"/>
        <source>Give the account a name.</source>
        <translation>Dê um nome à conta.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="201"/>
        <source>Choose the folder to publish to.</source>
        <translation>Escolha a pasta onde publicar.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="202"/>
        <source>Enter the server address.</source>
        <translation>Digite o endereço do servidor.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="208"/>
        <source>The address must start with https:// (or http:// on your own network).</source>
        <translation>O endereço deve começar com https:// (ou http:// na sua própria rede).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="218"/>
        <source>Enter the client ID of your app registration (see the publishing guide).</source>
        <translation>Digite o ID do cliente do registro do seu app (veja o guia de publicação).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="222"/>
        <source>Enter the bucket and both keys.</source>
        <translation>Digite o bucket e as duas chaves.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="225"/>
        <source>Enter your user name and password.</source>
        <translation>Digite seu nome de usuário e senha.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="258"/>
        <source>Opening your browser…</source>
        <translation>Abrindo o navegador…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="269"/>
        <source>The sign-in was not completed (refused in the browser, or started again). Try again.</source>
        <translation>O login não foi concluído (recusado no navegador ou iniciado de novo). Tente novamente.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="270"/>
        <source>The sign-in did not finish: %1</source>
        <translation>O login não foi concluído: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="281"/>
        <source>An account named “%1” exists already. Choose another name.</source>
        <translation>Já existe uma conta chamada “%1”. Escolha outro nome.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="282"/>
        <source>The account could not be saved: %1</source>
        <translation>Não foi possível salvar a conta: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="311"/>
        <source>Sign-in cancelled.</source>
        <translation>Login cancelado.</translation>
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
        <translation>Analisar</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="63"/>
        <source>Stop analysing. Nothing half-done is kept.</source>
        <translation>Parar a análise. Nada feito pela metade é mantido.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="66"/>
        <source>Find scenes, silences, loudness, faces and speech. Results are kept, so the next time this clip opens they show at once.</source>
        <translation>Encontrar cenas, silêncios, volume, rostos e fala. Os resultados são guardados e aparecem na hora na próxima vez que este clipe for aberto.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="69"/>
        <source>Faces</source>
        <translation>Rostos</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="72"/>
        <source>Show the faces found in the clip as boxes over the preview</source>
        <translation>Mostrar os rostos encontrados no clipe como caixas sobre a pré-visualização</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="150"/>
        <source>Try Again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="151"/>
        <source>Complete Analysis</source>
        <translation>Concluir análise</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="159"/>
        <source>Looking for earlier analysis…</source>
        <translation>Procurando análise anterior…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="162"/>
        <source>Not analysed yet.</source>
        <translation>Ainda não analisado.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="166"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="167"/>
        <source>Analysing… %1%</source>
        <translation>Analisando… %1%</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="173"/>
        <source>The analysis failed: %1</source>
        <translation>A análise falhou: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="227"/>
        <source>%n scene change(s)</source>
        <translation>
            <numerusform>%n mudança de cena</numerusform>
            <numerusform>%n mudanças de cena</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="229"/>
        <source>%n silence(s)</source>
        <translation>
            <numerusform>%n silêncio</numerusform>
            <numerusform>%n silêncios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="231"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palavra</numerusform>
            <numerusform>%n palavras</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>faces found</source>
        <translation>rostos encontrados</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>no faces</source>
        <translation>nenhum rosto</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="234"/>
        <source>Analysed.</source>
        <translation>Analisado.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AssetDetailPanel</name>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="19"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="176"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
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
        <translation>faixa completa</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="43"/>
        <source>limited range</source>
        <translation>faixa limitada</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="44"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="231"/>
        <source>Not specified</source>
        <translation>Não especificado</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="54"/>
        <source>Select an item in the library to see its details.</source>
        <translation>Selecione um item da biblioteca para ver os detalhes.</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="174"/>
        <source>File</source>
        <translation>Arquivo</translation>
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
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="178"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="179"/>
        <source>Bit rate</source>
        <translation>Taxa de bits</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="181"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="182"/>
        <source>%1 at %2</source>
        <translation>%1 às %2</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="185"/>
        <source>Storage</source>
        <translation>Armazenamento</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="186"/>
        <source>Copied into the library</source>
        <translation>Copiado para a biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="187"/>
        <source>Linked to the original file</source>
        <translation>Vinculado ao arquivo original</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="190"/>
        <source>Imported from</source>
        <translation>Importado de</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="190"/>
        <source>Location</source>
        <translation>Local</translation>
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
        <translation>Codec</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="200"/>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="203"/>
        <source>Rotation</source>
        <translation>Rotação</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="204"/>
        <source>%1° (stored as %2)</source>
        <translation>%1° (armazenado como %2)</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="206"/>
        <source>Frame rate</source>
        <translation>Taxa de quadros</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="207"/>
        <source>Pixel format</source>
        <translation>Formato de pixel</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="208"/>
        <source>Bit depth</source>
        <translation>Profundidade de bits</translation>
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
        <translation>Cor</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="210"/>
        <source>Dynamic range</source>
        <translation>Faixa dinâmica</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="216"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="216"/>
        <source>Audio %1</source>
        <translation>Áudio %1</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="218"/>
        <source>Sample rate</source>
        <translation>Taxa de amostragem</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="220"/>
        <source>Channels</source>
        <translation>Canais</translation>
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
        <translation>Legendas %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::DropOverlay</name>
    <message>
        <location filename="../ui/import/drop_overlay.cpp" line="64"/>
        <source>Drop to import</source>
        <translation>Solte para importar</translation>
    </message>
    <message>
        <location filename="../ui/import/drop_overlay.cpp" line="68"/>
        <source>Videos, audio files and whole folders are welcome.</source>
        <translation>Vídeos, arquivos de áudio e pastas inteiras são bem-vindos.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ImportIssuesPanel</name>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="29"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="30"/>
        <source>Clear this list</source>
        <translation>Limpar esta lista</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="34"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="34"/>
        <source>Why it was not imported</source>
        <translation>Por que não foi importado</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="64"/>
        <source>Duplicate of an item already in the library</source>
        <translation>Duplicata de um item que já está na biblioteca</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_issues_panel.cpp" line="117"/>
        <source>%n file(s) not added to your library</source>
        <translation>
            <numerusform>%n arquivo não foi adicionado à sua biblioteca</numerusform>
            <numerusform>%n arquivos não foram adicionados à sua biblioteca</numerusform>
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
        <translation>Interromper a importação. Os arquivos já importados continuam na biblioteca.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="72"/>
        <source>Preparing to import %n item(s)…</source>
        <translation>
            <numerusform>Preparando a importação de %n item…</numerusform>
            <numerusform>Preparando a importação de %n itens…</numerusform>
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
        <translation>Concluindo a importação…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="110"/>
        <source>Import cancelled. %n file(s) imported.</source>
        <translation>
            <numerusform>Importação cancelada. %n arquivo importado.</numerusform>
            <numerusform>Importação cancelada. %n arquivos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="111"/>
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n arquivo importado.</numerusform>
            <numerusform>%n arquivos importados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="113"/>
        <source>%n already in the library.</source>
        <translation>
            <numerusform>%n já estava na biblioteca.</numerusform>
            <numerusform>%n já estavam na biblioteca.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="115"/>
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n não pôde ser importado.</numerusform>
            <numerusform>%n não puderam ser importados.</numerusform>
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
        <translation>Faltam alguns segundos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="151"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>Falta cerca de %n segundo</numerusform>
            <numerusform>Faltam cerca de %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="152"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>Falta cerca de %n minuto</numerusform>
            <numerusform>Faltam cerca de %n minutos</numerusform>
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
        <translation>Copiar o texto para a área de transferência</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="87"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="124"/>
        <source>ffmpeg Command — %1</source>
        <translation>Comando do ffmpeg — %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="126"/>
        <source>ReelForge does this with its own engine. This ffmpeg command line gives the same result, for reference or to share when asking for help.</source>
        <translation>O ReelForge faz isso com seu próprio mecanismo. Esta linha de comando do ffmpeg dá o mesmo resultado, para referência ou para compartilhar ao pedir ajuda.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="139"/>
        <source>This job has no ffmpeg equivalent.</source>
        <translation>Esta tarefa não tem equivalente no ffmpeg.</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="151"/>
        <source>Log — %1</source>
        <translation>Log — %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="155"/>
        <source>Fix the cause, then choose Retry to run the job again.</source>
        <translation>Corrija a causa e escolha Tentar novamente para executar a tarefa de novo.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::LibraryModel</name>
    <message>
        <location filename="../ui/library/library_model.cpp" line="71"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::LibraryView</name>
    <message>
        <location filename="../ui/library/library_view.cpp" line="33"/>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="35"/>
        <source>Oldest first</source>
        <translation>Mais antigos primeiro</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="37"/>
        <source>Title A–Z</source>
        <translation>Título A–Z</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="39"/>
        <source>Longest first</source>
        <translation>Mais longos primeiro</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="41"/>
        <source>Shortest first</source>
        <translation>Mais curtos primeiro</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="43"/>
        <source>Highest resolution</source>
        <translation>Maior resolução</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="45"/>
        <source>Largest file</source>
        <translation>Maior arquivo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="62"/>
        <source>Grid</source>
        <translation>Grade</translation>
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
        <translation>Pesquisar títulos e nomes de arquivo</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="141"/>
        <source>Sort the library</source>
        <translation>Ordenar a biblioteca</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_view.cpp" line="261"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_view.cpp" line="262"/>
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%1 de %n item</numerusform>
            <numerusform>%1 de %n itens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="264"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nenhum resultado para “%1”.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::LoudnessReadout</name>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="20"/>
        <source>EBU R128: integrated loudness over the whole clip, loudness range (how much it varies) and true peak.</source>
        <translation>EBU R128: loudness integrado do clipe inteiro, faixa de loudness (quanto varia) e pico real.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="50"/>
        <source>integrated</source>
        <translation>integrado</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="51"/>
        <source>range</source>
        <translation>faixa</translation>
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
        <translation>%1 (meta de podcasts)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="58"/>
        <source>The sound is silent throughout.</source>
        <translation>O som fica em silêncio o tempo todo.</translation>
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
        <translation>Local da biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>Transcript</source>
        <translation>Transcrição</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="179"/>
        <source>&amp;Playback</source>
        <translation>&amp;Reprodução</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="183"/>
        <source>P&amp;rocess</source>
        <translation>Pro&amp;cessar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>P&amp;ublish</source>
        <translation>Pu&amp;blicar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="195"/>
        <source>Main</source>
        <translation>Barra principal</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259"/>
        <source>The sample videos could not be made: %1</source>
        <translation>Não foi possível criar os vídeos de exemplo: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>The library could not be read: %1</source>
        <translation>Não foi possível ler a biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>Import Files</source>
        <translation>Importar arquivos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>Videos and audio (%1);;All files (*)</source>
        <translation>Vídeos e áudio (%1);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Import Folder</source>
        <translation>Importar pasta</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>Making sample videos…</source>
        <translation>Criando vídeos de exemplo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="349"/>
        <source>%n item(s) could not be removed.</source>
        <translation>
            <numerusform>Não foi possível remover %n item.</numerusform>
            <numerusform>Não foi possível remover %n itens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="352"/>
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>%n item removido da biblioteca.</numerusform>
            <numerusform>%n itens removidos da biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="369"/>
        <source>The new library location is used the next time you start ReelForge.</source>
        <translation>O novo local da biblioteca será usado na próxima vez que você abrir o ReelForge.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="374"/>
        <source>About ReelForge</source>
        <translation>Sobre o ReelForge</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="375"/>
        <source>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;A desktop video studio for creators.&lt;/p&gt;&lt;p&gt;Import, analyse, edit with recipes and publish — offline first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;Um estúdio de vídeo para desktop feito para criadores.&lt;/p&gt;&lt;p&gt;Importe, analise, edite com receitas e publique — offline em primeiro lugar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PresetEditor</name>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="95"/>
        <source>Edit Preset</source>
        <translation>Editar predefinição</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="147"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="148"/>
        <source>Description:</source>
        <translation>Descrição:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="149"/>
        <source>Container:</source>
        <translation>Contêiner:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="150"/>
        <source>Extension:</source>
        <translation>Extensão:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="152"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="161"/>
        <source>Any encoder for this codec</source>
        <translation>Qualquer codificador para este codec</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="162"/>
        <source>Encoders to try in order, separated by commas, e.g. “libx264”</source>
        <translation>Codificadores a tentar em ordem, separados por vírgulas, por exemplo, “libx264”</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="163"/>
        <location filename="../ui/presets/preset_editor.cpp" line="165"/>
        <location filename="../ui/presets/preset_editor.cpp" line="211"/>
        <location filename="../ui/presets/preset_editor.cpp" line="214"/>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="169"/>
        <source>Fit inside, add bars</source>
        <translation>Ajustar dentro, adicionar barras</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="170"/>
        <source>Fill the frame, crop the edges</source>
        <translation>Preencher o quadro, cortar as bordas</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="171"/>
        <source>Fit inside, never add bars</source>
        <translation>Ajustar dentro, nunca adicionar barras</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="174"/>
        <source>Same as source</source>
        <translation>Igual ao original</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="175"/>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="177"/>
        <source>Constant quality: lower is better and bigger. Off uses the bit rate.</source>
        <translation>Qualidade constante: quanto menor, melhor e maior. Desativado usa a taxa de bits.</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="180"/>
        <source>e.g. 8M</source>
        <translation>ex.: 8M</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="183"/>
        <source>Encoder default</source>
        <translation>Padrão do codificador</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="184"/>
        <source>The encoder&apos;s speed preset, e.g. “veryfast”, “medium” or “slow”</source>
        <translation>Predefinição de velocidade do codificador, por exemplo, “veryfast”, “medium” ou “slow”</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="185"/>
        <source>Use a hardware encoder when one is available</source>
        <translation>Usar um codificador de hardware quando disponível</translation>
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
        <translation>Codificadores:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="191"/>
        <source>Size:</source>
        <translation>Tamanho:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="193"/>
        <source>Fit:</source>
        <translation>Ajuste:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="194"/>
        <source>Frame rate:</source>
        <translation>Taxa de quadros:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="195"/>
        <source>Quality (CRF):</source>
        <translation>Qualidade (CRF):</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="196"/>
        <location filename="../ui/presets/preset_editor.cpp" line="218"/>
        <source>Bit rate:</source>
        <translation>Taxa de bits:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="198"/>
        <source>Speed:</source>
        <translation>Velocidade:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="201"/>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="210"/>
        <source>e.g. 192k</source>
        <translation>ex.: 192k</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="213"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="219"/>
        <source>Sample rate:</source>
        <translation>Taxa de amostragem:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="220"/>
        <source>Channels:</source>
        <translation>Canais:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="226"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="360"/>
        <source>Another preset already has this name.</source>
        <translation>Outra predefinição já tem este nome.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PresetsDialog</name>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="32"/>
        <source>source size</source>
        <translation>tamanho original</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="34"/>
        <source>source frame rate</source>
        <translation>taxa de quadros original</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="36"/>
        <source>quality %1</source>
        <translation>qualidade %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="49"/>
        <source>source sample rate</source>
        <translation>taxa de amostragem original</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="50"/>
        <source>source channels</source>
        <translation>canais originais</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="57"/>
        <source>File: .%1 (%2)</source>
        <translation>Arquivo: .%1 (%2)</translation>
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
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="59"/>
        <source>Audio: %1</source>
        <translation>Áudio: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="62"/>
        <source>Built-in presets cannot be changed. Duplicate one to make your own.</source>
        <translation>As predefinições integradas não podem ser alteradas. Duplique uma para criar a sua.</translation>
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
        <translation>Excluir…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="89"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="92"/>
        <source>Presets</source>
        <translation>Predefinições</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="108"/>
        <source>Make a copy of this preset that you can change</source>
        <translation>Criar uma cópia desta predefinição que você pode alterar</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="112"/>
        <source>Save this preset to a file to share or back it up</source>
        <translation>Salvar esta predefinição em um arquivo para compartilhar ou fazer backup</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="113"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="115"/>
        <source>Add a preset from a file</source>
        <translation>Adicionar uma predefinição de um arquivo</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="175"/>
        <source>YOUR PRESETS</source>
        <translation>SUAS PREDEFINIÇÕES</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="176"/>
        <source>BUILT-IN</source>
        <translation>INTEGRADAS</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="212"/>
        <source>No preset selected</source>
        <translation>Nenhuma predefinição selecionada</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="259"/>
        <source>Made “%1”, a copy of “%2”. Edit it to make it your own.</source>
        <translation>“%1” foi criada como cópia de “%2”. Edite-a para deixá-la do seu jeito.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="273"/>
        <source>Saved “%1”.</source>
        <translation>“%1” salva.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="285"/>
        <source>Delete Preset</source>
        <translation>Excluir predefinição</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="286"/>
        <source>Delete the preset “%1”?</source>
        <translation>Excluir a predefinição “%1”?</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="288"/>
        <source>Jobs already in the queue keep their settings. This cannot be undone.</source>
        <translation>As tarefas que já estão na fila mantêm suas configurações. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="289"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="302"/>
        <source>Deleted “%1”.</source>
        <translation>“%1” excluída.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="310"/>
        <source>Import Preset</source>
        <translation>Importar predefinição</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="311"/>
        <location filename="../ui/presets/presets_dialog.cpp" line="327"/>
        <source>Presets (*.json)</source>
        <translation>Predefinições (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="326"/>
        <source>Export Preset</source>
        <translation>Exportar predefinição</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="341"/>
        <source>“%1” was not imported. %2</source>
        <translation>“%1” não foi importada. %2</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="349"/>
        <source>Imported “%1”, replacing your preset of that name.</source>
        <translation>“%1” importada, substituindo sua predefinição com esse nome.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="350"/>
        <source>Imported “%1”.</source>
        <translation>“%1” importada.</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="359"/>
        <source>“%1” was not exported. %2</source>
        <translation>“%1” não foi exportada. %2</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="362"/>
        <source>Exported “%1” to %2.</source>
        <translation>“%1” exportada para %2.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PreviewPlayer</name>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="44"/>
        <location filename="../ui/preview/preview_player.cpp" line="112"/>
        <source>Nothing to preview</source>
        <translation>Nada para visualizar</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="55"/>
        <location filename="../ui/preview/preview_player.cpp" line="183"/>
        <source>Play (Space)</source>
        <translation>Reproduzir (Espaço)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="60"/>
        <source>Seek</source>
        <translation>Posição</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="112"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="183"/>
        <source>Pause (Space)</source>
        <translation>Pausar (Espaço)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="206"/>
        <source>Audio only</source>
        <translation>Somente áudio</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="211"/>
        <location filename="../ui/preview/preview_player.cpp" line="224"/>
        <source>This file cannot be previewed.</source>
        <translation>Não é possível visualizar este arquivo.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ProcessDialog</name>
    <message numerus="yes">
        <location filename="../ui/process/process_dialog.cpp" line="28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="43"/>
        <location filename="../ui/process/process_dialog.cpp" line="86"/>
        <source>Process</source>
        <translation>Processar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/process_dialog.cpp" line="46"/>
        <source>Process %n video(s)</source>
        <translation>
            <numerusform>Processar %n vídeo</numerusform>
            <numerusform>Processar %n vídeos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="59"/>
        <source>No description.</source>
        <translation>Sem descrição.</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="61"/>
        <source>Your preset. %1</source>
        <translation>Sua predefinição. %1</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="72"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="73"/>
        <source>Library Folder</source>
        <translation>Pasta da biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="74"/>
        <source>Put the results in the library&apos;s artifacts folder</source>
        <translation>Colocar os resultados na pasta de resultados da biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="79"/>
        <source>Files are written under a temporary name and appear here only once they are complete. Existing files are never overwritten.</source>
        <translation>Os arquivos são gravados com um nome temporário e só aparecem aqui quando estão completos. Arquivos existentes nunca são sobrescritos.</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="93"/>
        <source>OUTPUT PRESET</source>
        <translation>PREDEFINIÇÃO DE SAÍDA</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="95"/>
        <source>SAVE TO</source>
        <translation>SALVAR EM</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="158"/>
        <source>Choose where the results go</source>
        <translation>Escolha onde os resultados serão salvos</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="166"/>
        <source>Choose a preset.</source>
        <translation>Escolha uma predefinição.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ProcessingController</name>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="34"/>
        <location filename="../ui/process/processing_controller.cpp" line="44"/>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="54"/>
        <source>This video is no longer in your library.</source>
        <translation>Este vídeo não está mais na sua biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="75"/>
        <source>When Files Are Dropped</source>
        <translation>Ao soltar arquivos</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="80"/>
        <source>Presets…</source>
        <translation>Predefinições…</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="82"/>
        <source>Duplicate, edit, import and export output presets</source>
        <translation>Duplicar, editar, importar e exportar predefinições de saída</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="115"/>
        <source>Dropped files are imported only.</source>
        <translation>Os arquivos soltos são apenas importados.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="116"/>
        <source>Dropped files are imported, then processed with “%1”.</source>
        <translation>Os arquivos soltos são importados e depois processados com “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="120"/>
        <source>Import Only</source>
        <translation>Apenas importar</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="120"/>
        <source>Add dropped files to the library and do nothing else</source>
        <translation>Adicionar os arquivos soltos à biblioteca e não fazer mais nada</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="123"/>
        <source>Import and Process with “%1”</source>
        <translation>Importar e processar com “%1”</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="135"/>
        <source>Select one or more videos in the library first.</source>
        <translation>Primeiro selecione um ou mais vídeos na biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="161"/>
        <source>Importing; each file is then processed with “%1”.</source>
        <translation>Importando; depois, cada arquivo é processado com “%1”.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublicationsModel</name>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="95"/>
        <source>Removed account</source>
        <translation>Conta removida</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="96"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="102"/>
        <source>Retrying at %1</source>
        <translation>Nova tentativa às %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="105"/>
        <source>Scheduled for %1</source>
        <translation>Agendado para %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="108"/>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="110"/>
        <source>Published (private)</source>
        <translation>Publicado (privado)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="129"/>
        <source>%1% sent</source>
        <translation>%1% enviado</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="130"/>
        <source>%1%</source>
        <translation>%1%</translation>
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
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="205"/>
        <source>Link or problem</source>
        <translation>Link ou problema</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublicationsPanel</name>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="80"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="81"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="82"/>
        <source>Open Link</source>
        <translation>Abrir link</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="83"/>
        <source>Copy Link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="86"/>
        <source>Publications</source>
        <translation>Publicações</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="96"/>
        <source>Try a failed or cancelled publication again, continuing where it stopped</source>
        <translation>Tentar de novo uma publicação que falhou ou foi cancelada, continuando de onde parou</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="97"/>
        <source>Stop this upload or scheduled publication</source>
        <translation>Parar este upload ou publicação agendada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="145"/>
        <source>Link copied.</source>
        <translation>Link copiado.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="156"/>
        <source>The publications could not be read: %1</source>
        <translation>Não foi possível ler as publicações: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="184"/>
        <source>This publication cannot be retried: %1</source>
        <translation>Esta publicação não pode ser repetida: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="195"/>
        <source>This publication cannot be cancelled: %1</source>
        <translation>Esta publicação não pode ser cancelada: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="205"/>
        <source>No application could open %1.</source>
        <translation>Nenhum aplicativo conseguiu abrir %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="233"/>
        <source>%n uploading</source>
        <translation>
            <numerusform>%n enviando</numerusform>
            <numerusform>%n enviando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="235"/>
        <source>%n waiting or scheduled</source>
        <translation>
            <numerusform>%n aguardando ou agendada</numerusform>
            <numerusform>%n aguardando ou agendadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="237"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublishDialog</name>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="36"/>
        <source>sign-in expired</source>
        <translation>sessão expirada</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="38"/>
        <source>not reachable now</source>
        <translation>inacessível no momento</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="59"/>
        <source>Publish “%1”</source>
        <translation>Publicar “%1”</translation>
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
        <translation>Adicionar conta…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="113"/>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="149"/>
        <source>What the video is about</source>
        <translation>Sobre o que é o vídeo</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="152"/>
        <source>Separated by commas</source>
        <translation>Separadas por vírgulas</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="159"/>
        <source>Optional: a JPEG or PNG image; the platform picks one otherwise</source>
        <translation>Opcional: uma imagem JPEG ou PNG; caso contrário, a plataforma escolhe uma</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="162"/>
        <source>Choose Image…</source>
        <translation>Escolher imagem…</translation>
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
        <translation>Imagens (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="170"/>
        <source>Publish now</source>
        <translation>Publicar agora</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="172"/>
        <source>Schedule for</source>
        <translation>Agendar para</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="188"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="189"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="190"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="191"/>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="193"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="217"/>
        <source>There is no account to publish to yet. Add one first.</source>
        <translation>Ainda não há nenhuma conta para publicar. Adicione uma primeiro.</translation>
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
            <numerusform>A sessão de %1 expirou. Reconecte antes de publicar nela.</numerusform>
            <numerusform>As sessões de %1 expiraram. Reconecte antes de publicar nelas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="339"/>
        <source>Tick at least one destination.</source>
        <translation>Marque pelo menos um destino.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="344"/>
        <source>Give the video a title.</source>
        <translation>Dê um título ao vídeo.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="346"/>
        <source>The scheduled time has passed. Choose a time in the future, or publish now.</source>
        <translation>O horário agendado já passou. Escolha um horário no futuro ou publique agora.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="348"/>
        <source>The thumbnail image could not be found.</source>
        <translation>A imagem da miniatura não foi encontrada.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublishingController</name>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="33"/>
        <location filename="../ui/publishing/publishing_controller.cpp" line="46"/>
        <source>Publications</source>
        <translation>Publicações</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="34"/>
        <source>Publish…</source>
        <translation>Publicar…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="35"/>
        <source>Accounts…</source>
        <translation>Contas…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="39"/>
        <source>Publish the selected video to your accounts, now or at a set time</source>
        <translation>Publicar o vídeo selecionado nas suas contas, agora ou em um horário definido</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="109"/>
        <source>Select a video in the library first.</source>
        <translation>Primeiro selecione um vídeo na biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="114"/>
        <source>This video is no longer in your library.</source>
        <translation>Este vídeo não está mais na sua biblioteca.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publishing_controller.cpp" line="158"/>
        <source>%n publication(s) added; follow them under Publications.</source>
        <translation>
            <numerusform>%n publicação adicionada; acompanhe em Publicações.</numerusform>
            <numerusform>%n publicações adicionadas; acompanhe em Publicações.</numerusform>
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
        <translation>Segurar as tarefas selecionadas onde estão</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="53"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="53"/>
        <source>Continue the selected paused jobs</source>
        <translation>Continuar as tarefas pausadas selecionadas</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="54"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="55"/>
        <source>Stop the selected jobs and delete what they have written so far</source>
        <translation>Parar as tarefas selecionadas e excluir o que já gravaram</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="56"/>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="56"/>
        <source>Queue the selected failed or cancelled jobs again</source>
        <translation>Colocar de novo na fila as tarefas selecionadas que falharam ou foram canceladas</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="58"/>
        <source>Move Up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="59"/>
        <source>Run this job before the one above it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation>Executar esta tarefa antes da que está acima. Tarefas com prioridade maior são executadas primeiro; as de mesma prioridade, na ordem em que foram adicionadas.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="62"/>
        <source>Move Down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="63"/>
        <source>Run this job after the one below it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation>Executar esta tarefa depois da que está abaixo. Tarefas com prioridade maior são executadas primeiro; as de mesma prioridade, na ordem em que foram adicionadas.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="66"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>Runs before jobs with normal priority</source>
        <translation>Executa antes das tarefas com prioridade normal</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="68"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="68"/>
        <source>Runs in the order it was added</source>
        <translation>Executa na ordem em que foi adicionada</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="69"/>
        <source>Low</source>
        <translation>Baixa</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="69"/>
        <source>Runs after jobs with normal priority</source>
        <translation>Executa depois das tarefas com prioridade normal</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="70"/>
        <location filename="../ui/queue/queue_actions.cpp" line="138"/>
        <source>Open Output Folder</source>
        <translation>Abrir pasta de saída</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="71"/>
        <source>Show the folder the finished file was written to</source>
        <translation>Mostrar a pasta onde o arquivo pronto foi gravado</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="72"/>
        <source>Reveal in Library</source>
        <translation>Mostrar na biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="73"/>
        <source>Select the video this job was made from in the library</source>
        <translation>Selecionar na biblioteca o vídeo que originou esta tarefa</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="74"/>
        <source>Publish Output…</source>
        <translation>Publicar saída…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="75"/>
        <source>Publish the file this job made to your accounts</source>
        <translation>Publicar nas suas contas o arquivo que esta tarefa criou</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="76"/>
        <source>Show ffmpeg Command…</source>
        <translation>Mostrar comando do ffmpeg…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="77"/>
        <source>The ffmpeg command line that gives the same result, for reference or support</source>
        <translation>A linha de comando do ffmpeg que dá o mesmo resultado, para referência ou suporte</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="79"/>
        <source>Show Log…</source>
        <translation>Mostrar log…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="79"/>
        <source>What happened to this job, step by step</source>
        <translation>O que aconteceu com esta tarefa, passo a passo</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="80"/>
        <source>Stop After Current Job</source>
        <translation>Parar após a tarefa atual</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="81"/>
        <source>Let the running jobs finish, then start no new ones until this is turned off</source>
        <translation>Deixar as tarefas em andamento terminarem e não iniciar novas até desativar esta opção</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="84"/>
        <source>Jobs with a higher priority run first</source>
        <translation>Tarefas com prioridade maior são executadas primeiro</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="99"/>
        <source>Stop after current</source>
        <translation>Parar após a atual</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="138"/>
        <source>Open Destination Folder</source>
        <translation>Abrir pasta de destino</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueDelegate</name>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="92"/>
        <source>stopped at %1</source>
        <translation>parado em %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="100"/>
        <source>stopped when ReelForge closed</source>
        <translation>parado quando o ReelForge foi fechado</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="105"/>
        <source>high priority</source>
        <translation>prioridade alta</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="107"/>
        <source>low priority</source>
        <translation>prioridade baixa</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="109"/>
        <source>priority %1</source>
        <translation>prioridade %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueNotices</name>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready.</source>
        <translation>“%1” está pronto.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready: %2</source>
        <translation>“%1” está pronto: %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="42"/>
        <source>A processing job failed. The queue shows why.</source>
        <translation>Uma tarefa de processamento falhou. A fila mostra o motivo.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="43"/>
        <source>Processing “%1” failed. Choose Show Log in the queue to see why.</source>
        <translation>O processamento de “%1” falhou. Escolha Mostrar log na fila para ver o motivo.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="68"/>
        <source>Nothing in the queue. Select videos in the library and choose &lt;b&gt;Process…&lt;/b&gt; (%1), or drop files with a preset chosen.</source>
        <translation>Nada na fila. Selecione vídeos na biblioteca e escolha &lt;b&gt;Processar…&lt;/b&gt; (%1), ou solte arquivos com uma predefinição escolhida.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="120"/>
        <source>Queue</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="136"/>
        <source>Run at once</source>
        <translation>Ao mesmo tempo</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="140"/>
        <source>How many jobs run at the same time. More jobs at once finish a batch sooner on a fast computer, but each one runs slower.</source>
        <translation>Quantas tarefas são executadas ao mesmo tempo. Mais tarefas simultâneas terminam um lote mais cedo em um computador rápido, mas cada uma fica mais lenta.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="230"/>
        <source>The queue could not be read: %1</source>
        <translation>Não foi possível ler a fila: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="289"/>
        <source>%n processing</source>
        <translation>
            <numerusform>%n processando</numerusform>
            <numerusform>%n processando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="291"/>
        <source>%n paused</source>
        <translation>
            <numerusform>%n pausada</numerusform>
            <numerusform>%n pausadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="293"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n aguardando</numerusform>
            <numerusform>%n aguardando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="295"/>
        <source>%n done</source>
        <translation>
            <numerusform>%n concluída</numerusform>
            <numerusform>%n concluídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="297"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="300"/>
        <source>no new jobs start</source>
        <translation>nenhuma tarefa nova será iniciada</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="336"/>
        <source>That did not work for “%1”: %2</source>
        <translation>Não funcionou para “%1”: %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="375"/>
        <source>The folder “%1” does not exist any more.</source>
        <translation>A pasta “%1” não existe mais.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="379"/>
        <source>The folder “%1” could not be opened.</source>
        <translation>Não foi possível abrir a pasta “%1”.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="389"/>
        <source>This job has no finished file to publish.</source>
        <translation>Esta tarefa não tem nenhum arquivo pronto para publicar.</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="394"/>
        <source>The file “%1” does not exist any more.</source>
        <translation>O arquivo “%1” não existe mais.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="31"/>
        <source>Copy files into the library</source>
        <translation>Copiar os arquivos para a biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="32"/>
        <source>Link to files where they are</source>
        <translation>Vincular aos arquivos onde estão</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="34"/>
        <source>Analyze new videos in the background</source>
        <translation>Analisar vídeos novos em segundo plano</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="38"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="44"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="58"/>
        <source>Copies keep working when you move or delete the originals. Links save disk space but need the original files to stay where they are.</source>
        <translation>As cópias continuam funcionando se você mover ou excluir os originais. Os vínculos economizam espaço em disco, mas os arquivos originais precisam ficar onde estão.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="70"/>
        <source>Same as the system</source>
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="71"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="72"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="77"/>
        <source>Scenes, silences, loudness and faces are ready when you need them. The analysis waits behind your own jobs in the queue.</source>
        <translation>Cenas, silêncios, volume e rostos ficam prontos quando você precisar. A análise espera atrás das suas próprias tarefas na fila.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="92"/>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="93"/>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="95"/>
        <source>Shared by all uploads, so publishing leaves room for everything else on your connection.</source>
        <translation>Compartilhado por todos os envios, para que publicar deixe espaço para todo o resto da sua conexão.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="114"/>
        <source>Library location</source>
        <translation>Local da biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="115"/>
        <source>When importing</source>
        <translation>Ao importar</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="116"/>
        <source>Analysis</source>
        <translation>Análise</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="117"/>
        <source>Upload speed</source>
        <translation>Velocidade de envio</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="118"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="156"/>
        <source>Choose the library folder</source>
        <translation>Escolher a pasta da biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="164"/>
        <source>ReelForge will open this library the next time you start it.</source>
        <translation>O ReelForge abrirá esta biblioteca na próxima vez que você o iniciar.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="165"/>
        <source>A new location takes effect the next time you start ReelForge.</source>
        <translation>Um novo local passa a valer na próxima vez que você abrir o ReelForge.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::StatusNotifier</name>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="30"/>
        <source>Import finished.</source>
        <translation>Importação concluída.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="31"/>
        <source>Import finished. Some files were not added; the list above the status bar says why.</source>
        <translation>Importação concluída. Alguns arquivos não foram adicionados; a lista acima da barra de status mostra o motivo.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="34"/>
        <source>Your video is published.</source>
        <translation>Seu vídeo foi publicado.</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="35"/>
        <source>Your video is published: %1</source>
        <translation>Seu vídeo foi publicado: %1</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="37"/>
        <source>A publication failed: %1. Retry it under Publications.</source>
        <translation>Uma publicação falhou: %1. Tente novamente em Publicações.</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ThumbnailSuggestions</name>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="67"/>
        <source>Save frame as…</source>
        <translation>Salvar quadro como…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="103"/>
        <source>Frame saved to %1</source>
        <translation>Quadro salvo em %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="237"/>
        <source>Save Frame</source>
        <translation>Salvar quadro</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <source>The frame could not be saved: %1</source>
        <translation>Não foi possível salvar o quadro: %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="144"/>
        <source>Frame at %1 — click to show it in the preview</source>
        <translation>Quadro em %1 — clique para mostrá-lo na pré-visualização</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="163"/>
        <source>Analyze this video to get thumbnail suggestions.</source>
        <translation>Analise este vídeo para receber sugestões de miniatura.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="165"/>
        <source>No frame stood out as a thumbnail.</source>
        <translation>Nenhum quadro se destacou como miniatura.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="167"/>
        <source>Sharp, well-lit frames, best first. Click one to see it in the preview.</source>
        <translation>Quadros nítidos e bem iluminados, os melhores primeiro. Clique em um para vê-lo na pré-visualização.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="234"/>
        <source>%1 at %2.jpg</source>
        <translation>%1 em %2.jpg</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="238"/>
        <source>JPEG image (*.jpg *.jpeg);;PNG image (*.png)</source>
        <translation>Imagem JPEG (*.jpg *.jpeg);;Imagem PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TimelineStrip</name>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="63"/>
        <source>Timeline</source>
        <translation>Linha do tempo</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="305"/>
        <source>Fade, %1 – %2</source>
        <translation>Fade, %1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="307"/>
        <source>Cut at %1</source>
        <translation>Corte em %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="314"/>
        <source>Silence, %1 – %2 (%3 s)</source>
        <translation>Silêncio, %1 – %2 (%3 s)</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TranscriptPane</name>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="42"/>
        <source>Save captions…</source>
        <translation>Salvar legendas…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="53"/>
        <source>Write the transcript as captions (SubRip .srt or WebVTT .vtt)</source>
        <translation>Gravar a transcrição como legendas (SubRip .srt ou WebVTT .vtt)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="84"/>
        <source>Analyze this video to see what is said in it.</source>
        <translation>Analise este vídeo para ver o que é dito nele.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="89"/>
        <source>No speech was recognised.</source>
        <translation>Nenhuma fala foi reconhecida.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="93"/>
        <source>Recognised automatically: some words may be wrong. Click a word to jump to it.</source>
        <translation>Reconhecido automaticamente: algumas palavras podem estar erradas. Clique em uma palavra para ir até ela.</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <location filename="../ui/analysis/transcript_pane.cpp" line="242"/>
        <source>Save Captions</source>
        <translation>Salvar legendas</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <source>captions.srt</source>
        <translation>legendas.srt</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="234"/>
        <source>SubRip captions (*.srt);;WebVTT captions (*.vtt)</source>
        <translation>Legendas SubRip (*.srt);;Legendas WebVTT (*.vtt)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="243"/>
        <source>The captions could not be saved: %1</source>
        <translation>Não foi possível salvar as legendas: %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="17"/>
        <source>Add sample videos</source>
        <translation>Adicionar vídeos de exemplo</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="18"/>
        <source>Import files…</source>
        <translation>Importar arquivos…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="19"/>
        <source>Import a folder…</source>
        <translation>Importar uma pasta…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="28"/>
        <source>Your library is empty</source>
        <translation>Sua biblioteca está vazia</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="32"/>
        <source>Drag videos, audio files or whole folders anywhere onto this window to import them. Or try ReelForge right away with two short sample clips made on your computer.</source>
        <translation>Arraste vídeos, arquivos de áudio ou pastas inteiras para qualquer lugar desta janela para importá-los. Ou experimente o ReelForge agora mesmo com dois clipes curtos de exemplo criados no seu computador.</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="92"/>
        <source>Making two sample clips (colour bars with a tone)…</source>
        <translation>Criando dois clipes de exemplo (barras de cor com um tom)…</translation>
    </message>
</context>
</TS>
