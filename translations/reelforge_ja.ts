<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AnalysisText</name>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="45"/>
        <location filename="../ui/analysis/analysis_text.cpp" line="57"/>
        <source>silent</source>
        <translation>無音</translation>
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
        <translation>無音: %1 と比較できません</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="69"/>
        <source>On target for %1</source>
        <translation>%1 に一致</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="71"/>
        <source>%1 quieter than %2</source>
        <translation>%2 より %1 小さい</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="72"/>
        <source>%1 louder than %2</source>
        <translation>%2 より %1 大きい</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_text.cpp" line="79"/>
        <source>True peak %1 is above −1 dBTP: it may clip once encoded. Lower the level or use a limiter.</source>
        <translation>トゥルーピーク %1 が −1 dBTP を超えています。エンコード後にクリップする可能性があります。レベルを下げるか、リミッターを使用してください。</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/common/error_text.cpp" line="12"/>
        <source>The file could not be found. It may have been moved or deleted.</source>
        <translation>ファイルが見つかりません。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="15"/>
        <source>ReelForge is not allowed to read this file.</source>
        <translation>ReelForge にはこのファイルを読み取る権限がありません。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="17"/>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="19"/>
        <source>This is not a video or audio file.</source>
        <translation>動画ファイルまたは音声ファイルではありません。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="21"/>
        <source>The file is damaged or incomplete.</source>
        <translation>ファイルが破損しているか、不完全です。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="23"/>
        <source>The file has no video or audio that ReelForge can use.</source>
        <translation>ReelForge で使える映像や音声がこのファイルには含まれていません。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="26"/>
        <source>The file uses a format ReelForge cannot read yet.</source>
        <translation>このファイルは ReelForge がまだ読み取れない形式です。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="28"/>
        <source>Already in your library.</source>
        <translation>すでにライブラリにあります。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="30"/>
        <source>There is not enough free space on the disk.</source>
        <translation>ディスクの空き容量が足りません。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="32"/>
        <source>The file could not be read or written.</source>
        <translation>ファイルを読み書きできませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="34"/>
        <source>The library could not be updated. Try again.</source>
        <translation>ライブラリを更新できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="36"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="38"/>
        <source>This item is no longer in your library.</source>
        <translation>この項目はもうライブラリにありません。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="40"/>
        <source>Your sign-in has expired. Sign in again.</source>
        <translation>サインインの有効期限が切れました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="42"/>
        <source>The upload limit of your account has been reached.</source>
        <translation>アカウントのアップロード上限に達しました。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="44"/>
        <source>The platform refused the upload.</source>
        <translation>プラットフォームがアップロードを拒否しました。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="50"/>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="58"/>
        <source>The source file is missing. It may have been moved, renamed or deleted.</source>
        <translation>元のファイルが見つかりません。移動、名前の変更、または削除された可能性があります。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="61"/>
        <source>ReelForge is not allowed to read the source file or to write the result.</source>
        <translation>ReelForge には元のファイルを読み込む権限、または結果を書き込む権限がありません。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="64"/>
        <source>The source file is empty.</source>
        <translation>元のファイルは空です。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="66"/>
        <source>The source file is damaged or incomplete.</source>
        <translation>元のファイルが破損しているか、不完全です。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="68"/>
        <source>A format this job needs cannot be read or written on this computer.</source>
        <translation>このジョブに必要な形式を、このコンピューターでは読み書きできません。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="71"/>
        <source>Something this job needs no longer exists.</source>
        <translation>このジョブに必要なものがもう存在しません。</translation>
    </message>
    <message>
        <location filename="../ui/common/error_text.cpp" line="84"/>
        <source>This folder contains no video or audio files.</source>
        <translation>このフォルダーには動画ファイルも音声ファイルもありません。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <location filename="../ui/common/format.cpp" line="48"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
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
        <translation>不明</translation>
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
        <translation>モノラル</translation>
    </message>
    <message>
        <location filename="../ui/common/format.cpp" line="118"/>
        <source>Stereo</source>
        <translation>ステレオ</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/format.cpp" line="121"/>
        <source>%n channel(s)</source>
        <translation>
            <numerusform>%n チャンネル</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobSubmitter</name>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="17"/>
        <source>ReelForge cannot make this from it (%1).</source>
        <translation>ReelForge はこのファイルからは作成できません (%1)。</translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="47"/>
        <source>The folder “%1” could not be created.</source>
        <translation>フォルダー「%1」を作成できませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/process/job_submitter.cpp" line="60"/>
        <source>“%1” could not be queued: %2</source>
        <translation>「%1」をキューに追加できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="69"/>
        <source>%n video(s) added to the queue with “%1”.</source>
        <translation>
            <numerusform>%n 本の動画を「%1」でキューに追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/job_submitter.cpp" line="72"/>
        <source>%n video(s) added to the queue with “%1”. </source>
        <translation>
            <numerusform>%n 本の動画を「%1」でキューに追加しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="18"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="20"/>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="22"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="24"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="26"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="28"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="30"/>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="51"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="53"/>
        <source>%1× realtime</source>
        <translation>リアルタイムの %1 倍</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="62"/>
        <source>A few seconds left</source>
        <translation>残り数秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="64"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="66"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/job_text.cpp" line="67"/>
        <source>About %n hour(s) left</source>
        <translation>
            <numerusform>残り約 %n 時間</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="77"/>
        <location filename="../ui/queue/job_text.cpp" line="86"/>
        <source>ReelForge is not allowed to write to the output folder.</source>
        <translation>ReelForge には出力フォルダーへの書き込み権限がありません。</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="89"/>
        <source>Processing stopped with an error.</source>
        <translation>エラーのため処理が停止しました。</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_text.cpp" line="90"/>
        <source>Processing stopped with an error: %1</source>
        <translation>エラーのため処理が停止しました: %1</translation>
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
        <translation>アニメーション GIF</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="36"/>
        <source>MP3 audio</source>
        <translation>MP3 オーディオ</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="37"/>
        <source>M4A audio</source>
        <translation>M4A オーディオ</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="38"/>
        <source>Ogg</source>
        <translation>Ogg</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="39"/>
        <source>WAV audio</source>
        <translation>WAV オーディオ</translation>
    </message>
</context>
<context>
    <name>PublishMetadata</name>
    <message>
        <location filename="../ui/publishing/publish_metadata.cpp" line="84"/>
        <source>Part %1</source>
        <translation>パート %1</translation>
    </message>
