#pragma once

#include "adapters/media/av_input.h"
#include "domain/models/media_info.h"
#include "domain/result.h"

#include <QString>

namespace reelforge::adapters {

// Checks an open input must pass before the studio takes it for a video or audio file, beyond
// what its header says. Both read from `input` (the caller must not go on demuxing it
// expecting the start of the file); `info` is its describeMedia() description; errors carry
// `path` as detail. Thread-safe as MediaInput is: one input per thread.

// Cheap test, no reading: could this be a single picture? Video only, at most one frame
// stated, at most a second long. Image files open as one-frame videos (png_pipe, image2, a
// GIF with one frame); an animated GIF states its frames and passes.
bool mayBeStillImage(const MediaInput& input, const domain::MediaInfo& info);

// NotMedia ("a still image, not a video or audio file") when mayBeStillImage() and the video
// stream really holds one packet at most. Reads a few packets from where the input stands.
domain::Status checkNotStillImage(MediaInput& input, const domain::MediaInfo& info, const QString& path);

// For a reader about to decode `input` from its start (the analysis pass): NotMedia when it
// holds no audio or video at all (text claimed by its name) or is a still image, counted on
// an input of its own so that `input` stays at the start. Streams that are there but do not
// decode are left to the reader's decoders, which can name them.
domain::Status checkIsMediaFromTheStart(const MediaInput& input, const QString& path);

// MediaUnreadable with a message starting "incomplete" for a file cut short: a download or
// copy that stopped (or is still running), a header written before the data. Two tests:
// (a) the index the header carries (MP4 sample tables, AVI idx1, Matroska cues) lies within
// the file, and an AVI holds the frames its header declares; (b) seeking to the last second
// the container states and reading to the end reaches that end, and the main stream's data
// there decodes (video: the keyframe before the last second; audio: the last second). (b) is
// skipped when the container states no end, only guessed it from the bit rate, or cannot
// seek. Costs a seek, the packets from the keyframe before the last second, and one decoded
// picture (or a second of audio).
domain::Status checkComplete(MediaInput& input, const domain::MediaInfo& info, const QString& path);

}  // namespace reelforge::adapters
