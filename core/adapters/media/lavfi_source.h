#pragma once

#include "adapters/media/av_handles.h"
#include "domain/result.h"

#include <QString>

extern "C" {
#include <libavutil/pixfmt.h>
#include <libavutil/rational.h>
#include <libavutil/samplefmt.h>
}

struct AVFilterContext;

namespace reelforge::adapters {

// What a video source produces, in the terms an encoder is opened with.
struct VideoFormat {
    int width = 0;
    int height = 0;
    AVPixelFormat pixelFormat = AV_PIX_FMT_NONE;
    AVRational timeBase { 0, 1 };  // of the frames' pts
    AVRational frameRate { 0, 1 };
    AVRational sampleAspect { 1, 1 };
};

struct AudioFormat {
    int sampleRate = 0;
    AVSampleFormat sampleFormat = AV_SAMPLE_FMT_NONE;
    int channels = 0;  // in libav's default order for that count (1 mono, 2 stereo, 6 5.1)
    AVRational timeBase { 0, 1 };
};

// A libavfilter graph with no inputs (lavfi sources such as "testsrc2=size=1280x720:rate=30,
// format=yuv420p" or "sine=frequency=1000:sample_rate=48000") ending in a buffersink, pulled one
// frame at a time. Give the source a duration (or a trim filter) if it should end by itself.
// Move-only; use from one thread at a time.
// Errors: InvalidArgument (the description does not parse or has the wrong media type),
// Internal (libav failures).
class LavfiSource {
public:
    static domain::Result<LavfiSource> video(const QString& description);
    static domain::Result<LavfiSource> audio(const QString& description);

    VideoFormat videoFormat() const;
    AudioFormat audioFormat() const;

    // Audio only: hand out frames of exactly `samples` samples (the last may be shorter), as
    // encoders with a fixed frame size (AAC: 1024) require. 0 leaves the source's own sizes.
    void setAudioFrameSize(int samples);

    // Fills `frame` (unreferenced first) with the next frame. False at the end of the graph.
    domain::Result<bool> pull(AVFrame& frame);

private:
    static domain::Result<LavfiSource> create(const QString& description, bool isVideo);
    LavfiSource() = default;

    FilterGraphPtr m_graph;
    AVFilterContext* m_sink = nullptr;  // owned by m_graph
    bool m_isVideo = true;
};

}  // namespace reelforge::adapters
