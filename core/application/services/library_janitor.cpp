#include "application/services/library_janitor.h"

#include <QFileInfo>

namespace reelforge::application {

LibraryJanitor::LibraryJanitor(IAssetRepository& assets, IMediaStorage& storage, IProcessRegistry& processes)
    : m_assets(assets)
    , m_storage(storage)
    , m_processes(processes)
{
}

domain::Result<int> LibraryJanitor::sweep()
{
    auto before = m_storage.files();
    if (!before)
        return tl::unexpected(before.error());
    QSet<QString> owners;
    for (const LibraryFile& f : *before) {
        if (!f.owner.isEmpty() && f.owner != m_processes.selfId())
            owners.insert(f.owner);
    }
    auto gone = m_processes.gone(owners);
    if (!gone)
        return tl::unexpected(gone.error());

    int removed = 0;
    domain::Status swept = m_assets.sweepUnreferenced([&](const QSet<QString>& referenced) -> domain::Status {
        QSet<QString> names;
        for (const QString& path : referenced)
            names.insert(QFileInfo(path).fileName());
        // Listed again under the lock: what was placed meanwhile is recorded by now.
        auto files = m_storage.files();
        if (!files)
            return tl::unexpected(files.error());
        const bool anyReferenced = std::any_of(files->begin(), files->end(), [&](const LibraryFile& f) {
            return f.owner.isEmpty() && names.contains(QFileInfo(f.path).fileName());
        });
        for (const LibraryFile& f : *files) {
            const bool litter = f.owner.isEmpty()
                ? anyReferenced && !names.contains(QFileInfo(f.path).fileName())
                : gone->contains(f.owner);
            if (litter && m_storage.removeOwned(f.path))
                ++removed;
        }
        return domain::ok();
    });
    if (!swept)
        return tl::unexpected(swept.error());
    return removed;
}

}  // namespace reelforge::application
