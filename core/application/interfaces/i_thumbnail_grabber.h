#pragma once

#include "domain/models/media_info.h"

#include <QByteArray>

namespace reelforge::application {

// Picks a representative frame (not a black or flat one) and returns it as JPEG bytes no
// wider than maxWidth. Thread-safe.
class IThumbnailGrabber {
public:
    virtual ~IThumbnailGrabber() = default;
    virtual domain::Result<QByteArray> grab(const QString& path, const domain::MediaInfo& info,
                                            int maxWidth) const = 0;
};

}  // namespace reelforge::application
