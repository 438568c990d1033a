#include "adapters/media/transcode_subtitles.h"

#include <cstring>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/mem.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

constexpr AVRational kMilliseconds { 1, 1000 };
// What one encoded event may take; the ffmpeg CLI allows the same.
constexpr int kMaxEventBytes = 1024 * 1024;

struct SubtitleRef {
    AVSubtitle value {};
    SubtitleRef() = default;
    SubtitleRef(const SubtitleRef&) = delete;
    SubtitleRef& operator=(const SubtitleRef&) = delete;
    SubtitleRef(SubtitleRef&&) = delete;
    SubtitleRef& operator=(SubtitleRef&&) = delete;
    ~SubtitleRef() { avsubtitle_free(&value); }
};

domain::Error codecError(const QString& what, const QByteArray& codec, int err = 0)
{
    return { ErrorCode::UnsupportedCodec, what.arg(QString::fromLatin1(codec)),
        err < 0 ? avErrorText(err) : QString::fromLatin1(codec) };
}

class SubtitlePipeline final : public StreamPipeline {
public:
    SubtitlePipeline(PipelineContext& context, std::int64_t origin)
        : m_context(context)
        , m_origin(origin)
    {
    }

    domain::Status open(const AVStream& input, const SubtitleSpec& spec)
    {
        const AVCodec* decoder = avcodec_find_decoder(input.codecpar->codec_id);
        const QByteArray source = avcodec_get_name(input.codecpar->codec_id);
        if (!decoder)
            return tl::unexpected(codecError(QStringLiteral("no %1 decoder in this FFmpeg build"), source));
        m_decoder.reset(avcodec_alloc_context3(decoder));
        if (!m_decoder)
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        int err = avcodec_parameters_to_context(m_decoder.get(), input.codecpar);
        if (err >= 0) {
            m_decoder->pkt_timebase = input.time_base;
            err = avcodec_open2(m_decoder.get(), decoder, nullptr);
        }
        if (err < 0)
            return tl::unexpected(
                codecError(QStringLiteral("the %1 decoder refuses this stream"), source, err));

        const AVCodec* encoder = avcodec_find_encoder_by_name(spec.encoder.constData());
        if (!encoder)
            return tl::unexpected(
                codecError(QStringLiteral("no %1 encoder in this FFmpeg build"), spec.encoder));
        m_encoder.reset(avcodec_alloc_context3(encoder));
        if (!m_encoder)
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        m_encoder->time_base = av_get_time_base_q();
        m_encoder->width = input.codecpar->width;
        m_encoder->height = input.codecpar->height;
        // Text encoders take their styles from the decoder's ASS header.
        if (m_decoder->subtitle_header && m_decoder->subtitle_header_size > 0) {
            const int size = m_decoder->subtitle_header_size;
            m_encoder->subtitle_header = static_cast<uint8_t*>(av_mallocz(std::size_t(size) + 1));
            if (!m_encoder->subtitle_header)
                return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
            std::memcpy(m_encoder->subtitle_header, m_decoder->subtitle_header, std::size_t(size));
            m_encoder->subtitle_header_size = size;
        }
        if (m_context.output.needsGlobalHeader())
            m_encoder->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        err = avcodec_open2(m_encoder.get(), encoder, nullptr);
        if (err < 0)
            return tl::unexpected(
                codecError(QStringLiteral("the %1 encoder cannot be opened"), spec.encoder, err));

        auto stream = m_context.output.addEncodedStream(*m_encoder, &input);
        if (!stream)
            return tl::unexpected(stream.error());
        m_outputStream = *stream;
        m_packet = makePacket();
        m_buffer.resize(kMaxEventBytes);
        if (!m_packet)
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        return domain::ok();
    }

    domain::Status send(AVPacket& packet) override
    {
        if (packet.pts != AV_NOPTS_VALUE)
            packet.pts -= m_origin;
        if (packet.dts != AV_NOPTS_VALUE)
            packet.dts -= m_origin;
        SubtitleRef event;
        int got = 0;
        // A damaged event is skipped, as players do; the next one stands on its own.
        if (avcodec_decode_subtitle2(m_decoder.get(), &event.value, &got, &packet) < 0 || !got)
            return domain::ok();
        return encode(event.value);
    }

    domain::Status finish() override { return domain::ok(); }
    QByteArray encoderName() const override { return QByteArray(m_encoder->codec->name); }

private:
    domain::Status encode(AVSubtitle& event)
    {
        if (event.pts == AV_NOPTS_VALUE)
            return domain::ok();
        // The event's window moves into its timestamp, as the encoders and muxers expect.
        const std::int64_t start
            = event.pts + av_rescale_q(event.start_display_time, kMilliseconds, av_get_time_base_q());
        const std::uint32_t shown = event.end_display_time - event.start_display_time;
        event.pts = start;
        event.start_display_time = 0;
        event.end_display_time = shown;
        const int size
            = avcodec_encode_subtitle(m_encoder.get(), m_buffer.data(), int(m_buffer.size()), &event);
        if (size < 0)
            return tl::unexpected(codecError(QStringLiteral("the %1 encoder refuses a subtitle"),
                QByteArray(m_encoder->codec->name), size));
        if (size == 0)
            return domain::ok();
        const PacketRef guard(m_packet.get());
        if (av_new_packet(m_packet.get(), size) < 0)
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        std::memcpy(m_packet->data, m_buffer.data(), std::size_t(size));
        m_packet->pts = start;
        m_packet->dts = start;
        m_packet->duration = av_rescale_q(shown, kMilliseconds, av_get_time_base_q());
        m_packet->flags |= AV_PKT_FLAG_KEY;
        return m_context.output.write(*m_packet, m_outputStream, av_get_time_base_q());
    }

    PipelineContext& m_context;
    std::int64_t m_origin;
    CodecContextPtr m_decoder;
    CodecContextPtr m_encoder;
    PacketPtr m_packet;
    std::vector<uint8_t> m_buffer;
    int m_outputStream = -1;
};

}  // namespace

domain::Result<std::unique_ptr<StreamPipeline>> makeSubtitlePipeline(
    PipelineContext& context, const AVStream& input, const SubtitleSpec& spec, std::int64_t origin)
{
    auto pipeline = std::make_unique<SubtitlePipeline>(context, origin);
    if (auto s = pipeline->open(input, spec); !s)
        return tl::unexpected(s.error());
    return pipeline;
}

}  // namespace reelforge::adapters
