#pragma once

#include "adapters/media/av_handles.h"
#include "domain/result.h"

#include <QString>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/pixfmt.h>
#include <libavutil/rational.h>
#include <libavutil/samplefmt.h>
}

struct AVBufferRef;
struct AVFilterContext;

namespace reelforge::adapters {

// A libavfilter graph fed by one buffer source and drained by one buffer sink, built from an
// ffmpeg-style description ("scale=1280:-2,format=yuv420p"; "anull" for nothing). Frames go
// in by reference (push takes the frame's buffers and leaves the AVFrame blank for reuse) and
// come out into a caller-owned AVFrame, so a steady-state transcode allocates no frames.
// Move-only; one thread at a time. Errors: InvalidArgument (the description does not parse or
// link), Internal (libav failures).
class FilterGraph {
public:
    struct VideoInput {
        int width = 0;
        int height = 0;
        AVPixelFormat format = AV_PIX_FMT_NONE;
        AVRational timeBase { 0, 1 };
        AVRational frameRate { 0, 1 };  // { 0, 1 } when unknown
        AVRational sampleAspect { 0, 1 };
    };
    struct AudioInput {
        int sampleRate = 0;
        AVSampleFormat format = AV_SAMPLE_FMT_NONE;
        const AVChannelLayout* layout = nullptr;
        AVRational timeBase { 0, 1 };
    };

    // `hwDevice` (may be null) is handed to every filter, for hwupload.
    static domain::Result<FilterGraph> video(
        const VideoInput& input, const QString& description, AVBufferRef* hwDevice = nullptr);
    // `frameSize` > 0: the sink hands out frames of exactly that many samples (the last may be
    // shorter), as encoders with a fixed frame size need.
    static domain::Result<FilterGraph> audio(
        const AudioInput& input, const QString& description, int frameSize);

    // Takes `frame`'s reference (nullptr: end of input, flushes the graph).
    domain::Status push(AVFrame* frame);
    // Fills `frame` with the next filtered frame; false when none is ready yet or the graph has
    // ended (see ended()).
    domain::Result<bool> pull(AVFrame& frame);
    bool ended() const { return m_ended; }

    AVRational outputTimeBase() const;
    AVRational outputFrameRate() const;  // { 0, 1 } when the graph does not know it
    int outputWidth() const;
    int outputHeight() const;
    int outputFormat() const;
    AVBufferRef* outputHardwareFrames() const;  // borrowed; null unless the graph uploads

private:
    FilterGraph() = default;
    static domain::Result<FilterGraph> build(const char* source, const QByteArray& sourceArgs,
        const char* sink, const QString& description, AVBufferRef* hwDevice);

    FilterGraphPtr m_graph;
    AVFilterContext* m_source = nullptr;  // owned by m_graph
    AVFilterContext* m_sink = nullptr;  // owned by m_graph
    bool m_ended = false;
};

}  // namespace reelforge::adapters
