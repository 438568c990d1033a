#pragma once

#include "application/dtos/asset_summary.h"
#include "application/interfaces/i_asset_repository.h"
#include "application/interfaces/i_media_storage.h"
#include "application/interfaces/i_process_registry.h"

#include <vector>

namespace reelforge::application {

// Read and tidy the library: list, look up, remove. Removing an asset deletes the files the
// library owns (its copied original, its thumbnail) and never a referenced original. The files
// are set aside in the transaction that deletes the record and deleted once it committed, so a
// process importing the same content at that moment never loses its copy.
// Thread-safe as far as its ports are.
class LibraryService {
public:
    LibraryService(IAssetRepository& assets, IMediaStorage& storage, IProcessRegistry& processes);

    domain::Result<std::vector<AssetSummary>> list(const AssetQuery& query) const;
    domain::Result<domain::MediaAsset> get(const QString& id) const;
    domain::Status remove(const QString& id);

private:
    IAssetRepository& m_assets;
    IMediaStorage& m_storage;
    IProcessRegistry& m_processes;
};

}  // namespace reelforge::application
