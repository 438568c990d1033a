#pragma once

#include "adapters/media/transcode_spec.h"
#include "adapters/media/transcode_streams.h"

namespace reelforge::adapters {

// Decode -> rotate + filter chain (spec.filters) -> encode for one video stream. The encoder is
// fed in 1/frame-rate ticks (as the ffmpeg CLI does), so a frame's timestamp is its index and
// no float ever touches time; a frame that would land on an already used tick (a variable
// rate source) is dropped rather than breaking monotonic timestamps. The source's colour tags
// (primaries, transfer, matrix, range) go to the encoder unless the output is RGB/palette.
// Errors: those of openDecoder, FilterGraph and TranscodeEncoder, the output's, Cancelled.
domain::Result<std::unique_ptr<StreamPipeline>> makeVideoPipeline(
    PipelineContext& context, const AVStream& input, const VideoSpec& spec, std::int64_t origin);

} // namespace reelforge::adapters
