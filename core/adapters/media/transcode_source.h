#pragma once

#include "domain/models/media_info.h"

#include <cstdint>

struct AVFormatContext;

namespace reelforge::adapters {

// What the spec resolver needs to know about an input that is already open, with the same
// stream choice as FfmpegProbe (cover art and streams without parameters left out, in file
// order), so that planning from a probe and running from the file resolve the same spec.
domain::MediaInfo describeInput(const AVFormatContext& input);

// The input's start time (AV_TIME_BASE units, 0 when unknown): every output stream starts from
// it, as in the ffmpeg CLI, so streams keep their relative offsets.
std::int64_t inputOrigin(const AVFormatContext& input);

// True when the container's index places samples of `stream` beyond the end of the file: an
// MP4/MOV whose media was cut short (an interrupted copy or download). The demuxer would just
// stop early there, quietly making a shorter output; this finds it before any work is done.
bool indexReachesPastEnd(const AVFormatContext& input, int stream);

} // namespace reelforge::adapters
