#include "application/services/library_service.h"

namespace reelforge::application {

using domain::ErrorCode;

LibraryService::LibraryService(IAssetRepository& assets, IMediaStorage& storage)
    : m_assets(assets)
    , m_storage(storage)
{
}

domain::Result<std::vector<AssetSummary>> LibraryService::list(const AssetQuery& query) const
{
    return m_assets.listSummaries(query);
}

domain::Result<domain::MediaAsset> LibraryService::get(const QString& id) const
{
    auto found = m_assets.findById(id);
    if (!found)
        return tl::unexpected(found.error());
    if (!found->has_value())
        return domain::fail(ErrorCode::NotFound, QStringLiteral("no asset with this id"), id);
    return **found;
}

domain::Status LibraryService::remove(const QString& id)
{
    auto asset = get(id);
    if (!asset)
        return tl::unexpected(asset.error());
    if (domain::Status s = m_assets.remove(id); !s)
        return s;
    // The record is gone first: a file left behind by a failed delete is only wasted space,
    // while a record without its file would be a broken library entry.
    if (asset->mode() == domain::ImportMode::Copy && m_storage.owns(asset->storedPath()))
        (void)m_storage.removeOwned(asset->storedPath());
    if (!asset->thumbnailPath().isEmpty() && m_storage.owns(asset->thumbnailPath()))
        (void)m_storage.removeOwned(asset->thumbnailPath());
    return domain::ok();
}

}  // namespace reelforge::application
