#pragma once

#include "application/interfaces/i_media_probe.h"

namespace reelforge::adapters {

// IMediaProbe over libavformat/libavcodec. Opens the container, reads stream parameters
// (and enough packets to confirm the streams are decodable) and closes it again.
class FfmpegProbe final : public application::IMediaProbe {
public:
    domain::Result<domain::MediaInfo> probe(const QString& path) const override;
};

}  // namespace reelforge::adapters
