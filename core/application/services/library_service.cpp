#include "application/services/library_service.h"

#include <QFileInfo>

namespace reelforge::application {

using domain::ErrorCode;

LibraryService::LibraryService(IAssetRepository& assets, IMediaStorage& storage, IProcessRegistry& processes)
    : m_assets(assets)
    , m_storage(storage)
    , m_processes(processes)
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
    QStringList owned;
    if (asset->mode() == domain::ImportMode::Copy && m_storage.owns(asset->storedPath()))
        owned << asset->storedPath();
    if (!asset->thumbnailPath().isEmpty() && m_storage.owns(asset->thumbnailPath()))
        owned << asset->thumbnailPath();
    std::vector<std::pair<QString, QString>> aside;  // temporary, original
    const auto putBack = [&] {
        for (const auto& [temporary, original] : aside) {
            // The record is back: so are its files (and the temporary name goes, where place()
            // kept it as a second link).
            if (m_storage.place(temporary, original))
                (void)m_storage.removeOwned(temporary);
        }
        aside.clear();
    };
    const auto setAside = [&]() -> domain::Status {
        for (const QString& path : owned) {
            if (!QFileInfo::exists(path))
                continue;  // already gone: nothing to keep
            auto moved = m_storage.setAside(path, m_processes.selfId());
            if (!moved) {
                putBack();
                return tl::unexpected(moved.error());
            }
            aside.emplace_back(*moved, path);
        }
        return domain::ok();
    };
    if (domain::Status s = m_assets.remove(id, { setAside, putBack }); !s)
        return s;
    // The record is gone: its files can go. One that cannot be deleted now stays under a
    // temporary name of this process's, which the next sweep removes.
    for (const auto& [temporary, original] : aside)
        (void)m_storage.removeOwned(temporary);
    return domain::ok();
}

}  // namespace reelforge::application
