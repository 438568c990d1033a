#pragma once

#include "application/interfaces/i_media_probe.h"

namespace reelforge::adapters {

// IMediaProbe over libavformat/libavcodec. Opens the container, reads stream parameters
// (and enough packets to confirm the streams are decodable), refuses single pictures and
// files cut short (media_checks.h: a seek to the last second and one decoded picture there)
// and closes it again.
class FfmpegProbe final : public application::IMediaProbe {
public:
    domain::Result<domain::MediaInfo> probe(const QString& path) const override;
};

}  // namespace reelforge::adapters
