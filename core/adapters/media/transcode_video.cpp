#include "adapters/media/transcode_video.h"

#include "adapters/media/filter_graph.h"
#include "adapters/media/transcode_encoder.h"
#include "adapters/media/transcode_filters.h"
#include "adapters/media/transcode_handles.h"

#include <algorithm>
#include <limits>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/hwcontext.h>
#include <libavutil/pixdesc.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::min();

bool isValid(AVRational r)
{
    return r.num > 0 && r.den > 0;
}

bool isFullRangeFormat(AVPixelFormat format)
{
    return format == AV_PIX_FMT_YUVJ420P || format == AV_PIX_FMT_YUVJ422P || format == AV_PIX_FMT_YUVJ444P
        || format == AV_PIX_FMT_YUVJ440P || format == AV_PIX_FMT_YUVJ411P;
}

// Scaling and bit-depth changes keep what the samples mean, so the tags stay true; RGB and
// palette outputs have no YUV matrix to tag, and the yuvj -> yuv conversion changes the range.
void copyColour(const AVCodecContext& decoder, AVPixelFormat output, TranscodeEncoder::Video& into)
{
    const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(output);
    if (!desc || (desc->flags & (AV_PIX_FMT_FLAG_RGB | AV_PIX_FMT_FLAG_PAL)))
        return;
    into.primaries = decoder.color_primaries;
    into.transfer = decoder.color_trc;
    into.space = decoder.colorspace;
    into.range = decoder.color_range;
    if (isFullRangeFormat(decoder.pix_fmt) && !isFullRangeFormat(output))
        into.range = AVCOL_RANGE_MPEG;
}

class VideoPipeline final : public StreamPipeline {
public:
    VideoPipeline(PipelineContext& context, std::int64_t origin)
        : m_context(context)
        , m_origin(origin)
    {
    }

    domain::Status open(const AVStream& input, const VideoSpec& spec)
    {
        auto decoder = openDecoder(input);
        if (!decoder)
            return tl::unexpected(decoder.error());
        m_decoder = std::move(*decoder);
        if (auto s = openDevice(spec); !s)
            return s;
        if (auto s = openGraph(input, spec); !s)
            return s;
        if (auto s = openEncoder(spec); !s)
            return s;
        auto index = m_context.output.addEncodedStream(m_encoder->context(), &input);
        if (!index)
            return tl::unexpected(index.error());
        m_outputStream = *index;
        m_inputBase = input.time_base;
        m_decoded = makeFrame();
        m_filtered = makeFrame();
        m_previous = makeFrame();
        m_repeat = makeFrame();
        if (!m_decoded || !m_filtered || !m_previous || !m_repeat)
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        m_sink = [this](AVPacket& packet) { return write(packet); };
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
        if (auto s = holdLastFrame(); !s)
            return s;
        return m_encoder->encode(nullptr, m_sink);
    }

    QByteArray encoderName() const override { return m_encoder->name(); }

private:
    domain::Status openDevice(const VideoSpec& spec)
    {
        if (spec.hardware != HardwareApi::Vaapi)
            return domain::ok();  // NVENC and QSV take frames from system memory
        AVBufferRef* raw = nullptr;
        if (const int err = av_hwdevice_ctx_create(&raw, AV_HWDEVICE_TYPE_VAAPI, nullptr, nullptr, 0);
            err < 0)
            return domain::fail(ErrorCode::UnsupportedCodec,
                QStringLiteral("the VAAPI device cannot be opened"), avErrorText(err));
        m_device.reset(raw);
        return domain::ok();
    }

    domain::Status openGraph(const AVStream& input, const VideoSpec& spec)
    {
        const AVCodecContext& d = *m_decoder;
        // The rate the ffmpeg CLI gives its buffer source; libav only reads the stream here.
        const AVRational guessed = av_guess_frame_rate(nullptr, const_cast<AVStream*>(&input),
            nullptr);  // NOLINT(cppcoreguidelines-pro-type-const-cast)
        const FilterGraph::VideoInput in { d.width, d.height, d.pix_fmt, input.time_base, guessed,
            d.sample_aspect_ratio };
        QString description = rotationFilter(spec.rotation);
        if (!spec.filters.isEmpty())
            description += (description.isEmpty() ? QString() : QStringLiteral(",")) + spec.filters;
        auto graph = FilterGraph::video(
            in, description.isEmpty() ? QStringLiteral("null") : description, m_device.get());
        if (!graph)
            return tl::unexpected(graph.error());
        m_graph.emplace(std::move(*graph));
        return domain::ok();
    }

