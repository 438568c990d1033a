#pragma once

#include "domain/models/media_info.h"

struct AVFormatContext;
struct AVStream;

namespace reelforge::adapters {

// The streams of an input that is already open, as the studio sees them: cover art, text-mode
// art and streams without usable parameters left out, in file order. FfmpegProbe and the
// Transcoder both describe inputs with it, so that planning from a probe and running from the
// file resolve the same spec. Size and bit rate are left to the caller.
struct MediaDescription {
    domain::MediaInfo info;
    bool sawAudioOrVideo = false;  // an audio or video stream was there, usable or not
};

MediaDescription describeMedia(const AVFormatContext& input);

// What a description says the file is, before anything is decoded.
enum class MediaKind {
    AudioOrVideo,  // at least one usable audio or video stream
    SubtitlesOnly,  // media of a kind the studio does not use (validate() says so)
    Unusable,  // audio or video is there, but without parameters it could be decoded with
    NotMedia,  // no audio or video at all (text claimed by its name, a data file, ...)
};

// `weaklyDetected`: the container was guessed from the file name (MediaInput); such a file
// is media only if its streams are usable.
MediaKind classifyMedia(const MediaDescription& described, bool weaklyDetected);

// The clockwise quarter turn (0, 90, 180, 270) a player applies to the stream's frames, from
// its display matrix.
int displayRotation(const AVStream& stream);

}  // namespace reelforge::adapters
