#include "adapters/media/av_muxer.h"

#include "adapters/media/av_encoder.h"

#include <cerrno>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

domain::Error fileError(int err, const QString& path)
{
    if (err == AVERROR(ENOSPC))
        return { ErrorCode::DiskFull, QStringLiteral("disk is full"), path };
    if (err == AVERROR(EACCES) || err == AVERROR(EPERM) || err == AVERROR(EROFS))
        return { ErrorCode::PermissionDenied, QStringLiteral("file cannot be written"), path };
    return { ErrorCode::IoError, QStringLiteral("cannot write media: ") + avErrorText(err), path };
}

} // namespace

domain::Result<Muxer> Muxer::create(const QString& path, const char* formatName)
{
    installLibavLogging();
    const QByteArray url = avFileUrl(path);
    AVFormatContext* raw = nullptr;
    const int err = avformat_alloc_output_context2(&raw, nullptr, formatName, url.constData());
    Muxer muxer;
    muxer.m_context.reset(raw);
    muxer.m_path = path;
    if (err < 0 || !muxer.m_context)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("unknown container format"),
            QString::fromUtf8(formatName));
    if (!(muxer.m_context->oformat->flags & AVFMT_NOFILE)) {
        const int openErr
            = avio_open2(&muxer.m_context->pb, url.constData(), AVIO_FLAG_WRITE, nullptr, nullptr);
        if (openErr < 0)
            return tl::unexpected(fileError(openErr, path));
    }
    return muxer;
}

bool Muxer::needsGlobalHeader() const
{
    return (m_context->oformat->flags & AVFMT_GLOBALHEADER) != 0;
}

domain::Result<int> Muxer::addStream(const Encoder& encoder)
{
    if (m_headerWritten)
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("streams must be added before the header"));
    AVStream* stream = avformat_new_stream(m_context.get(), nullptr);
    if (!stream)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    const int err = avcodec_parameters_from_context(stream->codecpar, &encoder.context());
    if (err < 0)
        return domain::fail(
            ErrorCode::Internal, QStringLiteral("cannot describe the stream"), avErrorText(err));
    // A hint only: the muxer picks its own time base in writeHeader (MP4 video: 1/15360 etc.).
    stream->time_base = encoder.timeBase();
    stream->avg_frame_rate = encoder.context().framerate;
    return stream->index;
}

domain::Status Muxer::writeHeader(const AvOptionList& options)
{
    DictionaryPtr dict = toDictionary(options);
    AVDictionary* raw = dict.release();
    const int err = avformat_write_header(m_context.get(), &raw);
    dict.reset(raw);
    if (err < 0)
        return tl::unexpected(fileError(err, m_path));
    m_headerWritten = true;
    return domain::ok();
}

domain::Status Muxer::write(AVPacket& packet, int streamIndex, AVRational timeBase)
{
    if (!m_headerWritten || streamIndex < 0 || unsigned(streamIndex) >= m_context->nb_streams)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("packet for no stream"));
    av_packet_rescale_ts(&packet, timeBase, m_context->streams[streamIndex]->time_base);
    packet.stream_index = streamIndex;
    const int err = av_interleaved_write_frame(m_context.get(), &packet);
    if (err < 0)
        return tl::unexpected(fileError(err, m_path));
    return domain::ok();
}

domain::Status Muxer::finish()
{
    if (!m_headerWritten)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("nothing was written"));
    int err = av_write_trailer(m_context.get());
    m_headerWritten = false;
    if (err < 0)
        return tl::unexpected(fileError(err, m_path));
    // Closing flushes the last buffered bytes: a full disk can still show up here.
    if (!(m_context->oformat->flags & AVFMT_NOFILE)) {
        err = avio_closep(&m_context->pb);
        if (err < 0)
            return tl::unexpected(fileError(err, m_path));
    }
    return domain::ok();
}

} // namespace reelforge::adapters
