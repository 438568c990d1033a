#include "adapters/media/transcode_output.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/mem.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

domain::Error fileError(int err, const QString& path)
{
    if (err == AVERROR(ENOSPC) || err == AVERROR(EDQUOT))
        return { ErrorCode::DiskFull, QStringLiteral("disk is full"), path };
    if (err == AVERROR(EACCES) || err == AVERROR(EPERM) || err == AVERROR(EROFS))
        return { ErrorCode::PermissionDenied, QStringLiteral("output file cannot be written"), path };
    return { ErrorCode::IoError, QStringLiteral("cannot write media: ") + avErrorText(err), path };
}

domain::Status copySideData(const AVStream& from, AVStream& to, bool keepDisplayMatrix)
{
    for (int i = 0; i < from.nb_side_data; ++i) {
        const AVPacketSideData& sd = from.side_data[i];
        if (sd.type == AV_PKT_DATA_DISPLAYMATRIX && !keepDisplayMatrix)
            continue;
        uint8_t* data = av_stream_new_side_data(&to, sd.type, sd.size);
        if (!data)
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        std::memcpy(data, sd.data, sd.size);
    }
    return domain::ok();
}

// What a re-encoded stream keeps of its source: what a viewer picks a track by.
void copyTrackLabels(const AVStream& from, AVStream& to)
{
    for (const char* key : { "language", "title" }) {
        if (const AVDictionaryEntry* tag = av_dict_get(from.metadata, key, nullptr, 0))
            av_dict_set(&to.metadata, key, tag->value, 0);
    }
    to.disposition = from.disposition;
}

}  // namespace

domain::Result<TranscodeOutput> TranscodeOutput::create(const QString& path, const QByteArray& format)
{
    installLibavLogging();
    const QByteArray url = avFileUrl(path);
    AVFormatContext* raw = nullptr;
    const int err = avformat_alloc_output_context2(&raw, nullptr, format.constData(), url.constData());
    TranscodeOutput out;
    out.m_context.reset(raw);
    out.m_path = path;
    if (err < 0 || !out.m_context)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("unknown container format"),
            QString::fromLatin1(format));
    if (!(out.m_context->oformat->flags & AVFMT_NOFILE)) {
        const int openErr
            = avio_open2(&out.m_context->pb, url.constData(), AVIO_FLAG_WRITE, nullptr, nullptr);
        if (openErr < 0)
            return tl::unexpected(fileError(openErr, path));
    }
    return out;
}

bool TranscodeOutput::needsGlobalHeader() const
{
    return (m_context->oformat->flags & AVFMT_GLOBALHEADER) != 0;
}

domain::Result<int> TranscodeOutput::addEncodedStream(const AVCodecContext& encoder, const AVStream* source)
{
    if (m_headerWritten)
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("streams must be added before the header"));
    AVStream* stream = avformat_new_stream(m_context.get(), nullptr);
    if (!stream)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    const int err = avcodec_parameters_from_context(stream->codecpar, &encoder);
    if (err < 0)
        return domain::fail(
            ErrorCode::Internal, QStringLiteral("cannot describe the stream"), avErrorText(err));
    stream->time_base = encoder.time_base;  // a hint: the muxer settles its own in writeHeader
    stream->avg_frame_rate = encoder.framerate;
    // The tag players and ffprobe show as the stream's encoder, as the ffmpeg CLI writes it.
    av_dict_set(&stream->metadata, "encoder",
        (QByteArray(LIBAVCODEC_IDENT " ") + encoder.codec->name).constData(), 0);
    if (source) {
        copyTrackLabels(*source, *stream);
        if (auto s = copySideData(*source, *stream, false); !s)
            return tl::unexpected(s.error());
    }
    return stream->index;
}

domain::Result<int> TranscodeOutput::addCopiedStream(const AVStream& source)
{
    if (m_headerWritten)
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("streams must be added before the header"));
    AVStream* stream = avformat_new_stream(m_context.get(), nullptr);
    if (!stream)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    const int err = avcodec_parameters_copy(stream->codecpar, source.codecpar);
    if (err < 0)
        return domain::fail(
            ErrorCode::Internal, QStringLiteral("cannot describe the stream"), avErrorText(err));
    // Keep the source's codec tag (hvc1 vs hev1) only where this container agrees with it.
    const AVCodecTag* const* tags = m_context->oformat->codec_tag;
    unsigned int tag = 0;
    const bool keepTag = !tags
        || av_codec_get_id(tags, source.codecpar->codec_tag) == source.codecpar->codec_id
        || !av_codec_get_tag2(tags, source.codecpar->codec_id, &tag);
    stream->codecpar->codec_tag = keepTag ? source.codecpar->codec_tag : 0;
    stream->time_base = source.time_base;
    stream->avg_frame_rate = source.avg_frame_rate;
    stream->r_frame_rate = source.r_frame_rate;
    stream->disposition = source.disposition;
    av_dict_copy(&stream->metadata, source.metadata, 0);
    if (auto s = copySideData(source, *stream, true); !s)
        return tl::unexpected(s.error());
    return stream->index;
}

void TranscodeOutput::copyTags(const AVFormatContext& input)
{
    av_dict_copy(&m_context->metadata, input.metadata, 0);
    // The muxer writes its own; a stale one from the source would misreport who made the file.
    av_dict_set(&m_context->metadata, "encoder", nullptr, 0);
}

domain::Status TranscodeOutput::copyChapters(const AVFormatContext& input, std::int64_t origin)
{
    if (m_headerWritten)
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("chapters must be added before the header"));
    if (input.nb_chapters == 0)
        return domain::ok();
    if (av_reallocp_array(
            &m_context->chapters, m_context->nb_chapters + input.nb_chapters, sizeof(AVChapter*))
        < 0) {
        m_context->nb_chapters = 0;
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    }
    for (unsigned i = 0; i < input.nb_chapters; ++i) {
        const AVChapter& from = *input.chapters[i];
        const std::int64_t offset = av_rescale_q(origin, av_get_time_base_q(), from.time_base);
        if (from.end < offset)
            continue;  // ends before the output starts
        auto* to = static_cast<AVChapter*>(av_mallocz(sizeof(AVChapter)));
        if (!to)
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        to->id = from.id;
        to->time_base = from.time_base;
        to->start = std::max<std::int64_t>(from.start - offset, 0);
        to->end = from.end - offset;
        // Owned by the context from here on: avformat_free_context frees chapters and their tags.
        m_context->chapters[m_context->nb_chapters++] = to;
        av_dict_copy(&to->metadata, from.metadata, 0);
    }
    return domain::ok();
}

domain::Status TranscodeOutput::writeHeader(const AvOptionList& options)
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

domain::Status TranscodeOutput::write(AVPacket& packet, int streamIndex, AVRational timeBase)
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

domain::Status TranscodeOutput::finish()
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

}  // namespace reelforge::adapters
