#include "adapters/media/transcode_audio.h"

#include "adapters/media/filter_graph.h"
#include "adapters/media/transcode_encoder.h"

#include <array>
#include <limits>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::min();

// RAII for an AVChannelLayout value (custom layouts own a map).
struct ChannelLayout {
    AVChannelLayout value {};
    ChannelLayout() = default;
    ChannelLayout(const ChannelLayout&) = delete;
    ChannelLayout& operator=(const ChannelLayout&) = delete;
    ChannelLayout(ChannelLayout&&) = delete;
    ChannelLayout& operator=(ChannelLayout&&) = delete;
    ~ChannelLayout() { av_channel_layout_uninit(&value); }
};

QString layoutName(const AVChannelLayout& layout)
{
    std::array<char, 128> text {};
    av_channel_layout_describe(&layout, text.data(), text.size());
    return QString::fromLatin1(text.data());
}

class AudioPipeline final : public StreamPipeline {
public:
    AudioPipeline(PipelineContext& context, std::int64_t origin)
        : m_context(context)
        , m_origin(origin)
    {
    }

    domain::Status open(const AVStream& input, const AudioSpec& spec)
    {
        auto decoder = openDecoder(input);
        if (!decoder)
            return tl::unexpected(decoder.error());
        m_decoder = std::move(*decoder);
        // Streams that only know their channel count get libav's usual order for it.
        ChannelLayout source;
        if (m_decoder->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
            av_channel_layout_default(&source.value, m_decoder->ch_layout.nb_channels);
        else
            av_channel_layout_copy(&source.value, &m_decoder->ch_layout);

        const AVSampleFormat format = TranscodeEncoder::sampleFormatFor(spec.encoder, m_decoder->sample_fmt);
        ChannelLayout layout;
        TranscodeEncoder::channelLayoutFor(spec.encoder, source.value, spec.channels, layout.value);
        auto encoder = TranscodeEncoder::openAudio(spec.encoder, { spec.sampleRate, format, &layout.value },
            spec.options, m_context.output.needsGlobalHeader());
        if (!encoder)
            return tl::unexpected(encoder.error());
        m_encoder.emplace(std::move(*encoder));

        const QString description
            = QStringLiteral("aformat=sample_fmts=%1:sample_rates=%2:channel_layouts=%3")
                  .arg(QString::fromLatin1(av_get_sample_fmt_name(format)))
                  .arg(spec.sampleRate)
                  .arg(layoutName(layout.value));
        const FilterGraph::AudioInput in { m_decoder->sample_rate, m_decoder->sample_fmt, &source.value,
            input.time_base };
        auto graph = FilterGraph::audio(in, description, m_encoder->audioFrameSize());
        if (!graph)
            return tl::unexpected(graph.error());
        m_graph.emplace(std::move(*graph));

        auto index = m_context.output.addEncodedStream(m_encoder->context(), &input);
        if (!index)
            return tl::unexpected(index.error());
        m_outputStream = *index;
        m_decoded = makeFrame();
        m_filtered = makeFrame();
        if (!m_decoded || !m_filtered)
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        m_sink = [this](AVPacket& packet) { return write(packet); };
        m_maxGap = m_encoder->context().sample_rate / 10;
        return domain::ok();
    }

    domain::Status send(AVPacket& packet) override
    {
        return decodePacket(*m_decoder, &packet, *m_decoded, [this](AVFrame& f) { return filter(&f); });
    }

    domain::Status finish() override
    {
        if (auto s = decodePacket(*m_decoder, nullptr, *m_decoded, [this](AVFrame& f) { return filter(&f); });
            !s)
            return s;
        if (auto s = filter(nullptr); !s)
            return s;
        return m_encoder->encode(nullptr, m_sink);
    }

    QByteArray encoderName() const override { return m_encoder->name(); }

private:
    domain::Status filter(AVFrame* frame)
    {
        if (frame) {
            const std::int64_t ts = frame->best_effort_timestamp;
            frame->pts = ts == AV_NOPTS_VALUE ? AV_NOPTS_VALUE : ts - m_origin;
        }
        if (auto s = m_graph->push(frame); !s)
            return s;
        while (true) {
            auto got = m_graph->pull(*m_filtered);
            if (!got)
                return tl::unexpected(got.error());
            if (!*got)
                return domain::ok();
            const FrameRef guard(m_filtered.get());
            if (auto s = encode(*m_filtered); !s)
                return s;
        }
    }

    domain::Status encode(AVFrame& frame)
    {
        const AVRational base = m_encoder->timeBase();
        const std::int64_t filtered
            = frame.pts == AV_NOPTS_VALUE ? kNone : av_rescale_q(frame.pts, m_graph->outputTimeBase(), base);
        // Sample counting is exact; the filter's own timestamp only matters at the start and
        // after a real hole in the source.
        if (m_nextPts == kNone || (filtered != kNone && filtered - m_nextPts > m_maxGap))
            m_nextPts = filtered == kNone ? 0 : filtered;
        frame.pts = m_nextPts;
        m_nextPts += frame.nb_samples;
        return m_encoder->encode(&frame, m_sink);
    }

    domain::Status write(AVPacket& packet)
    {
        if (auto s = m_context.checkStop(); !s)
            return s;
        const std::int64_t end = packet.pts == AV_NOPTS_VALUE ? AV_NOPTS_VALUE : packet.pts + packet.duration;
        const AVRational base = m_encoder->timeBase();
        if (auto s = m_context.output.write(packet, m_outputStream, base); !s)
            return s;
        m_context.reached(end, base);
        return domain::ok();
    }

    PipelineContext& m_context;
    std::int64_t m_origin;
    CodecContextPtr m_decoder;
    std::optional<TranscodeEncoder> m_encoder;
    std::optional<FilterGraph> m_graph;
    FramePtr m_decoded;  // reused for every frame: no per-frame allocation
    FramePtr m_filtered;
    TranscodeEncoder::PacketSink m_sink;
    int m_outputStream = -1;
    std::int64_t m_nextPts = kNone;  // 1/sample rate
    std::int64_t m_maxGap = 0;
};

}  // namespace

domain::Result<std::unique_ptr<StreamPipeline>> makeAudioPipeline(
    PipelineContext& context, const AVStream& input, const AudioSpec& spec, std::int64_t origin)
{
    auto pipeline = std::make_unique<AudioPipeline>(context, origin);
    if (auto s = pipeline->open(input, spec); !s)
        return tl::unexpected(s.error());
    return std::unique_ptr<StreamPipeline>(std::move(pipeline));
}

}  // namespace reelforge::adapters
