#pragma once

#include "adapters/media/transcode_spec.h"
#include "adapters/media/transcode_streams.h"

namespace reelforge::adapters {

// Decode -> rotate + filter chain (spec.filters) -> encode for one video stream. The encoder is
// fed in 1/frame-rate ticks (as the ffmpeg CLI does), so a frame's timestamp is its index and
// no float ever touches time. The output has a constant rate, like the CLI's -fps_mode cfr: a
// frame that would land on an already used tick (a variable rate source) is dropped, and a gap
// is filled by repeating the previous frame, so duration and A/V sync hold. The source's colour tags
// (primaries, transfer, matrix, range) go to the encoder unless the output is RGB/palette.
// Errors: those of openDecoder, FilterGraph and TranscodeEncoder, the output's, Cancelled.
domain::Result<std::unique_ptr<StreamPipeline>> makeVideoPipeline(
    PipelineContext& context, const AVStream& input, const VideoSpec& spec, std::int64_t origin);

}  // namespace reelforge::adapters
