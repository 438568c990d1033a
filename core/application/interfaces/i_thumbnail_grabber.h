#pragma once

#include "domain/models/media_info.h"

#include <QByteArray>

#include <chrono>

namespace reelforge::application {

// Picks a representative frame (not a black or flat one) and returns it as JPEG bytes no
// wider than maxWidth. grabAt() returns the frame shown at `at` instead (the first frame at
// or after it), rotation applied. Thread-safe. Errors: InvalidArgument (maxWidth <= 0),
// UnsupportedMedia (no video), NotFound (the video ends before `at`), those of decoding.
class IThumbnailGrabber {
public:
    virtual ~IThumbnailGrabber() = default;
    virtual domain::Result<QByteArray> grab(
        const QString& path, const domain::MediaInfo& info, int maxWidth) const = 0;
    virtual domain::Result<QByteArray> grabAt(const QString& path, const domain::MediaInfo& info,
        std::chrono::microseconds at, int maxWidth) const = 0;
};

}  // namespace reelforge::application
