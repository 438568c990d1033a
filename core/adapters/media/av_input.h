#pragma once

#include "adapters/media/av_handles.h"
#include "domain/result.h"

#include <QString>

namespace reelforge::adapters {

// A local media file open for demuxing, with stream parameters already read. Move-only; the
// format context is declared last so it is destroyed before the AVIOContext it reads from.
struct MediaInput {
    AvioPtr io;
    InputFormatPtr format;
    int probeScore = 0;  // libav's confidence in the detected format, 1..100

    // True when the format was guessed from little more than the file name (a text file named
    // .mov is "mov" at score 1): such a file is media only if its streams actually decode.
    bool weaklyDetected() const;
};

// Opens `path` (any characters; spaces and non-ASCII are fine) and runs
// avformat_find_stream_info. Reads local files only: nested opens (playlists, concat lists)
// are limited to the file protocol. Thread-safe: every call has its own contexts.
// Errors, each with the path as detail: FileMissing, PermissionDenied, EmptyFile, NotMedia
// (a folder, a pipe or device rather than a regular file, or content not recognised as any
// container), MediaUnreadable (recognised but damaged, e.g. an MP4 without its moov atom; the
// message ends with libav's error text), IoError.
domain::Result<MediaInput> openMediaInput(const QString& path);

}  // namespace reelforge::adapters
