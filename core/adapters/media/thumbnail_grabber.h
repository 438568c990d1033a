#pragma once

#include "application/interfaces/i_thumbnail_grabber.h"

namespace reelforge::adapters {

// Decodes a handful of candidate frames spread over the video and keeps the most
// representative one (not black, not flat, sharp), scaled and encoded as JPEG.
class FfmpegThumbnailGrabber final : public application::IThumbnailGrabber {
public:
    domain::Result<QByteArray> grab(
        const QString& path, const domain::MediaInfo& info, int maxWidth) const override;
    domain::Result<QByteArray> grabAt(const QString& path, const domain::MediaInfo& info,
        std::chrono::microseconds at, int maxWidth) const override;
};

}  // namespace reelforge::adapters