</context>
<context>
    <name>PublishingText</name>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="37"/>
        <source>S3-compatible storage</source>
        <translation>S3 互換ストレージ</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="39"/>
        <source>WebDAV server</source>
        <translation>WebDAV サーバー</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="41"/>
        <source>tus upload server</source>
        <translation>tus アップロードサーバー</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="43"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="52"/>
        <source>Scheduled</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="54"/>
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="56"/>
        <source>Processing</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="58"/>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="60"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="62"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="71"/>
        <source>Private</source>
        <translation>非公開</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="73"/>
        <source>Unlisted</source>
        <translation>限定公開</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="75"/>
        <source>Public</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="83"/>
        <source>TikTok lets apps it has not audited post privately only: the video is posted as private, whatever you choose here. You can make it public in the TikTok app.</source>
        <translation>TikTok は審査を受けていないアプリからは非公開の投稿しか許可していません。ここでの選択にかかわらず、動画は非公開で投稿されます。公開するには TikTok アプリで設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="86"/>
        <source>YouTube allows about six uploads a day per project; scheduled videos stay private until their time.</source>
        <translation>YouTube では 1 プロジェクトあたり 1 日に約 6 本までアップロードできます。予約した動画は公開時刻まで非公開のままです。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="97"/>
        <source>This file is %1, but %2 accepts files up to %3. Make a smaller version (a shorter cut or a lower-bitrate preset) and publish that.</source>
        <translation>このファイルは %1 ですが、%2 が受け付けるのは %3 までです。小さいバージョン (短く編集したもの、またはビットレートの低いプリセット) を作成して公開してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="101"/>
        <source>%1 refused this file: %2</source>
        <translation>%1 がこのファイルを拒否しました: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="104"/>
        <source>The upload allowance of “%1” on %2 is used up for now. Try again later (YouTube resets it at midnight Pacific time); nothing was uploaded.</source>
        <translation>%2 の「%1」のアップロード枠は現在使い切っています。しばらくしてからもう一度お試しください (YouTube では太平洋時間の午前 0 時にリセットされます)。何もアップロードされていません。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="108"/>
        <source>The sign-in of “%1” has expired. Reconnect the account, then publish.</source>
        <translation>「%1」のサインインの有効期限が切れました。アカウントを再接続してから公開してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="111"/>
        <source>This file is already published on “%1”: %2</source>
        <translation>このファイルは「%1」にすでに公開されています: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="127"/>
        <source>The sign-in has expired. Reconnect the account (Publish ▸ Accounts…), then retry.</source>
        <translation>サインインの有効期限が切れました。アカウントを再接続 (公開 ▸ アカウント…) してから再試行してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="129"/>
        <source>The platform&apos;s upload allowance is used up for now. Retry later.</source>
        <translation>プラットフォームのアップロード枠は現在使い切っています。後で再試行してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="139"/>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="147"/>
        <source>less than a minute left</source>
        <translation>残り 1 分未満</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publishing_text.cpp" line="150"/>
        <source>about %n min left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_text.cpp" line="151"/>
        <source>about %1 left</source>
        <translation>残り約 %1</translation>
    </message>
