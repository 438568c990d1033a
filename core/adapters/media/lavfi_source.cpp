#include "adapters/media/lavfi_source.h"

extern "C" {
#include <libavfilter/avfilter.h>
#include <libavfilter/buffersink.h>
#include <libavutil/frame.h>
#include <libavutil/mem.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

domain::Result<LavfiSource> LavfiSource::video(const QString& description)
{
    return create(description, true);
}

domain::Result<LavfiSource> LavfiSource::audio(const QString& description)
{
    return create(description, false);
}

domain::Result<LavfiSource> LavfiSource::create(const QString& description, bool isVideo)
{
    installLibavLogging();
    LavfiSource source;
    source.m_isVideo = isVideo;
    source.m_graph.reset(avfilter_graph_alloc());
    if (!source.m_graph)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));

    const AVFilter* sinkFilter = avfilter_get_by_name(isVideo ? "buffersink" : "abuffersink");
    int err = avfilter_graph_create_filter(
        &source.m_sink, sinkFilter, "out", nullptr, nullptr, source.m_graph.get());
    if (err < 0)
        return domain::fail(
            ErrorCode::Internal, QStringLiteral("cannot create the buffer sink"), avErrorText(err));

    // The description's one open output is linked to the sink; avfilter_graph_parse_ptr hands
    // back whatever it left unlinked, which for a pure source graph must be nothing.
    FilterInOutPtr sinkPad(avfilter_inout_alloc());
    if (!sinkPad)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    sinkPad->name = av_strdup("out");
    sinkPad->filter_ctx = source.m_sink;
    sinkPad->pad_idx = 0;
    AVFilterInOut* openInputs = sinkPad.release();
    AVFilterInOut* openOutputs = nullptr;
    const QByteArray graphText = description.toUtf8();
    err = avfilter_graph_parse_ptr(
        source.m_graph.get(), graphText.constData(), &openInputs, &openOutputs, nullptr);
    const FilterInOutPtr leftInputs(openInputs);
    const FilterInOutPtr leftOutputs(openOutputs);
    if (err < 0)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("filter graph does not parse"),
            description + QStringLiteral(": ") + avErrorText(err));
    if (leftInputs || leftOutputs)
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("filter graph must be a source with one output"), description);

    err = avfilter_graph_config(source.m_graph.get(), nullptr);
    if (err < 0)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("filter graph cannot be configured"),
            description + QStringLiteral(": ") + avErrorText(err));
    return source;
}

VideoFormat LavfiSource::videoFormat() const
{
    VideoFormat f;
    f.width = av_buffersink_get_w(m_sink);
    f.height = av_buffersink_get_h(m_sink);
    f.pixelFormat = static_cast<AVPixelFormat>(av_buffersink_get_format(m_sink));
    f.timeBase = av_buffersink_get_time_base(m_sink);
    f.frameRate = av_buffersink_get_frame_rate(m_sink);
    const AVRational sar = av_buffersink_get_sample_aspect_ratio(m_sink);
    if (sar.num > 0 && sar.den > 0)
        f.sampleAspect = sar;
    return f;
}

AudioFormat LavfiSource::audioFormat() const
{
    AudioFormat f;
    f.sampleRate = av_buffersink_get_sample_rate(m_sink);
    f.sampleFormat = static_cast<AVSampleFormat>(av_buffersink_get_format(m_sink));
    f.channels = av_buffersink_get_channels(m_sink);
    f.timeBase = av_buffersink_get_time_base(m_sink);
    return f;
}

void LavfiSource::setAudioFrameSize(int samples)
{
    if (!m_isVideo && samples > 0)
        av_buffersink_set_frame_size(m_sink, unsigned(samples));
}

domain::Result<bool> LavfiSource::pull(AVFrame& frame)
{
    av_frame_unref(&frame);
    const int err = av_buffersink_get_frame(m_sink, &frame);
    if (err == AVERROR_EOF)
        return false;
    if (err < 0)
        return domain::fail(ErrorCode::Internal, QStringLiteral("filter graph failed"), avErrorText(err));
    return true;
}

}  // namespace reelforge::adapters
