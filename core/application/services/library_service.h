#pragma once

#include "application/dtos/asset_summary.h"
#include "application/interfaces/i_asset_repository.h"
#include "application/interfaces/i_media_storage.h"

#include <vector>

namespace reelforge::application {

// Read and tidy the library: list, look up, remove. Removing an asset deletes the files the
// library owns (its copied original, its thumbnail) and never a referenced original.
// Thread-safe as far as its ports are.
class LibraryService {
public:
    LibraryService(IAssetRepository& assets, IMediaStorage& storage);

    domain::Result<std::vector<AssetSummary>> list(const AssetQuery& query) const;
    domain::Result<domain::MediaAsset> get(const QString& id) const;
    domain::Status remove(const QString& id);

private:
    IAssetRepository& m_assets;
    IMediaStorage& m_storage;
};

}  // namespace reelforge::application
