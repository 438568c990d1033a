#pragma once

#include <cstdint>

struct AVFormatContext;

namespace reelforge::adapters {

// The input's start time (AV_TIME_BASE units, 0 when unknown): every output stream starts from
// it, as in the ffmpeg CLI, so streams keep their relative offsets.
std::int64_t inputOrigin(const AVFormatContext& input);

// True when the container's index places samples of `stream` beyond the end of the file: an
// MP4/MOV whose media was cut short (an interrupted copy or download). The demuxer would just
// stop early there, quietly making a shorter output; this finds it before any work is done.
bool indexReachesPastEnd(const AVFormatContext& input, int stream);

}  // namespace reelforge::adapters
