#pragma once

#include "adapters/media/transcode_spec.h"
#include "adapters/media/transcode_streams.h"

namespace reelforge::adapters {

// Converts one text subtitle stream to `spec.encoder` (decode to ASS events, encode), as the
// ffmpeg CLI does: each event keeps its start and end (millisecond precision), shifted to the
// common origin; the output stream keeps the source's language, title and disposition.
// Errors: UnsupportedCodec (no decoder or encoder, or the encoder refuses the stream), the
// output's.
domain::Result<std::unique_ptr<StreamPipeline>> makeSubtitlePipeline(
    PipelineContext& context, const AVStream& input, const SubtitleSpec& spec, std::int64_t origin);

}  // namespace reelforge::adapters
