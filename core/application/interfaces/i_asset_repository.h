#pragma once

#include "application/dtos/asset_summary.h"
#include "domain/models/media_asset.h"

#include <optional>
#include <vector>

namespace reelforge::application {

struct AssetQuery {
    enum class Sort { ImportedDesc, ImportedAsc, Title, Duration };
    QString search;  // case-insensitive substring of the title or file name
    Sort sort = Sort::ImportedDesc;
    int limit = -1;
};

// Persistence of library assets. Implementations are safe to call from any thread (each
// thread uses its own connection); every write is one transaction: all or nothing.
class IAssetRepository {
public:
    virtual ~IAssetRepository() = default;
    virtual domain::Status add(const domain::MediaAsset& asset) = 0;
    virtual domain::Result<std::optional<domain::MediaAsset>> findById(const QString& id) = 0;
    virtual domain::Result<std::optional<domain::MediaAsset>> findByHash(const QString& sha256) = 0;
    virtual domain::Result<std::vector<domain::MediaAsset>> list(const AssetQuery& query) = 0;
    // What a library list shows, without building whole assets: this is the hot path of the
    // library view and `reelforge-cli list` (10,000 rows in well under a second).
    virtual domain::Result<std::vector<AssetSummary>> listSummaries(const AssetQuery& query) = 0;
    virtual domain::Result<int> count() = 0;
    virtual domain::Status remove(const QString& id) = 0;
    virtual domain::Status setThumbnail(const QString& id, const QString& path) = 0;
};

}  // namespace reelforge::application
