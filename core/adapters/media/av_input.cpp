#include "adapters/media/av_input.h"

#include <QFileInfo>

#include <cerrno>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

domain::Status checkFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return domain::fail(ErrorCode::FileMissing, QStringLiteral("file not found"), path);
    if (info.isDir())
        return domain::fail(ErrorCode::NotMedia, QStringLiteral("a folder, not a file"), path);
    // A pipe or a device (a FIFO, /dev/zero) is never opened: reading it blocks until some
    // other program writes, or never ends. Its size of 0 says nothing about it being empty.
    if (!info.isFile())
        return domain::fail(ErrorCode::NotMedia, QStringLiteral("not a regular file"), path);
    if (!info.isReadable())
        return domain::fail(ErrorCode::PermissionDenied, QStringLiteral("file cannot be read"), path);
    if (info.size() == 0)
        return domain::fail(ErrorCode::EmptyFile, QStringLiteral("file is empty"), path);
    return domain::ok();
}

// Failures of the plain file I/O before any demuxer is involved.
domain::Error ioError(int err, const QString& path)
{
    if (err == AVERROR(ENOENT))
        return { ErrorCode::FileMissing, QStringLiteral("file not found"), path };
    if (err == AVERROR(EACCES) || err == AVERROR(EPERM))
        return { ErrorCode::PermissionDenied, QStringLiteral("file cannot be read"), path };
    return { ErrorCode::IoError, QStringLiteral("cannot read file: ") + avErrorText(err), path };
}

domain::Error notMedia(const QString& path)
{
    return { ErrorCode::NotMedia, QStringLiteral("not a recognised media file"), path };
}

domain::Error unreadable(const QString& what, int err, const QString& path)
{
    return { ErrorCode::MediaUnreadable, what + QStringLiteral(": ") + avErrorText(err), path };
}

domain::Result<AvioPtr> openFile(const QByteArray& url, const QString& path)
{
    // A playlist or concat list may name other files or URLs; the library only ever reads
    // what the creator gave it, so nested opens are limited to local files. The demuxer
    // inherits this list from the AVIOContext.
    AVDictionary* options = nullptr;
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    AVIOContext* io = nullptr;
    const int err = avio_open2(&io, url.constData(), AVIO_FLAG_READ, nullptr, &options);
    const DictionaryPtr unusedOptions(options);
    if (err < 0)
        return tl::unexpected(ioError(err, path));
    return AvioPtr(io);
}

}  // namespace

bool MediaInput::weaklyDetected() const
{
    return probeScore <= AVPROBE_SCORE_RETRY;
}

domain::Result<MediaInput> openMediaInput(const QString& path)
{
    installLibavLogging();
    if (auto status = checkFile(path); !status)
        return tl::unexpected(status.error());

    const QByteArray url = avFileUrl(path);
    MediaInput input;
    auto io = openFile(url, path);
    if (!io)
        return tl::unexpected(io.error());
    input.io = std::move(*io);

    // Probing ourselves (rather than inside avformat_open_input) keeps the score: it is what
    // tells "not media at all" from "a damaged file of a format we know" when opening fails.
    const AVInputFormat* format = nullptr;
    const int score = av_probe_input_buffer2(input.io.get(), &format, url.constData(), nullptr, 0, 0);
    if (score == AVERROR_INVALIDDATA || (score >= 0 && !format))
        return tl::unexpected(notMedia(path));
    if (score < 0)
        return tl::unexpected(ioError(score, path));
    input.probeScore = score;

    InputFormatPtr context(avformat_alloc_context());
    if (!context)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    context->pb = input.io.get();  // custom I/O: the context will not close it, MediaInput does
    // avformat_open_input frees the context itself when it fails.
    AVFormatContext* raw = context.release();
    int err = avformat_open_input(&raw, url.constData(), format, nullptr);
    if (err < 0) {
        if (err == AVERROR(ENOMEM))
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        if (input.weaklyDetected())
            return tl::unexpected(notMedia(path));
        return tl::unexpected(unreadable(QStringLiteral("cannot open media"), err, path));
    }
    input.format.reset(raw);

    err = avformat_find_stream_info(input.format.get(), nullptr);
    if (err < 0 && input.weaklyDetected())
        return tl::unexpected(notMedia(path));
    if (err < 0)
        return tl::unexpected(unreadable(QStringLiteral("cannot read stream parameters"), err, path));
    return input;
}

}  // namespace reelforge::adapters
