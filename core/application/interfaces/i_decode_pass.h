#pragma once

#include "application/cancellation_token.h"
#include "domain/models/analysis.h"
#include "domain/models/media_info.h"
#include "domain/result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

namespace reelforge::application {

// Speaker position of an audio channel, for loudness weighting (BS.1770 excludes the LFE and
// weights the surrounds).
enum class ChannelRole { Left, Right, Center, Lfe, LeftSurround, RightSurround, Other };

// A stream of the file that the pass could not decode: its decoder does not open, or it broke
// beyond repair part-way. The analyzers that need it fail; the others go on.
struct StreamFailure {
    bool video = false;  // a video stream, else an audio stream
    QString detail;  // names the stream and the file: "audio stream 1 of clip.mkv cannot be ..."
};

// What the decode pass found, told to the sink before the first frame.
struct DecodeStreams {
    bool hasVideo = false;
    bool hasAudio = false;
    int width = 0;  // of the frames handed out (scaled, rotation applied)
    int height = 0;
    int sourceWidth = 0;  // displayed size of the original
    int sourceHeight = 0;
    domain::Rational frameRate;  // nominal; frames may be variable
    domain::Micros duration { 0 };  // from the container; 0 when unknown
    int sampleRate = 0;  // of the audio handed out
    int channels = 0;
    std::vector<ChannelRole> channelRoles;
    // Streams that cannot be decoded at all; hasVideo/hasAudio do not count them.
    std::vector<StreamFailure> failures;
};

// A decoded video frame, scaled once for every analyzer (BGR24 and 8-bit gray of the same
// size, display rotation applied). Borrowed: valid only during the callback.
struct VideoFrameView {
    int width = 0;
    int height = 0;
    const std::uint8_t* bgr = nullptr;
    int bgrStride = 0;
    const std::uint8_t* gray = nullptr;
    int grayStride = 0;
    domain::Micros time { 0 };  // presentation time from the file's start
    std::int64_t index = 0;  // decoded frame number, from 0
};

// Decoded audio at the pass's fixed rate: interleaved float samples (-1..1) in the source's
// channel layout, and their mono mix. Borrowed: valid only during the callback.
struct AudioBlockView {
    int sampleRate = 0;
    int channels = 0;
    int frames = 0;  // samples per channel in this block
    const float* interleaved = nullptr;
    const float* mono = nullptr;
    std::int64_t firstSample = 0;  // timeline position of the block, in samples from the start
};

struct DecodeSummary {
    std::int64_t videoFrames = 0;
    std::int64_t audioSamples = 0;
    domain::Micros duration { 0 };  // of what was actually decoded
    std::vector<domain::AnalysisIssue> issues;
    // Streams that broke part-way, after begin(): what the sink got from them is not whole.
    std::vector<StreamFailure> failures;
};

// Receives what a decode pass produces, on the pass's thread, in timeline order per stream.
class IDecodeSink {
public:
    virtual ~IDecodeSink() = default;
    virtual void begin(const DecodeStreams& streams) = 0;
    virtual void onVideoFrame(const VideoFrameView& frame) = 0;
    virtual void onAudio(const AudioBlockView& block) = 0;
};

struct DecodeRequest {
    QString path;
    bool video = true;
    bool audio = true;
    int maxWidth = 480;  // frames wider than this are scaled down (aspect kept)
    int sampleRate = 48000;
};

// Decodes a file once, start to end, and hands every frame and audio block to one sink.
// Damaged packets are skipped and reported as issues, not errors, and so is damage the
// decoder conceals. A requested stream that cannot be decoded is left out and reported as a
// StreamFailure while another requested stream still decodes. Errors, with the path as
// detail: a file that cannot be opened, is not audio or video (text, a still image) or has
// none of the requested streams (NotMedia, MediaUnreadable, UnsupportedMedia,
// UnsupportedCodec, FileMissing); when no requested stream decodes, the error of the last
// one to fail, its message naming the stream.
// Cancelled when the token says so; holds between packets while the token is paused.
// Thread-safe: each run has its own decoders. progress gets 0..1 of the duration.
class IDecodePass {
public:
    using ProgressFn = std::function<void(double fraction)>;
    virtual ~IDecodePass() = default;
    virtual domain::Result<DecodeSummary> run(const DecodeRequest& request, IDecodeSink& sink,
        CancellationToken& cancel, const ProgressFn& progress)
        = 0;
};

}  // namespace reelforge::application
