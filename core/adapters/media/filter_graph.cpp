#include "adapters/media/filter_graph.h"

#include <algorithm>
#include <array>
#include <cerrno>

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavfilter/buffersrc.h>
#include <libavutil/buffer.h>
#include <libavutil/frame.h>
#include <libavutil/mem.h>
#include <libavutil/opt.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

domain::Error libavError(const QString& what, int err)
{
    return { ErrorCode::Internal, what, avErrorText(err) };
}

FilterInOutPtr endpoint(const char* name, AVFilterContext* filter)
{
    FilterInOutPtr io(avfilter_inout_alloc());
    if (!io)
        return nullptr;
    io->name = av_strdup(name);
    io->filter_ctx = filter;
    io->pad_idx = 0;
    io->next = nullptr;
    return io;
}

}  // namespace

domain::Result<FilterGraph> FilterGraph::build(const char* source, const QByteArray& sourceArgs,
    const char* sink, const QString& description, AVBufferRef* hwDevice)
{
    FilterGraph g;
    g.m_graph.reset(avfilter_graph_alloc());
    if (!g.m_graph)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    // The ffmpeg CLI's default for the scalers libavfilter inserts by itself (format changes).
    g.m_graph->scale_sws_opts = av_strdup("flags=bicubic");
    int err = avfilter_graph_create_filter(
        &g.m_source, avfilter_get_by_name(source), "in", sourceArgs.constData(), nullptr, g.m_graph.get());
    if (err < 0)
        return tl::unexpected(libavError(QStringLiteral("cannot create the filter source"), err));
    err = avfilter_graph_create_filter(
        &g.m_sink, avfilter_get_by_name(sink), "out", nullptr, nullptr, g.m_graph.get());
    if (err < 0)
        return tl::unexpected(libavError(QStringLiteral("cannot create the filter sink"), err));

    // The description's open input is fed by our source, its open output drains into our sink.
    FilterInOutPtr outputs = endpoint("in", g.m_source);
    FilterInOutPtr inputs = endpoint("out", g.m_sink);
    if (!outputs || !inputs)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    AVFilterInOut* rawInputs = inputs.release();
    AVFilterInOut* rawOutputs = outputs.release();
    err = avfilter_graph_parse_ptr(
        g.m_graph.get(), description.toUtf8().constData(), &rawInputs, &rawOutputs, nullptr);
    inputs.reset(rawInputs);
    outputs.reset(rawOutputs);
    if (err < 0)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("filter graph does not parse"),
            description + QStringLiteral(": ") + avErrorText(err));
    if (hwDevice) {
        for (unsigned i = 0; i < g.m_graph->nb_filters; ++i)
            g.m_graph->filters[i]->hw_device_ctx = av_buffer_ref(hwDevice);
    }
    err = avfilter_graph_config(g.m_graph.get(), nullptr);
    if (err < 0)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("filter graph cannot be configured"),
            description + QStringLiteral(": ") + avErrorText(err));
    return g;
}

domain::Result<FilterGraph> FilterGraph::video(
    const VideoInput& in, const QString& description, AVBufferRef* hwDevice)
{
    QByteArray args = QStringLiteral("video_size=%1x%2:pix_fmt=%3:time_base=%4/%5:pixel_aspect=%6/%7")
                          .arg(in.width)
                          .arg(in.height)
                          .arg(int(in.format))
                          .arg(in.timeBase.num)
                          .arg(in.timeBase.den)
                          .arg(in.sampleAspect.num)
                          .arg(std::max(in.sampleAspect.den, 1))
                          .toLatin1();
    if (in.frameRate.num > 0 && in.frameRate.den > 0)
        args += QStringLiteral(":frame_rate=%1/%2").arg(in.frameRate.num).arg(in.frameRate.den).toLatin1();
    return build("buffer", args, "buffersink", description, hwDevice);
}

domain::Result<FilterGraph> FilterGraph::audio(
    const AudioInput& in, const QString& description, int frameSize)
{
    std::array<char, 128> layout {};
    if (!in.layout || av_channel_layout_describe(in.layout, layout.data(), layout.size()) < 0)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("audio has no channel layout"));
    const QByteArray args
        = QStringLiteral("time_base=%1/%2:sample_rate=%3:sample_fmt=%4:channel_layout=%5")
              .arg(in.timeBase.num)
              .arg(in.timeBase.den)
              .arg(in.sampleRate)
              .arg(QString::fromLatin1(av_get_sample_fmt_name(in.format)), QString::fromLatin1(layout.data()))
              .toLatin1();
    auto graph = build("abuffer", args, "abuffersink", description, nullptr);
    if (graph && frameSize > 0)
        av_buffersink_set_frame_size(graph->m_sink, unsigned(frameSize));
    return graph;
}

domain::Status FilterGraph::push(AVFrame* frame)
{
    // No KEEP_REF: the graph takes the buffers and blanks the frame, so the decoder's frame is
    // reused at once without a copy or a second reference.
    const int err = av_buffersrc_add_frame_flags(m_source, frame, AV_BUFFERSRC_FLAG_PUSH);
    if (err < 0 && err != AVERROR_EOF)
        return tl::unexpected(libavError(QStringLiteral("filtering failed"), err));
    return domain::ok();
}

domain::Result<bool> FilterGraph::pull(AVFrame& frame)
{
    const int err = av_buffersink_get_frame(m_sink, &frame);
    if (err == AVERROR(EAGAIN))
        return false;
    if (err == AVERROR_EOF) {
        m_ended = true;
        return false;
    }
    if (err < 0)
        return tl::unexpected(libavError(QStringLiteral("filtering failed"), err));
    return true;
}

AVRational FilterGraph::outputTimeBase() const
{
    return av_buffersink_get_time_base(m_sink);
}

AVRational FilterGraph::outputFrameRate() const
{
    return av_buffersink_get_frame_rate(m_sink);
}

int FilterGraph::outputWidth() const
{
    return av_buffersink_get_w(m_sink);
}

int FilterGraph::outputHeight() const
{
    return av_buffersink_get_h(m_sink);
}

int FilterGraph::outputFormat() const
{
    return av_buffersink_get_format(m_sink);
}

AVBufferRef* FilterGraph::outputHardwareFrames() const
{
    return av_buffersink_get_hw_frames_ctx(m_sink);
}

}  // namespace reelforge::adapters
