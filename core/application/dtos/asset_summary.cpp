#include "application/dtos/asset_summary.h"

namespace reelforge::application {

AssetSummary AssetSummary::from(const domain::MediaAsset& asset)
{
    AssetSummary s;
    s.id = asset.id();
    s.title = asset.title();
    s.path = asset.storedPath();
    s.durationSeconds = asset.info().durationSeconds();
    if (const domain::VideoStream* v = asset.info().primaryVideo()) {
        s.width = v->displayWidth();
        s.height = v->displayHeight();
        s.videoCodec = v->codec;
    }
    if (asset.info().hasAudio())
        s.audioCodec = asset.info().audio.front().codec;
    s.sizeBytes = asset.info().sizeBytes;
    s.container = asset.info().container;
    s.importedAt = asset.importedAt();
    s.thumbnailPath = asset.thumbnailPath();
    return s;
}

}  // namespace reelforge::application