</context>
<context>
    <name>RemoveConfirmation</name>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="15"/>
        <source>Remove “%1” from your library?</source>
        <translation>「%1」をライブラリから削除しますか？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/remove_confirmation.cpp" line="16"/>
        <source>Remove %n item(s) from your library?</source>
        <translation>
            <numerusform>%n 個の項目をライブラリから削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="17"/>
        <source>Remove from Library</source>
        <translation>ライブラリから削除</translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="19"/>
        <source>Copies kept in the library folder are deleted. Your original files are not touched.</source>
        <translation>ライブラリフォルダー内のコピーは削除されます。元のファイルはそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../ui/library/remove_confirmation.cpp" line="22"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>StudioActions</name>
    <message>
        <location filename="../ui/studio_actions.cpp" line="37"/>
        <source>Import Files…</source>
        <translation>ファイルを読み込む…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="38"/>
        <source>Import videos and audio files</source>
        <translation>動画ファイルと音声ファイルを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="40"/>
        <source>Import Folder…</source>
        <translation>フォルダーを読み込む…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="42"/>
        <source>Import everything in a folder</source>
        <translation>フォルダー内のすべてを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="44"/>
        <source>Add Sample Videos</source>
        <translation>サンプル動画を追加</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="45"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="48"/>
        <source>Search Library</source>
        <translation>ライブラリを検索</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="50"/>
        <source>Remove from Library…</source>
        <translation>ライブラリから削除…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="51"/>
        <source>Remove the selected items from the library</source>
        <translation>選択した項目をライブラリから削除</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="53"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="56"/>
        <source>Play / Pause</source>
        <translation>再生/一時停止</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="57"/>
        <source>About ReelForge</source>
        <translation>ReelForge について</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="59"/>
        <source>Process…</source>
        <translation>処理…</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="60"/>
        <source>Make new files from the selected videos with a preset</source>
        <translation>選択した動画からプリセットで新しいファイルを作成します</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="66"/>
        <source>Import Files</source>
        <translation>ファイルを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="67"/>
        <source>Import Folder</source>
        <translation>フォルダーを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="68"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="69"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/studio_actions.cpp" line="70"/>
        <source>Process</source>
        <translation>処理</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="53"/>
        <source>ReelForge, a desktop video studio for creators.</source>
        <translation>ReelForge：クリエイターのためのデスクトップ動画スタジオ。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="57"/>
        <source>Open the library in &lt;folder&gt;.</source>
        <translation>&lt;フォルダー&gt; にあるライブラリを開きます。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="58"/>
        <source>folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="61"/>
        <source>Videos, audio files or folders to import.</source>
        <translation>読み込む動画、音声ファイル、またはフォルダー。</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="69"/>
        <source>ReelForge</source>
        <translation>ReelForge</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="70"/>
        <source>ReelForge could not open the library in “%1”.</source>
        <translation>ReelForge は「%1」にあるライブラリを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui</name>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="23"/>
        <source>Use lower-case letters, digits and dashes, e.g. “my-youtube-1080p”.</source>
        <translation>小文字、数字、ハイフンを使用してください (例:「my-youtube-1080p」)。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="25"/>
        <source>Choose a container.</source>
        <translation>コンテナーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="27"/>
        <source>Enter a file extension without a dot, e.g. “mp4”.</source>
        <translation>ドットを付けずにファイル拡張子を入力してください (例:「mp4」)。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="29"/>
        <source>Keep video, audio or both.</source>
        <translation>映像、音声、またはその両方を残してください。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="31"/>
        <source>Enter a video codec, e.g. “h264”.</source>
        <translation>ビデオコーデックを入力してください (例:「h264」)。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="33"/>
        <source>Width and height must both be even numbers up to 16384, or both “Source”.</source>
        <translation>幅と高さは両方とも 16384 以下の偶数にするか、両方とも「ソース」にしてください。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="35"/>
        <source>Choose how the picture fits the frame.</source>
        <translation>画像をフレームに合わせる方法を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="37"/>
        <source>Enter a rate such as 30 or 30000/1001, or leave it empty to keep the source’s.</source>
        <translation>30 や 30000/1001 のようなレートを入力してください。空欄にするとソースのレートを維持します。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="39"/>
        <source>Quality must be between 0 and 63.</source>
        <translation>品質は 0〜63 の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="42"/>
        <source>Enter a bit rate such as “8M” or “192k”, or leave it empty.</source>
        <translation>「8M」や「192k」のようなビットレートを入力するか、空欄のままにしてください。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="44"/>
        <source>Enter an audio codec, e.g. “aac”.</source>
        <translation>オーディオコーデックを入力してください (例:「aac」)。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="46"/>
        <source>The sample rate must be at most 384000 Hz.</source>
        <translation>サンプルレートは 384000 Hz 以下にしてください。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="48"/>
        <source>Use between 1 and 16 channels, or “Source”.</source>
        <translation>チャンネル数は 1〜16 にするか、「ソース」にしてください。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="55"/>
        <source>A built-in preset is called “%1”. Give the preset another name.</source>
        <translation>組み込みプリセットに「%1」という名前があります。別の名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="59"/>
        <source>This preset is not valid: %1</source>
        <translation>このプリセットは無効です: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_field_text.cpp" line="60"/>
        <source>This file is not a valid preset.</source>
        <translation>このファイルは有効なプリセットではありません。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AccountsDialog</name>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="44"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="45"/>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="46"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="49"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="51"/>
        <source>The places ReelForge publishes to. Sign-ins, passwords and keys are kept in the system keychain, never in ReelForge&apos;s own files.</source>
        <translation>ReelForge の公開先です。サインイン情報、パスワード、キーはシステムのキーチェーンに保存され、ReelForge 自体のファイルには保存されません。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="57"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="75"/>
        <source>Sign in again (or enter the password or keys again)</source>
        <translation>もう一度サインインします (またはパスワードやキーを再入力します)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="108"/>
        <source>The accounts could not be read: %1</source>
        <translation>アカウントを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="166"/>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="170"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="174"/>
        <source>Sign-in expired</source>
        <translation>サインイン期限切れ</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="178"/>
        <source>Not reachable now</source>
        <translation>現在接続できません</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="185"/>
        <source>Reconnect this account before publishing to it.</source>
        <translation>公開する前にこのアカウントを再接続してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="216"/>
        <source>Remove Account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="217"/>
        <source>Remove “%1”? Its sign-in is deleted from the keychain and its publications leave the list. Videos already published stay online.</source>
        <translation>「%1」を削除しますか？サインイン情報はキーチェーンから削除され、その公開項目もリストから消えます。公開済みの動画はオンラインに残ります。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="224"/>
        <source>“%1” could not be removed: %2</source>
        <translation>「%1」を削除できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="243"/>
        <source>The new sign-in could not be saved: %1</source>
        <translation>新しいサインイン情報を保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="253"/>
        <source>Sign in to “%1” in your browser; ReelForge continues by itself when you are done.</source>
        <translation>ブラウザーで「%1」にサインインしてください。完了すると ReelForge が自動的に続行します。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="274"/>
        <source>“%1” is connected again.</source>
        <translation>「%1」が再接続されました。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="275"/>
        <source>“%1” was not reconnected: %2</source>
        <translation>「%1」は再接続されませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="288"/>
        <source>Reconnect “%1”</source>
        <translation>「%1」を再接続</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="295"/>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="296"/>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <location filename="../ui/publishing/accounts_dialog.cpp" line="299"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AddAccountDialog</name>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="49"/>
        <source>Add Account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="67"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="82"/>
        <source>Finish signing in in your browser; ReelForge continues by itself when you are done. If no browser opened, &lt;a href=&quot;%1&quot;&gt;open the sign-in page&lt;/a&gt;.</source>
        <translation>ブラウザーでサインインを完了してください。完了すると ReelForge が自動的に続行します。ブラウザーが開かない場合は、&lt;a href=&quot;%1&quot;&gt;サインインページを開いてください&lt;/a&gt;。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="119"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="119"/>
        <source>How this account appears in ReelForge</source>
        <translation>ReelForge でのこのアカウントの表示名</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="126"/>
        <source>App client ID</source>
        <translation>アプリのクライアント ID</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="126"/>
        <source>From the platform&apos;s developer console</source>
        <translation>プラットフォームの開発者コンソールで取得します</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="127"/>
        <source>App client secret</source>
        <translation>アプリのクライアントシークレット</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="128"/>
        <source>Only if the platform issued one</source>
        <translation>プラットフォームから発行された場合のみ</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="129"/>
        <source>Your browser opens the sign-in page of %1. Once you allow ReelForge, the browser brings you back and the account is added. You sign in once; ReelForge keeps the sign-in in the system keychain.</source>
        <translation>ブラウザーで %1 のサインインページが開きます。ReelForge を許可するとブラウザーから戻り、アカウントが追加されます。サインインは一度だけで、ReelForge はサインイン情報をシステムのキーチェーンに保存します。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="135"/>
        <source>Instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="136"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="154"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="137"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="155"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="138"/>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="138"/>
        <source>Optional: your first channel otherwise</source>
        <translation>省略可: 省略すると最初のチャンネルを使用します</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="139"/>
        <source>The password is kept in the system keychain.</source>
        <translation>パスワードはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="143"/>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="144"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="145"/>
        <source>Bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="146"/>
        <source>Access key ID</source>
        <translation>アクセスキー ID</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="147"/>
        <source>Secret access key</source>
        <translation>シークレットアクセスキー</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="148"/>
        <source>Works with Amazon S3, MinIO, Backblaze B2, Wasabi and other S3-compatible storage. The keys are kept in the system keychain.</source>
        <translation>Amazon S3、MinIO、Backblaze B2、Wasabi などの S3 互換ストレージで使用できます。キーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="152"/>
        <source>Server address</source>
        <translation>サーバーアドレス</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="154"/>
        <source>Leave empty if the server needs none</source>
        <translation>サーバーで不要な場合は空欄のままにします</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="156"/>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="166"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="156"/>
        <source>Optional: where on the server, e.g. /Videos</source>
        <translation>省略可: サーバー上の場所 (例: /Videos)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="157"/>
        <source>Nextcloud, ownCloud, a NAS or any WebDAV server. The password is kept in the system keychain.</source>
        <translation>Nextcloud、ownCloud、NAS などの WebDAV サーバー。パスワードはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="161"/>
        <source>Upload address</source>
        <translation>アップロード先アドレス</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="163"/>
        <source>Any server speaking the tus resumable upload protocol.</source>
        <translation>再開可能なアップロードプロトコル tus に対応したサーバー。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="166"/>
        <source>A local, NAS or synced folder</source>
        <translation>ローカル、NAS、または同期フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="170"/>
        <source>Choose Folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="172"/>
        <source>Publish to Folder</source>
        <translation>フォルダーに公開</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="176"/>
        <source>Published videos are copied into this folder; nothing is ever overwritten.</source>
        <translation>公開した動画はこのフォルダーにコピーされます。既存のファイルが上書きされることはありません。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="183"/>
        <source>Sign In…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="183"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="196"/>
        <source>Give the account a name.</source>
        <translation>アカウントに名前を付けてください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="201"/>
        <source>Choose the folder to publish to.</source>
        <translation>公開先のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="202"/>
        <source>Enter the server address.</source>
        <translation>サーバーアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="208"/>
        <source>The address must start with https:// (or http:// on your own network).</source>
        <translation>アドレスは https:// で始まる必要があります (自分のネットワーク内では http:// も可)。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="218"/>
        <source>Enter the client ID of your app registration (see the publishing guide).</source>
        <translation>アプリ登録のクライアント ID を入力してください (公開ガイドを参照)。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="222"/>
        <source>Enter the bucket and both keys.</source>
        <translation>バケットと両方のキーを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="225"/>
        <source>Enter your user name and password.</source>
        <translation>ユーザー名とパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="258"/>
        <source>Opening your browser…</source>
        <translation>ブラウザーを開いています…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="269"/>
        <source>The sign-in was not completed (refused in the browser, or started again). Try again.</source>
        <translation>サインインが完了しませんでした (ブラウザーで拒否されたか、やり直されました)。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="270"/>
        <source>The sign-in did not finish: %1</source>
        <translation>サインインが完了しませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="281"/>
        <source>An account named “%1” exists already. Choose another name.</source>
        <translation>「%1」という名前のアカウントはすでに存在します。別の名前を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="282"/>
        <source>The account could not be saved: %1</source>
        <translation>アカウントを保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/add_account_dialog.cpp" line="311"/>
        <source>Sign-in cancelled.</source>
        <translation>サインインをキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AnalysisPanel</name>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="44"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="45"/>
        <location filename="../ui/analysis/analysis_panel.cpp" line="152"/>
        <source>Analyze</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="63"/>
        <source>Stop analysing. Nothing half-done is kept.</source>
        <translation>分析を停止します。途中までの結果は保持されません。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="66"/>
        <source>Find scenes, silences, loudness, faces and speech. Results are kept, so the next time this clip opens they show at once.</source>
        <translation>シーン、無音、ラウドネス、顔、音声を検出します。結果は保存されるため、次にこのクリップを開いたときにすぐ表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="69"/>
        <source>Faces</source>
        <translation>顔</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="72"/>
        <source>Show the faces found in the clip as boxes over the preview</source>
        <translation>クリップで見つかった顔をプレビュー上に枠で表示します</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="150"/>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="151"/>
        <source>Complete Analysis</source>
        <translation>分析を完了</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="159"/>
        <source>Looking for earlier analysis…</source>
        <translation>以前の分析を探しています…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="162"/>
        <source>Not analysed yet.</source>
        <translation>まだ分析されていません。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="166"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="167"/>
        <source>Analysing… %1%</source>
        <translation>分析中… %1%</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="173"/>
        <source>The analysis failed: %1</source>
        <translation>分析に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="227"/>
        <source>%n scene change(s)</source>
        <translation>
            <numerusform>シーン切り替え %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="229"/>
        <source>%n silence(s)</source>
        <translation>
            <numerusform>無音 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/analysis/analysis_panel.cpp" line="231"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 語</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>faces found</source>
        <translation>顔を検出</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="233"/>
        <source>no faces</source>
        <translation>顔なし</translation>
    </message>
    <message>
        <location filename="../ui/analysis/analysis_panel.cpp" line="234"/>
        <source>Analysed.</source>
        <translation>分析済み。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::AssetDetailPanel</name>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="19"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="176"/>
        <source>Unknown</source>
        <translation>不明</translation>
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
        <translation>フルレンジ</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="43"/>
        <source>limited range</source>
        <translation>リミテッドレンジ</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="44"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="231"/>
        <source>Not specified</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="54"/>
        <source>Select an item in the library to see its details.</source>
        <translation>ライブラリで項目を選択すると、詳細が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="174"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="175"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="229"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="177"/>
        <source>Duration</source>
        <translation>再生時間</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="178"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="179"/>
        <source>Bit rate</source>
        <translation>ビットレート</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="181"/>
        <source>Imported</source>
        <translation>読み込み日時</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="182"/>
        <source>%1 at %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="185"/>
        <source>Storage</source>
        <translation>保存方法</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="186"/>
        <source>Copied into the library</source>
        <translation>ライブラリにコピー</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="187"/>
        <source>Linked to the original file</source>
        <translation>元のファイルにリンク</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="190"/>
        <source>Imported from</source>
        <translation>読み込み元</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="190"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="197"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="197"/>
        <source>Video %1</source>
        <translation>ビデオ %1</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="199"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="217"/>
        <source>Codec</source>
        <translation>コーデック</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="200"/>
        <source>Resolution</source>
        <translation>解像度</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="203"/>
        <source>Rotation</source>
        <translation>回転</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="204"/>
        <source>%1° (stored as %2)</source>
        <translation>%1°（保存時は %2）</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="206"/>
        <source>Frame rate</source>
        <translation>フレームレート</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="207"/>
        <source>Pixel format</source>
        <translation>ピクセルフォーマット</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="208"/>
        <source>Bit depth</source>
        <translation>ビット深度</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/detail/asset_detail_panel.cpp" line="208"/>
        <source>%n bit(s)</source>
        <translation>
            <numerusform>%n ビット</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="209"/>
        <source>Colour</source>
        <translation>カラー</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="210"/>
        <source>Dynamic range</source>
        <translation>ダイナミックレンジ</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="216"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="216"/>
        <source>Audio %1</source>
        <translation>オーディオ %1</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="218"/>
        <source>Sample rate</source>
        <translation>サンプルレート</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="220"/>
        <source>Channels</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="222"/>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="230"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/detail/asset_detail_panel.cpp" line="228"/>
        <source>Subtitles %1</source>
        <translation>字幕 %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::DropOverlay</name>
    <message>
        <location filename="../ui/import/drop_overlay.cpp" line="64"/>
        <source>Drop to import</source>
        <translation>ドロップして読み込み</translation>
    </message>
    <message>
        <location filename="../ui/import/drop_overlay.cpp" line="68"/>
        <source>Videos, audio files and whole folders are welcome.</source>
        <translation>動画、音声ファイル、フォルダーをまるごと読み込めます。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ImportIssuesPanel</name>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="29"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="30"/>
        <source>Clear this list</source>
        <translation>このリストをクリア</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="34"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="34"/>
        <source>Why it was not imported</source>
        <translation>読み込まれなかった理由</translation>
    </message>
    <message>
        <location filename="../ui/import/import_issues_panel.cpp" line="64"/>
        <source>Duplicate of an item already in the library</source>
        <translation>ライブラリにすでにある項目と重複しています</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_issues_panel.cpp" line="117"/>
        <source>%n file(s) not added to your library</source>
        <translation>
            <numerusform>%n 個のファイルがライブラリに追加されませんでした</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ImportProgressWidget</name>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="26"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="37"/>
        <source>Stop importing. Files already imported stay in the library.</source>
        <translation>読み込みを中止します。読み込み済みのファイルはライブラリに残ります。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="72"/>
        <source>Preparing to import %n item(s)…</source>
        <translation>
            <numerusform>%n 個の項目の読み込みを準備中…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="86"/>
        <source>Importing %1 of %2 · %3</source>
        <translation>%2 件中 %1 件目を読み込み中 · %3</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="91"/>
        <source>Finishing import…</source>
        <translation>読み込みを完了しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="110"/>
        <source>Import cancelled. %n file(s) imported.</source>
        <translation>
            <numerusform>読み込みをキャンセルしました。%n 個のファイルを読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="111"/>
        <source>%n file(s) imported.</source>
        <translation>
            <numerusform>%n 個のファイルを読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="113"/>
        <source>%n already in the library.</source>
        <translation>
            <numerusform>%n 個はすでにライブラリにあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="115"/>
        <source>%n could not be imported.</source>
        <translation>
            <numerusform>%n 個は読み込めませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="141"/>
        <source>Cancelling…</source>
        <translation>キャンセルしています…</translation>
    </message>
    <message>
        <location filename="../ui/import/import_progress_widget.cpp" line="149"/>
        <source>A few seconds left</source>
        <translation>残り数秒</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="151"/>
        <source>About %n second(s) left</source>
        <translation>
            <numerusform>残り約 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/import/import_progress_widget.cpp" line="152"/>
        <source>About %n minute(s) left</source>
        <translation>
            <numerusform>残り約 %n 分</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::JobInfoDialog</name>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="55"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="70"/>
        <source>Working it out…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="71"/>
        <source>Copy the text to the clipboard</source>
        <translation>テキストをクリップボードにコピーします</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="87"/>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="124"/>
        <source>ffmpeg Command — %1</source>
        <translation>ffmpeg コマンド — %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="126"/>
        <source>ReelForge does this with its own engine. This ffmpeg command line gives the same result, for reference or to share when asking for help.</source>
        <translation>ReelForge は独自のエンジンでこの処理を行います。この ffmpeg コマンドラインでも同じ結果が得られます。参考用や、サポートを求める際の共有にお使いください。</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="139"/>
        <source>This job has no ffmpeg equivalent.</source>
        <translation>このジョブに相当する ffmpeg コマンドはありません。</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="151"/>
        <source>Log — %1</source>
        <translation>ログ — %1</translation>
    </message>
    <message>
        <location filename="../ui/queue/job_info_dialog.cpp" line="155"/>
        <source>Fix the cause, then choose Retry to run the job again.</source>
        <translation>原因を解決してから「再試行」を選ぶと、ジョブをもう一度実行します。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::LibraryModel</name>
    <message>
        <location filename="../ui/library/library_model.cpp" line="71"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::LibraryView</name>
    <message>
        <location filename="../ui/library/library_view.cpp" line="33"/>
        <source>Newest first</source>
        <translation>新しい順</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="35"/>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="37"/>
        <source>Title A–Z</source>
        <translation>タイトル (A–Z)</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="39"/>
        <source>Longest first</source>
        <translation>長い順</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="41"/>
        <source>Shortest first</source>
        <translation>短い順</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="43"/>
        <source>Highest resolution</source>
        <translation>解像度が高い順</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="45"/>
        <source>Largest file</source>
        <translation>ファイルサイズが大きい順</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="62"/>
        <source>Grid</source>
        <translation>グリッド</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="63"/>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="86"/>
        <location filename="../ui/library/library_view.cpp" line="128"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="133"/>
        <source>Search titles and file names</source>
        <translation>タイトルとファイル名を検索</translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="141"/>
        <source>Sort the library</source>
        <translation>ライブラリを並べ替え</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_view.cpp" line="261"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/library/library_view.cpp" line="262"/>
        <source>%1 of %n item(s)</source>
        <translation>
            <numerusform>%n 項目中 %1 項目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/library/library_view.cpp" line="264"/>
        <source>Nothing matches “%1”.</source>
        <translation>「%1」に一致する項目はありません。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::LoudnessReadout</name>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="20"/>
        <source>EBU R128: integrated loudness over the whole clip, loudness range (how much it varies) and true peak.</source>
        <translation>EBU R128: クリップ全体の統合ラウドネス、ラウドネスレンジ (変動の大きさ)、トゥルーピーク。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="50"/>
        <source>integrated</source>
        <translation>統合</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="51"/>
        <source>range</source>
        <translation>レンジ</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="52"/>
        <source>true peak</source>
        <translation>トゥルーピーク</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="54"/>
        <source>YouTube’s %1</source>
        <translation>YouTube の %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="56"/>
        <source>the %1 podcasts aim for</source>
        <translation>ポッドキャストの目安 %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/loudness_readout.cpp" line="58"/>
        <source>The sound is silent throughout.</source>
        <translation>音声は全体を通して無音です。</translation>
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
        <translation>ライブラリの場所</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="150"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="151"/>
        <source>Transcript</source>
        <translation>文字起こし</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="152"/>
        <source>Thumbnails</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="158"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="164"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="169"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="179"/>
        <source>&amp;Playback</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="183"/>
        <source>P&amp;rocess</source>
        <translation>処理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="187"/>
        <source>P&amp;ublish</source>
        <translation>公開(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="189"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="195"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="259"/>
        <source>The sample videos could not be made: %1</source>
        <translation>サンプル動画を作成できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="274"/>
        <source>The library could not be read: %1</source>
        <translation>ライブラリを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>Import Files</source>
        <translation>ファイルを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="299"/>
        <source>Videos and audio (%1);;All files (*)</source>
        <translation>動画と音声 (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="313"/>
        <source>Import Folder</source>
        <translation>フォルダーを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="325"/>
        <source>Making sample videos…</source>
        <translation>サンプル動画を作成しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="349"/>
        <source>%n item(s) could not be removed.</source>
        <translation>
            <numerusform>%n 個の項目を削除できませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/main_window.cpp" line="352"/>
        <source>Removed %n item(s) from the library.</source>
        <translation>
            <numerusform>%n 個の項目をライブラリから削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="369"/>
        <source>The new library location is used the next time you start ReelForge.</source>
        <translation>新しいライブラリの場所は、次回 ReelForge を起動したときに使われます。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="374"/>
        <source>About ReelForge</source>
        <translation>ReelForge について</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="375"/>
        <source>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;A desktop video studio for creators.&lt;/p&gt;&lt;p&gt;Import, analyse, edit with recipes and publish — offline first.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ReelForge %1&lt;/h3&gt;&lt;p&gt;クリエイターのためのデスクトップ動画スタジオ。&lt;/p&gt;&lt;p&gt;読み込み、分析、レシピによる編集、公開まで — オフラインファーストで。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PresetEditor</name>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="95"/>
        <source>Edit Preset</source>
        <translation>プリセットを編集</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="147"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="148"/>
        <source>Description:</source>
        <translation>説明:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="149"/>
        <source>Container:</source>
        <translation>コンテナー:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="150"/>
        <source>Extension:</source>
        <translation>拡張子:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="152"/>
        <source>Video</source>
        <translation>ビデオ</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="161"/>
        <source>Any encoder for this codec</source>
        <translation>このコーデックの任意のエンコーダー</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="162"/>
        <source>Encoders to try in order, separated by commas, e.g. “libx264”</source>
        <translation>順に試すエンコーダー (カンマ区切り、例:「libx264」)</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="163"/>
        <location filename="../ui/presets/preset_editor.cpp" line="165"/>
        <location filename="../ui/presets/preset_editor.cpp" line="211"/>
        <location filename="../ui/presets/preset_editor.cpp" line="214"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="169"/>
        <source>Fit inside, add bars</source>
        <translation>収まるように縮小し、余白を追加</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="170"/>
        <source>Fill the frame, crop the edges</source>
        <translation>フレームを埋め、端をトリミング</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="171"/>
        <source>Fit inside, never add bars</source>
        <translation>収まるように縮小し、余白は追加しない</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="174"/>
        <source>Same as source</source>
        <translation>ソースと同じ</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="175"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="177"/>
        <source>Constant quality: lower is better and bigger. Off uses the bit rate.</source>
        <translation>固定品質: 値が小さいほど高画質でサイズが大きくなります。オフにするとビットレートを使用します。</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="180"/>
        <source>e.g. 8M</source>
        <translation>例: 8M</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="183"/>
        <source>Encoder default</source>
        <translation>エンコーダーの既定値</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="184"/>
        <source>The encoder&apos;s speed preset, e.g. “veryfast”, “medium” or “slow”</source>
        <translation>エンコーダーの速度プリセット (例:「veryfast」「medium」「slow」)</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="185"/>
        <source>Use a hardware encoder when one is available</source>
        <translation>利用可能な場合はハードウェアエンコーダーを使用</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="189"/>
        <location filename="../ui/presets/preset_editor.cpp" line="217"/>
        <source>Codec:</source>
        <translation>コーデック:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="190"/>
        <source>Encoders:</source>
        <translation>エンコーダー:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="191"/>
        <source>Size:</source>
        <translation>サイズ:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="193"/>
        <source>Fit:</source>
        <translation>フィット:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="194"/>
        <source>Frame rate:</source>
        <translation>フレームレート:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="195"/>
        <source>Quality (CRF):</source>
        <translation>品質 (CRF):</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="196"/>
        <location filename="../ui/presets/preset_editor.cpp" line="218"/>
        <source>Bit rate:</source>
        <translation>ビットレート:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="198"/>
        <source>Speed:</source>
        <translation>速度:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="201"/>
        <source>Audio</source>
        <translation>オーディオ</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="210"/>
        <source>e.g. 192k</source>
        <translation>例: 192k</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="213"/>
        <source> Hz</source>
        <translation> Hz</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="219"/>
        <source>Sample rate:</source>
        <translation>サンプルレート:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="220"/>
        <source>Channels:</source>
        <translation>チャンネル:</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="226"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../ui/presets/preset_editor.cpp" line="360"/>
        <source>Another preset already has this name.</source>
        <translation>この名前は別のプリセットで使われています。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PresetsDialog</name>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="32"/>
        <source>source size</source>
        <translation>ソースのサイズ</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="34"/>
        <source>source frame rate</source>
        <translation>ソースのフレームレート</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="36"/>
        <source>quality %1</source>
        <translation>品質 %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="49"/>
        <source>source sample rate</source>
        <translation>ソースのサンプルレート</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="50"/>
        <source>source channels</source>
        <translation>ソースのチャンネル</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="57"/>
        <source>File: .%1 (%2)</source>
        <translation>ファイル: .%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="58"/>
        <source>Video: %1</source>
        <translation>ビデオ: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="58"/>
        <location filename="../ui/presets/presets_dialog.cpp" line="59"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="59"/>
        <source>Audio: %1</source>
        <translation>オーディオ: %1</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="62"/>
        <source>Built-in presets cannot be changed. Duplicate one to make your own.</source>
        <translation>組み込みプリセットは変更できません。複製して独自のプリセットを作成してください。</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="86"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="87"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="88"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="89"/>
        <source>Export…</source>
        <translation>書き出し…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="92"/>
        <source>Presets</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="108"/>
        <source>Make a copy of this preset that you can change</source>
        <translation>変更可能なこのプリセットのコピーを作成します</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="112"/>
        <source>Save this preset to a file to share or back it up</source>
        <translation>共有やバックアップのためにこのプリセットをファイルに保存します</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="113"/>
        <source>Import…</source>
        <translation>読み込み…</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="115"/>
        <source>Add a preset from a file</source>
        <translation>ファイルからプリセットを追加します</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="175"/>
        <source>YOUR PRESETS</source>
        <translation>マイプリセット</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="176"/>
        <source>BUILT-IN</source>
        <translation>組み込み</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="212"/>
        <source>No preset selected</source>
        <translation>プリセットが選択されていません</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="259"/>
        <source>Made “%1”, a copy of “%2”. Edit it to make it your own.</source>
        <translation>「%2」のコピー「%1」を作成しました。編集して自分用にしてください。</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="273"/>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="285"/>
        <source>Delete Preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="286"/>
        <source>Delete the preset “%1”?</source>
        <translation>プリセット「%1」を削除しますか？</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="288"/>
        <source>Jobs already in the queue keep their settings. This cannot be undone.</source>
        <translation>キューにあるジョブは現在の設定のまま実行されます。この操作は元に戻せません。</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="289"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="302"/>
        <source>Deleted “%1”.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="310"/>
        <source>Import Preset</source>
        <translation>プリセットを読み込む</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="311"/>
        <location filename="../ui/presets/presets_dialog.cpp" line="327"/>
        <source>Presets (*.json)</source>
        <translation>プリセット (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="326"/>
        <source>Export Preset</source>
        <translation>プリセットを書き出す</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="341"/>
        <source>“%1” was not imported. %2</source>
        <translation>「%1」は読み込まれませんでした。%2</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="349"/>
        <source>Imported “%1”, replacing your preset of that name.</source>
        <translation>「%1」を読み込み、同じ名前のプリセットを置き換えました。</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="350"/>
        <source>Imported “%1”.</source>
        <translation>「%1」を読み込みました。</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="359"/>
        <source>“%1” was not exported. %2</source>
        <translation>「%1」は書き出されませんでした。%2</translation>
    </message>
    <message>
        <location filename="../ui/presets/presets_dialog.cpp" line="362"/>
        <source>Exported “%1” to %2.</source>
        <translation>「%1」を %2 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PreviewPlayer</name>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="44"/>
        <location filename="../ui/preview/preview_player.cpp" line="112"/>
        <source>Nothing to preview</source>
        <translation>プレビューする項目がありません</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="55"/>
        <location filename="../ui/preview/preview_player.cpp" line="183"/>
        <source>Play (Space)</source>
        <translation>再生 (スペース)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="60"/>
        <source>Seek</source>
        <translation>シーク</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="112"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="183"/>
        <source>Pause (Space)</source>
        <translation>一時停止 (スペース)</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="206"/>
        <source>Audio only</source>
        <translation>音声のみ</translation>
    </message>
    <message>
        <location filename="../ui/preview/preview_player.cpp" line="211"/>
        <location filename="../ui/preview/preview_player.cpp" line="224"/>
        <source>This file cannot be previewed.</source>
        <translation>このファイルはプレビューできません。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ProcessDialog</name>
    <message numerus="yes">
        <location filename="../ui/process/process_dialog.cpp" line="28"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ほか %n 本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="43"/>
        <location filename="../ui/process/process_dialog.cpp" line="86"/>
        <source>Process</source>
        <translation>処理</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/process/process_dialog.cpp" line="46"/>
        <source>Process %n video(s)</source>
        <translation>
            <numerusform>%n 本の動画を処理</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="59"/>
        <source>No description.</source>
        <translation>説明はありません。</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="61"/>
        <source>Your preset. %1</source>
        <translation>マイプリセット。%1</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="72"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="73"/>
        <source>Library Folder</source>
        <translation>ライブラリフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="74"/>
        <source>Put the results in the library&apos;s artifacts folder</source>
        <translation>結果をライブラリの生成物フォルダーに保存します</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="79"/>
        <source>Files are written under a temporary name and appear here only once they are complete. Existing files are never overwritten.</source>
        <translation>ファイルは一時的な名前で書き込まれ、完成してからここに表示されます。既存のファイルが上書きされることはありません。</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="93"/>
        <source>OUTPUT PRESET</source>
        <translation>出力プリセット</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="95"/>
        <source>SAVE TO</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="158"/>
        <source>Choose where the results go</source>
        <translation>結果の保存先を選択します</translation>
    </message>
    <message>
        <location filename="../ui/process/process_dialog.cpp" line="166"/>
        <source>Choose a preset.</source>
        <translation>プリセットを選択してください。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ProcessingController</name>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="34"/>
        <location filename="../ui/process/processing_controller.cpp" line="44"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="54"/>
        <source>This video is no longer in your library.</source>
        <translation>この動画はもうライブラリにありません。</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="75"/>
        <source>When Files Are Dropped</source>
        <translation>ファイルをドロップしたとき</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="80"/>
        <source>Presets…</source>
        <translation>プリセット…</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="82"/>
        <source>Duplicate, edit, import and export output presets</source>
        <translation>出力プリセットの複製、編集、読み込み、書き出し</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="115"/>
        <source>Dropped files are imported only.</source>
        <translation>ドロップしたファイルは読み込むだけです。</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="116"/>
        <source>Dropped files are imported, then processed with “%1”.</source>
        <translation>ドロップしたファイルは読み込まれた後、「%1」で処理されます。</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="120"/>
        <source>Import Only</source>
        <translation>読み込みのみ</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="120"/>
        <source>Add dropped files to the library and do nothing else</source>
        <translation>ドロップしたファイルをライブラリに追加するだけで、ほかには何もしません</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="123"/>
        <source>Import and Process with “%1”</source>
        <translation>読み込んで「%1」で処理</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="135"/>
        <source>Select one or more videos in the library first.</source>
        <translation>先にライブラリで動画を 1 本以上選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/process/processing_controller.cpp" line="161"/>
        <source>Importing; each file is then processed with “%1”.</source>
        <translation>読み込み中です。各ファイルはその後「%1」で処理されます。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublicationsModel</name>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="95"/>
        <source>Removed account</source>
        <translation>削除されたアカウント</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="96"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="102"/>
        <source>Retrying at %1</source>
        <translation>%1 に再試行</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="105"/>
        <source>Scheduled for %1</source>
        <translation>%1 に予約済み</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="108"/>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="110"/>
        <source>Published (private)</source>
        <translation>公開済み (非公開)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="129"/>
        <source>%1% sent</source>
        <translation>%1% 送信済み</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="130"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="197"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="199"/>
        <source>Destination</source>
        <translation>公開先</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="201"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="203"/>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_model.cpp" line="205"/>
        <source>Link or problem</source>
        <translation>リンクまたは問題</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublicationsPanel</name>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="80"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="81"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="82"/>
        <source>Open Link</source>
        <translation>リンクを開く</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="83"/>
        <source>Copy Link</source>
        <translation>リンクをコピー</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="86"/>
        <source>Publications</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="96"/>
        <source>Try a failed or cancelled publication again, continuing where it stopped</source>
        <translation>失敗またはキャンセルした公開を、停止した位置から再試行します</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="97"/>
        <source>Stop this upload or scheduled publication</source>
        <translation>このアップロードまたは予約公開を停止します</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="145"/>
        <source>Link copied.</source>
        <translation>リンクをコピーしました。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="156"/>
        <source>The publications could not be read: %1</source>
        <translation>公開情報を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="184"/>
        <source>This publication cannot be retried: %1</source>
        <translation>この公開は再試行できません: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="195"/>
        <source>This publication cannot be cancelled: %1</source>
        <translation>この公開はキャンセルできません: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publications_panel.cpp" line="205"/>
        <source>No application could open %1.</source>
        <translation>%1 を開けるアプリケーションがありませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="233"/>
        <source>%n uploading</source>
        <translation>
            <numerusform>アップロード中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="235"/>
        <source>%n waiting or scheduled</source>
        <translation>
            <numerusform>待機中または予約済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publications_panel.cpp" line="237"/>
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublishDialog</name>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="36"/>
        <source>sign-in expired</source>
        <translation>サインイン期限切れ</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="38"/>
        <source>not reachable now</source>
        <translation>現在接続できません</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="59"/>
        <source>Publish “%1”</source>
        <translation>「%1」を公開</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="62"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="72"/>
        <source>Publish</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="100"/>
        <source>Destinations</source>
        <translation>公開先</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="104"/>
        <source>Add Account…</source>
        <translation>アカウントを追加…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="113"/>
        <source>Reconnect</source>
        <translation>再接続</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="149"/>
        <source>What the video is about</source>
        <translation>動画の内容</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="152"/>
        <source>Separated by commas</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="159"/>
        <source>Optional: a JPEG or PNG image; the platform picks one otherwise</source>
        <translation>省略可: JPEG または PNG 画像。省略するとプラットフォームが選択します</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="162"/>
        <source>Choose Image…</source>
        <translation>画像を選択…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="164"/>
        <location filename="../ui/publishing/publish_dialog.cpp" line="192"/>
        <source>Thumbnail</source>
        <translation>サムネイル</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="165"/>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>画像 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="170"/>
        <source>Publish now</source>
        <translation>今すぐ公開</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="172"/>
        <source>Schedule for</source>
        <translation>公開日時を予約</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="188"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="189"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="190"/>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="191"/>
        <source>Privacy</source>
        <translation>公開設定</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="193"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="217"/>
        <source>There is no account to publish to yet. Add one first.</source>
        <translation>公開先のアカウントがまだありません。先に追加してください。</translation>
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
            <numerusform>%1 のサインインの有効期限が切れました。公開する前に再接続してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="339"/>
        <source>Tick at least one destination.</source>
        <translation>公開先を 1 つ以上選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="344"/>
        <source>Give the video a title.</source>
        <translation>動画にタイトルを付けてください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="346"/>
        <source>The scheduled time has passed. Choose a time in the future, or publish now.</source>
        <translation>予約した日時を過ぎています。未来の日時を選択するか、今すぐ公開してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publish_dialog.cpp" line="348"/>
        <source>The thumbnail image could not be found.</source>
        <translation>サムネイル画像が見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::PublishingController</name>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="33"/>
        <location filename="../ui/publishing/publishing_controller.cpp" line="46"/>
        <source>Publications</source>
        <translation>公開</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="34"/>
        <source>Publish…</source>
        <translation>公開…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="35"/>
        <source>Accounts…</source>
        <translation>アカウント…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="39"/>
        <source>Publish the selected video to your accounts, now or at a set time</source>
        <translation>選択した動画をアカウントに今すぐ、または指定日時に公開します</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="109"/>
        <source>Select a video in the library first.</source>
        <translation>先にライブラリで動画を選択してください。</translation>
    </message>
    <message>
        <location filename="../ui/publishing/publishing_controller.cpp" line="114"/>
        <source>This video is no longer in your library.</source>
        <translation>この動画はもうライブラリにありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/publishing_controller.cpp" line="158"/>
        <source>%n publication(s) added; follow them under Publications.</source>
        <translation>
            <numerusform>%n 件の公開を追加しました。「公開」で進行状況を確認できます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueActions</name>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="51"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="51"/>
        <source>Hold the selected jobs where they are</source>
        <translation>選択したジョブを現在の位置で止めます</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="53"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="53"/>
        <source>Continue the selected paused jobs</source>
        <translation>一時停止中の選択したジョブを続行します</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="54"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="55"/>
        <source>Stop the selected jobs and delete what they have written so far</source>
        <translation>選択したジョブを停止し、それまでに書き込んだ内容を削除します</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="56"/>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="56"/>
        <source>Queue the selected failed or cancelled jobs again</source>
        <translation>失敗またはキャンセルした選択中のジョブをもう一度キューに追加します</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="58"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="59"/>
        <source>Run this job before the one above it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation>このジョブを上のジョブより先に実行します。優先度の高いジョブから実行され、同じ優先度のジョブは追加した順に実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="62"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="63"/>
        <source>Run this job after the one below it. Jobs with a higher priority run first; jobs with the same priority run in the order they were added.</source>
        <translation>このジョブを下のジョブの後に実行します。優先度の高いジョブから実行され、同じ優先度のジョブは追加した順に実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="66"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="67"/>
        <source>Runs before jobs with normal priority</source>
        <translation>通常の優先度のジョブより先に実行されます</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="68"/>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="68"/>
        <source>Runs in the order it was added</source>
        <translation>追加した順に実行されます</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="69"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="69"/>
        <source>Runs after jobs with normal priority</source>
        <translation>通常の優先度のジョブの後に実行されます</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="70"/>
        <location filename="../ui/queue/queue_actions.cpp" line="138"/>
        <source>Open Output Folder</source>
        <translation>出力フォルダーを開く</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="71"/>
        <source>Show the folder the finished file was written to</source>
        <translation>完成したファイルが書き込まれたフォルダーを表示します</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="72"/>
        <source>Reveal in Library</source>
        <translation>ライブラリで表示</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="73"/>
        <source>Select the video this job was made from in the library</source>
        <translation>このジョブの元になった動画をライブラリで選択します</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="74"/>
        <source>Publish Output…</source>
        <translation>出力を公開…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="75"/>
        <source>Publish the file this job made to your accounts</source>
        <translation>このジョブが作成したファイルをアカウントに公開します</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="76"/>
        <source>Show ffmpeg Command…</source>
        <translation>ffmpeg コマンドを表示…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="77"/>
        <source>The ffmpeg command line that gives the same result, for reference or support</source>
        <translation>同じ結果が得られる ffmpeg コマンドライン (参考用・サポート用)</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="79"/>
        <source>Show Log…</source>
        <translation>ログを表示…</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="79"/>
        <source>What happened to this job, step by step</source>
        <translation>このジョブで起きたことを順を追って表示します</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="80"/>
        <source>Stop After Current Job</source>
        <translation>現在のジョブの後に停止</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="81"/>
        <source>Let the running jobs finish, then start no new ones until this is turned off</source>
        <translation>実行中のジョブを完了させ、この設定をオフにするまで新しいジョブを開始しません</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="84"/>
        <source>Jobs with a higher priority run first</source>
        <translation>優先度の高いジョブから実行されます</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="99"/>
        <source>Stop after current</source>
        <translation>現在のジョブ後に停止</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_actions.cpp" line="138"/>
        <source>Open Destination Folder</source>
        <translation>保存先フォルダーを開く</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueDelegate</name>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="92"/>
        <source>stopped at %1</source>
        <translation>%1 で停止</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="100"/>
        <source>stopped when ReelForge closed</source>
        <translation>ReelForge の終了時に停止</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="105"/>
        <source>high priority</source>
        <translation>優先度: 高</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="107"/>
        <source>low priority</source>
        <translation>優先度: 低</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_delegate.cpp" line="109"/>
        <source>priority %1</source>
        <translation>優先度 %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueueNotices</name>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready.</source>
        <translation>「%1」の準備ができました。</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="39"/>
        <source>“%1” is ready: %2</source>
        <translation>「%1」の準備ができました: %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="42"/>
        <source>A processing job failed. The queue shows why.</source>
        <translation>処理ジョブが失敗しました。理由はキューで確認できます。</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_notices.cpp" line="43"/>
        <source>Processing “%1” failed. Choose Show Log in the queue to see why.</source>
        <translation>「%1」の処理に失敗しました。理由はキューの「ログを表示」で確認できます。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::QueuePanel</name>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="68"/>
        <source>Nothing in the queue. Select videos in the library and choose &lt;b&gt;Process…&lt;/b&gt; (%1), or drop files with a preset chosen.</source>
        <translation>キューは空です。ライブラリで動画を選択して &lt;b&gt;処理…&lt;/b&gt; (%1) を選ぶか、プリセットを選んだ状態でファイルをドロップしてください。</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="120"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="136"/>
        <source>Run at once</source>
        <translation>同時実行数</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="140"/>
        <source>How many jobs run at the same time. More jobs at once finish a batch sooner on a fast computer, but each one runs slower.</source>
        <translation>同時に実行するジョブの数です。高速なコンピューターでは同時実行数を増やすとまとめて早く終わりますが、各ジョブは遅くなります。</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="230"/>
        <source>The queue could not be read: %1</source>
        <translation>キューを読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="289"/>
        <source>%n processing</source>
        <translation>
            <numerusform>処理中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="291"/>
        <source>%n paused</source>
        <translation>
            <numerusform>一時停止中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="293"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>待機中 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="295"/>
        <source>%n done</source>
        <translation>
            <numerusform>完了 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/queue/queue_panel.cpp" line="297"/>
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="300"/>
        <source>no new jobs start</source>
        <translation>新しいジョブは開始しません</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="336"/>
        <source>That did not work for “%1”: %2</source>
        <translation>「%1」ではうまくいきませんでした: %2</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="375"/>
        <source>The folder “%1” does not exist any more.</source>
        <translation>フォルダー「%1」はもう存在しません。</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="379"/>
        <source>The folder “%1” could not be opened.</source>
        <translation>フォルダー「%1」を開けませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="389"/>
        <source>This job has no finished file to publish.</source>
        <translation>このジョブには公開できる完成ファイルがありません。</translation>
    </message>
    <message>
        <location filename="../ui/queue/queue_panel.cpp" line="394"/>
        <source>The file “%1” does not exist any more.</source>
        <translation>ファイル「%1」はもう存在しません。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="31"/>
        <source>Copy files into the library</source>
        <translation>ファイルをライブラリにコピーする</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="32"/>
        <source>Link to files where they are</source>
        <translation>ファイルを元の場所のままリンクする</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="34"/>
        <source>Analyze new videos in the background</source>
        <translation>新しい動画をバックグラウンドで分析</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="38"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="44"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="58"/>
        <source>Copies keep working when you move or delete the originals. Links save disk space but need the original files to stay where they are.</source>
        <translation>コピーなら、元のファイルを移動・削除しても使い続けられます。リンクはディスク容量を節約できますが、元のファイルを今の場所に置いておく必要があります。</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="70"/>
        <source>Same as the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="71"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="72"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="77"/>
        <source>Scenes, silences, loudness and faces are ready when you need them. The analysis waits behind your own jobs in the queue.</source>
        <translation>シーン、無音、ラウドネス、顔の情報が必要なときにすぐ使えます。分析はキュー内で自分のジョブの後に実行されます。</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="92"/>
        <source> MB/s</source>
        <translation> MB/s</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="93"/>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="95"/>
        <source>Shared by all uploads, so publishing leaves room for everything else on your connection.</source>
        <translation>すべてのアップロードで共有されるため、公開中も回線のほかの用途に余裕が残ります。</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="114"/>
        <source>Library location</source>
        <translation>ライブラリの場所</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="115"/>
        <source>When importing</source>
        <translation>読み込み時</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="116"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="117"/>
        <source>Upload speed</source>
        <translation>アップロード速度</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="118"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="156"/>
        <source>Choose the library folder</source>
        <translation>ライブラリフォルダーを選択</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="164"/>
        <source>ReelForge will open this library the next time you start it.</source>
        <translation>ReelForge は次回の起動時にこのライブラリを開きます。</translation>
    </message>
    <message>
        <location filename="../ui/settings/settings_dialog.cpp" line="165"/>
        <source>A new location takes effect the next time you start ReelForge.</source>
        <translation>新しい場所は、次回 ReelForge を起動したときに反映されます。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::StatusNotifier</name>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="30"/>
        <source>Import finished.</source>
        <translation>読み込みが完了しました。</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="31"/>
        <source>Import finished. Some files were not added; the list above the status bar says why.</source>
        <translation>読み込みが完了しました。一部のファイルは追加されませんでした。理由はステータスバーの上のリストで確認できます。</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="34"/>
        <source>Your video is published.</source>
        <translation>動画が公開されました。</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="35"/>
        <source>Your video is published: %1</source>
        <translation>動画が公開されました: %1</translation>
    </message>
    <message>
        <location filename="../ui/notifications/status_notifier.cpp" line="37"/>
        <source>A publication failed: %1. Retry it under Publications.</source>
        <translation>公開に失敗しました: %1。「公開」から再試行してください。</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::ThumbnailSuggestions</name>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="67"/>
        <source>Save frame as…</source>
        <translation>フレームを名前を付けて保存…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="103"/>
        <source>Frame saved to %1</source>
        <translation>フレームを %1 に保存しました</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="237"/>
        <source>Save Frame</source>
        <translation>フレームを保存</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="107"/>
        <source>The frame could not be saved: %1</source>
        <translation>フレームを保存できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="144"/>
        <source>Frame at %1 — click to show it in the preview</source>
        <translation>%1 のフレーム — クリックするとプレビューに表示します</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="163"/>
        <source>Analyze this video to get thumbnail suggestions.</source>
        <translation>この動画を分析すると、サムネイルの候補が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="165"/>
        <source>No frame stood out as a thumbnail.</source>
        <translation>サムネイルに適したフレームは見つかりませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="167"/>
        <source>Sharp, well-lit frames, best first. Click one to see it in the preview.</source>
        <translation>鮮明で明るいフレームを良い順に表示しています。クリックするとプレビューに表示します。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="234"/>
        <source>%1 at %2.jpg</source>
        <translation>%1 %2.jpg</translation>
    </message>
    <message>
        <location filename="../ui/analysis/thumbnail_suggestions.cpp" line="238"/>
        <source>JPEG image (*.jpg *.jpeg);;PNG image (*.png)</source>
        <translation>JPEG 画像 (*.jpg *.jpeg);;PNG 画像 (*.png)</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TimelineStrip</name>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="63"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="305"/>
        <source>Fade, %1 – %2</source>
        <translation>フェード、%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="307"/>
        <source>Cut at %1</source>
        <translation>%1 でカット</translation>
    </message>
    <message>
        <location filename="../ui/analysis/timeline_strip.cpp" line="314"/>
        <source>Silence, %1 – %2 (%3 s)</source>
        <translation>無音、%1 – %2 (%3 秒)</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::TranscriptPane</name>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="42"/>
        <source>Save captions…</source>
        <translation>字幕を保存…</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="53"/>
        <source>Write the transcript as captions (SubRip .srt or WebVTT .vtt)</source>
        <translation>文字起こしを字幕として書き出します (SubRip .srt または WebVTT .vtt)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="84"/>
        <source>Analyze this video to see what is said in it.</source>
        <translation>この動画を分析すると、話されている内容が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="89"/>
        <source>No speech was recognised.</source>
        <translation>音声は認識されませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="93"/>
        <source>Recognised automatically: some words may be wrong. Click a word to jump to it.</source>
        <translation>自動認識のため、一部の単語が正しくない場合があります。単語をクリックするとその位置に移動します。</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <location filename="../ui/analysis/transcript_pane.cpp" line="242"/>
        <source>Save Captions</source>
        <translation>字幕を保存</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="233"/>
        <source>captions.srt</source>
        <translation>字幕.srt</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="234"/>
        <source>SubRip captions (*.srt);;WebVTT captions (*.vtt)</source>
        <translation>SubRip 字幕 (*.srt);;WebVTT 字幕 (*.vtt)</translation>
    </message>
    <message>
        <location filename="../ui/analysis/transcript_pane.cpp" line="243"/>
        <source>The captions could not be saved: %1</source>
        <translation>字幕を保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>reelforge::ui::WelcomePage</name>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="17"/>
        <source>Add sample videos</source>
        <translation>サンプル動画を追加</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="18"/>
        <source>Import files…</source>
        <translation>ファイルを読み込む…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="19"/>
        <source>Import a folder…</source>
        <translation>フォルダーを読み込む…</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="28"/>
        <source>Your library is empty</source>
        <translation>ライブラリは空です</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="32"/>
        <source>Drag videos, audio files or whole folders anywhere onto this window to import them. Or try ReelForge right away with two short sample clips made on your computer.</source>
        <translation>動画、音声ファイル、フォルダーをこのウインドウのどこかにドラッグすると読み込めます。お使いのコンピューターで作成する 2 本の短いサンプルクリップで、ReelForge をすぐに試すこともできます。</translation>
    </message>
    <message>
        <location filename="../ui/welcome/welcome_page.cpp" line="92"/>
        <source>Making two sample clips (colour bars with a tone)…</source>
        <translation>2 本のサンプルクリップを作成しています（カラーバーとトーン）…</translation>
    </message>
</context>
</TS>
