#pragma once

#include "adapters/media/transcode_spec.h"
#include "adapters/media/transcode_streams.h"

namespace reelforge::adapters {

// Decode -> aformat (rate, layout, the encoder's sample format; libavfilter inserts the
// resampler) -> encoder-sized frames -> encode for one audio stream. Output timestamps count
// samples (in 1/sample-rate), starting where the source's first sample was relative to the
// common origin, so rounding never accumulates; a gap in the source of more than 100 ms is
// kept as a gap (re-anchored) so that audio after it stays in sync with the picture.
// Errors: those of openDecoder, FilterGraph and TranscodeEncoder, the output's, Cancelled.
domain::Result<std::unique_ptr<StreamPipeline>> makeAudioPipeline(
    PipelineContext& context, const AVStream& input, const AudioSpec& spec, std::int64_t origin);

}  // namespace reelforge::adapters
