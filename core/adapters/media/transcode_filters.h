#pragma once

#include "adapters/media/hardware_encoders.h"
#include "domain/models/media_info.h"
#include "domain/models/preset.h"

#include <QString>

#include <optional>

namespace reelforge::adapters {

// Equal frame rates however they are written (30/1 and 60/2); false when either is unknown.
bool sameRate(domain::Rational a, domain::Rational b);
// "30" or "30000/1001", as libav and the ffmpeg CLI read rates.
QString rateText(domain::Rational rate);

// The filter that turns a picture stored `rotation` degrees (clockwise, 0/90/180/270) off
// upright into an upright one: the same filters the ffmpeg CLI inserts when it autorotates.
// Empty for 0.
QString rotationFilter(int rotation);

struct FrameSize {
    int width = 0;
    int height = 0;
};

// The output size `preset` gives a display-oriented source of `source`: the preset's frame for
// contain and cover, the source scaled down (never up) to fit inside it for max (even sides),
// the source size (even sides) when the preset keeps it.
FrameSize fittedSize(const domain::VideoPreset& preset, FrameSize source);

// What the chain converts from and to.
struct VideoChainParams {
    FrameSize source;  // display-oriented, i.e. after rotation
    domain::Rational sourceRate;  // invalid when unknown
    QString sourcePixelFormat;
    QString outputPixelFormat;  // resolved: what the encoder is fed
    std::optional<HardwareApi> hardware;
};

// The libavfilter chain (ffmpeg -vf syntax) that follows the rotation: fps when the preset sets
// a different rate, scale+pad (contain), scale+crop (cover) or a scale-down (max), then square
// pixels and the pixel format. Scaling is skipped when the size already fits. GIF gets a
// per-frame palette (palettegen stats_mode=single + paletteuse new=1, output pal8) rather than a
// fixed rgb8 palette: it streams, needs no second pass and looks far better. VAAPI ends with
// hwupload to its surfaces.
QString videoFilterChain(const domain::VideoPreset& preset, const VideoChainParams& params);

// The pixel format the encoder is fed: the preset's (NV12 for VAAPI/QSV, which take nothing
// else), the source's when the encoder takes it, else the encoder's closest (libav's choice).
QString resolveOutputPixelFormat(const domain::VideoPreset& preset, const QByteArray& encoder,
    const QString& sourcePixelFormat, std::optional<HardwareApi> hardware);

}  // namespace reelforge::adapters