    domain::Status openEncoder(const VideoSpec& spec)
    {
        AVRational rate = m_graph->outputFrameRate();
        if (!isValid(rate) && spec.frameRate.isValid())
            rate = { int(spec.frameRate.num), int(spec.frameRate.den) };
        TranscodeEncoder::Video v;
        v.width = m_graph->outputWidth();
        v.height = m_graph->outputHeight();
        v.format = static_cast<AVPixelFormat>(m_graph->outputFormat());
        v.frameRate = rate;
        v.timeBase = isValid(rate) ? av_inv_q(rate) : m_graph->outputTimeBase();
        v.hardwareFrames = m_graph->outputHardwareFrames();
        const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(v.format);
        const bool hardwareFrames = desc && (desc->flags & AV_PIX_FMT_FLAG_HWACCEL);
        copyColour(*m_decoder, hardwareFrames ? AV_PIX_FMT_NV12 : v.format, v);
        auto encoder = TranscodeEncoder::openVideo(
            spec.encoder, v, spec.options, m_context.output.needsGlobalHeader());
        if (!encoder)
            return tl::unexpected(encoder.error());
        m_encoder.emplace(std::move(*encoder));
        // One tick per frame: only then do ticks count frames, and gaps can be filled.
        m_constantRate = isValid(rate) && av_cmp_q(m_encoder->timeBase(), av_inv_q(rate)) == 0;
        return domain::ok();
    }

    // `frame` (nullptr: end of stream) into the graph, and whatever comes out to the encoder.
    domain::Status filter(AVFrame* frame)
    {
        if (frame) {
            std::int64_t ts = frame->best_effort_timestamp;
            frame->pts = ts == AV_NOPTS_VALUE ? AV_NOPTS_VALUE : ts - m_origin;
            if (frame->pts != AV_NOPTS_VALUE && frame->pkt_duration > 0)
                m_sourceEnd = std::max(m_sourceEnd, frame->pts + frame->pkt_duration);
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

    // Constant frame rate output, as the ffmpeg CLI's -fps_mode cfr: a frame that lands on an
    // already used tick is dropped, and a gap (a variable rate source's slower stretch, or
    // missing frames) is filled by showing the previous frame again, so the output keeps the
    // source's duration and its sync with the audio.
    domain::Status encode(AVFrame& frame)
    {
        const AVRational encoderBase = m_encoder->timeBase();
        std::int64_t pts = frame.pts == AV_NOPTS_VALUE
            ? (m_lastPts == kNone ? 0 : m_lastPts + 1)
            : av_rescale_q(frame.pts, m_graph->outputTimeBase(), encoderBase);
        if (m_lastPts != kNone && pts <= m_lastPts)
            return domain::ok();  // two frames on one tick: keep the first
        if (auto s = repeatPrevious(pts); !s)
            return s;
        m_lastPts = pts;
        frame.pts = pts;
        if (m_constantRate) {
            av_frame_unref(m_previous.get());
            if (av_frame_ref(m_previous.get(), &frame) < 0)
                return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        }
        return m_encoder->encode(&frame, m_sink);
    }

    // Shows the last encoded frame again on every tick before `until`.
    domain::Status repeatPrevious(std::int64_t until)
    {
        if (!m_constantRate || m_lastPts == kNone || !m_previous->buf[0])
            return domain::ok();
        while (m_lastPts + 1 < until) {
            if (av_frame_ref(m_repeat.get(), m_previous.get()) < 0)
                return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
            const FrameRef guard(m_repeat.get());
            m_repeat->pts = ++m_lastPts;
            m_repeat->pict_type = AV_PICTURE_TYPE_NONE;
            if (auto s = m_encoder->encode(m_repeat.get(), m_sink); !s)
                return s;
        }
        return domain::ok();
    }

    // The last frame lasts as long as it did in the source: up to the source's end.
    domain::Status holdLastFrame()
    {
        if (m_sourceEnd == kNone)
            return domain::ok();
        return repeatPrevious(av_rescale_q(m_sourceEnd, m_inputBase, m_encoder->timeBase()));
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
        ++m_context.videoFrames;
        return domain::ok();
    }

    PipelineContext& m_context;
    std::int64_t m_origin;
    CodecContextPtr m_decoder;
    BufferRefPtr m_device;  // before the graph: its filters hold references to it
    std::optional<FilterGraph> m_graph;
    std::optional<TranscodeEncoder> m_encoder;
    FramePtr m_decoded;  // reused for every frame: no per-frame allocation
    FramePtr m_filtered;
    FramePtr m_previous;  // a reference to the last frame encoded, shown again to fill gaps
    FramePtr m_repeat;
    TranscodeEncoder::PacketSink m_sink;
    int m_outputStream = -1;
    std::int64_t m_lastPts = kNone;  // encoder time base
    bool m_constantRate = false;
    AVRational m_inputBase { 0, 1 };
    std::int64_t m_sourceEnd = kNone;  // end of the last source frame, input time base
};

}  // namespace

domain::Result<std::unique_ptr<StreamPipeline>> makeVideoPipeline(
    PipelineContext& context, const AVStream& input, const VideoSpec& spec, std::int64_t origin)
{
    auto pipeline = std::make_unique<VideoPipeline>(context, origin);
    if (auto s = pipeline->open(input, spec); !s)
        return tl::unexpected(s.error());
    return std::unique_ptr<StreamPipeline>(std::move(pipeline));
}

}  // namespace reelforge::adapters
