#pragma once

#include "domain/models/media_info.h"

namespace reelforge::application {

// Reads what a media file contains without decoding it all. Thread-safe; errors are
// NotMedia (not a container we know), MediaUnreadable (damaged) or FileMissing.
class IMediaProbe {
public:
    virtual ~IMediaProbe() = default;
    virtual domain::Result<domain::MediaInfo> probe(const QString& path) const = 0;
};

}  // namespace reelforge::application
