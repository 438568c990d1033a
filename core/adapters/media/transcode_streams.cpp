#include "adapters/media/transcode_streams.h"

#include <algorithm>
#include <cerrno>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

void PipelineContext::reached(std::int64_t ts, AVRational timeBase)
{
    if (ts == AV_NOPTS_VALUE)
        return;
    const std::chrono::microseconds at(av_rescale_q(ts, timeBase, av_get_time_base_q()));
    position = std::max(position, at);
}

domain::Status PipelineContext::checkStop() const
{
    if (stopRequested && stopRequested())
        return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    return domain::ok();
}

namespace {

class CopyPipeline final : public StreamPipeline {
public:
    CopyPipeline(PipelineContext& context, const AVStream& input, int outputStream, std::int64_t origin)
        : m_context(context)
        , m_timeBase(input.time_base)
        , m_outputStream(outputStream)
        , m_origin(origin)
        , m_isVideo(input.codecpar->codec_type == AVMEDIA_TYPE_VIDEO)
        , m_isSubtitle(input.codecpar->codec_type == AVMEDIA_TYPE_SUBTITLE)
    {
    }

    domain::Status send(AVPacket& packet) override
    {
        // Packets before the first keyframe cannot be decoded by anyone; every subtitle event
        // stands on its own.
        if (!m_sawKeyframe && !m_isSubtitle && !(packet.flags & AV_PKT_FLAG_KEY))
            return domain::ok();
        m_sawKeyframe = true;
        if (packet.pts != AV_NOPTS_VALUE)
            packet.pts -= m_origin;
        if (packet.dts != AV_NOPTS_VALUE)
            packet.dts -= m_origin;
        const std::int64_t end = packet.pts == AV_NOPTS_VALUE ? AV_NOPTS_VALUE : packet.pts + packet.duration;
        if (auto s = m_context.output.write(packet, m_outputStream, m_timeBase); !s)
            return s;
        // A subtitle's end says nothing about how far the picture and sound have come.
        if (!m_isSubtitle)
            m_context.reached(end, m_timeBase);
        if (m_isVideo)
            ++m_context.videoFrames;
        return domain::ok();
    }

    domain::Status finish() override { return domain::ok(); }
    QByteArray encoderName() const override { return QByteArrayLiteral("copy"); }

private:
    PipelineContext& m_context;
    AVRational m_timeBase;
    int m_outputStream;
    std::int64_t m_origin;
    bool m_isVideo;
    bool m_isSubtitle;
    bool m_sawKeyframe = false;
};

}  // namespace

std::unique_ptr<StreamPipeline> makeCopyPipeline(
    PipelineContext& context, const AVStream& input, int outputStream, std::int64_t origin)
{
    return std::make_unique<CopyPipeline>(context, input, outputStream, origin);
}

domain::Result<CodecContextPtr> openDecoder(const AVStream& stream)
{
    installLibavLogging();
    const AVCodec* codec = avcodec_find_decoder(stream.codecpar->codec_id);
    const QString name = QString::fromLatin1(avcodec_get_name(stream.codecpar->codec_id));
    if (!codec)
        return domain::fail(ErrorCode::UnsupportedCodec,
            QStringLiteral("no %1 decoder in this FFmpeg build").arg(name), name);
    CodecContextPtr decoder(avcodec_alloc_context3(codec));
    if (!decoder)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    int err = avcodec_parameters_to_context(decoder.get(), stream.codecpar);
    if (err < 0)
        return domain::fail(
            ErrorCode::MediaUnreadable, QStringLiteral("stream parameters are unusable"), avErrorText(err));
    decoder->pkt_timebase = stream.time_base;
    decoder->thread_count = 0;
    decoder->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
    err = avcodec_open2(decoder.get(), codec, nullptr);
    if (err < 0)
        return domain::fail(ErrorCode::MediaUnreadable,
            QStringLiteral("the %1 decoder refuses this stream").arg(name), avErrorText(err));
    return decoder;
}

domain::Status decodePacket(AVCodecContext& decoder, const AVPacket* packet, AVFrame& frame,
    const std::function<domain::Status(AVFrame&)>& onFrame)
{
    int err = avcodec_send_packet(&decoder, packet);
    if (err < 0 && err != AVERROR_EOF && err != AVERROR(EAGAIN)) {
        if (err == AVERROR(ENOMEM))
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        return domain::ok();  // a damaged packet: skip it, the next keyframe recovers
    }
    while (true) {
        err = avcodec_receive_frame(&decoder, &frame);
        if (err == AVERROR(EAGAIN) || err == AVERROR_EOF)
            return domain::ok();
        if (err < 0)
            return domain::ok();  // a frame that failed to decode is dropped, not the job
        const FrameRef guard(&frame);
        if (auto s = onFrame(frame); !s)
            return s;
    }
}

}  // namespace reelforge::adapters
