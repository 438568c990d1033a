#pragma once

#include "adapters/media/av_handles.h"
#include "adapters/media/transcode_output.h"
#include "domain/result.h"

#include <QByteArray>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>

struct AVStream;

namespace reelforge::adapters {

// What the stream pipelines share with the Transcoder that drives them: the output, the
// counters progress is computed from, and the stop request checked between packets while
// draining (the demux loop checks it between input packets itself).
struct PipelineContext {
    TranscodeOutput& output;
    std::function<bool()> stopRequested;
    std::int64_t videoFrames = 0;  // frames written
    std::chrono::microseconds position { 0 };  // output media time written so far

    void reached(std::int64_t ts, AVRational timeBase);
    domain::Status checkStop() const;  // Cancelled when a stop was requested
};

// One input stream's way to the output: copied, or decoded, filtered and encoded.
// Timestamps arrive in the input stream's time base and leave for the muxer in the output's;
// every pipeline subtracts the same origin (the input's start time) so that audio and video
// keep the offsets they had in the source. One thread at a time.
class StreamPipeline {
public:
    StreamPipeline() = default;
    StreamPipeline(const StreamPipeline&) = delete;
    StreamPipeline& operator=(const StreamPipeline&) = delete;
    StreamPipeline(StreamPipeline&&) = delete;
    StreamPipeline& operator=(StreamPipeline&&) = delete;
    virtual ~StreamPipeline() = default;
    // A demuxed packet of this pipeline's stream; its payload may be taken.
    virtual domain::Status send(AVPacket& packet) = 0;
    // End of input: drains decoder, filters and encoder into the output.
    virtual domain::Status finish() = 0;
    // "copy" or the encoder's libav name.
    virtual QByteArray encoderName() const = 0;
};

// Copies packets unchanged, from the first keyframe on (as the ffmpeg CLI does), with
// timestamps shifted to the common origin.
std::unique_ptr<StreamPipeline> makeCopyPipeline(
    PipelineContext& context, const AVStream& input, int outputStream, std::int64_t origin);

// An open decoder for `stream`, running libavcodec's frame and slice threads.
// Errors: UnsupportedCodec (no decoder in this build), MediaUnreadable (it refuses the stream).
domain::Result<CodecContextPtr> openDecoder(const AVStream& stream);

// Sends `packet` (nullptr: flush) to `decoder` and hands every decoded frame to `onFrame`.
// Damaged packets are skipped, as players and the ffmpeg CLI do.
domain::Status decodePacket(AVCodecContext& decoder, const AVPacket* packet, AVFrame& frame,
    const std::function<domain::Status(AVFrame&)>& onFrame);

}  // namespace reelforge::adapters
