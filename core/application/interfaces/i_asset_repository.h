#pragma once

#include "application/dtos/asset_summary.h"
#include "domain/models/media_asset.h"

#include <QSet>

#include <functional>
#include <optional>
#include <vector>

namespace reelforge::application {

struct AssetQuery {
    enum class Sort { ImportedDesc, ImportedAsc, Title, Duration };
    QString search;  // case-insensitive substring of the title or file name
    Sort sort = Sort::ImportedDesc;
    int limit = -1;
};

// File moves that belong to a database change (see IMediaStorage): `apply` runs inside the
// transaction, after its checks; `undo` runs if the transaction fails after `apply` succeeded,
// while no other process can write yet.
struct FileMoves {
    std::function<domain::Status()> apply;
    std::function<void()> undo;
};

// Persistence of library assets, shared by every process that opens the library.
// Implementations are safe to call from any thread (each thread uses its own connection);
// every write is one transaction: all or nothing.
class IAssetRepository {
public:
    virtual ~IAssetRepository() = default;
    virtual domain::Status add(const domain::MediaAsset& asset) = 0;
    // Adds the asset unless the library already holds its content: then nothing is added and
    // the id of the asset that has it is returned. The check, `files.apply` (which moves the
    // staged copy into place) and the insert are one transaction no other process can
    // interleave with, so a copy is never replaced or deleted under a record that uses it.
    virtual domain::Result<std::optional<QString>> addUnlessPresent(
        const domain::MediaAsset& asset, const FileMoves& files)
        = 0;
    // Removes the record; `files.apply` (which sets its files aside) runs in the same
    // transaction. NotFound when there is no such asset.
    virtual domain::Status remove(const QString& id, const FileMoves& files) = 0;
    // Runs `sweep` with every file a record refers to (stored copies and thumbnails) while no
    // other process can add or remove a record.
    virtual domain::Status sweepUnreferenced(
        const std::function<domain::Status(const QSet<QString>& referenced)>& sweep)
        = 0;
    virtual domain::Result<std::optional<domain::MediaAsset>> findById(const QString& id) = 0;
    virtual domain::Result<std::optional<domain::MediaAsset>> findByHash(const QString& sha256) = 0;
    virtual domain::Result<std::vector<domain::MediaAsset>> list(const AssetQuery& query) = 0;
    // What a library list shows, without building whole assets: this is the hot path of the
    // library view and `reelforge-cli list` (10,000 rows in well under a second).
    virtual domain::Result<std::vector<AssetSummary>> listSummaries(const AssetQuery& query) = 0;
    virtual domain::Result<int> count() = 0;
    virtual domain::Status setThumbnail(const QString& id, const QString& path) = 0;
};

}  // namespace reelforge::application
