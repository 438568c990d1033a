#pragma once

#include "domain/models/media_info.h"

namespace reelforge::application {

// Reads what a media file contains without decoding it all, and makes sure it is a whole
// audio or video file. Thread-safe. Errors, with the path as detail: FileMissing,
// PermissionDenied, EmptyFile, NotMedia (a folder, a pipe or device, not a container we know,
// a still image), MediaUnreadable (damaged; a message starting "incomplete" for a file cut
// short or still being written).
class IMediaProbe {
public:
    virtual ~IMediaProbe() = default;
    virtual domain::Result<domain::MediaInfo> probe(const QString& path) const = 0;
};

}  // namespace reelforge::application
