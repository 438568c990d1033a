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
        // Second names of temporary files of gone processes: a final name among them was placed
        // by an import that died before it committed its record.
        QSet<QString> deadTwins;
        for (const LibraryFile& f : *files) {
            if (!f.owner.isEmpty() && gone->contains(f.owner) && !f.identity.isEmpty())
                deadTwins.insert(f.identity);
        }
        for (const LibraryFile& f : *files) {
            if (f.owner.isEmpty() && names.contains(QFileInfo(f.path).fileName()))
                continue;  // recorded
            if (f.owner.isEmpty() && f.original && !deadTwins.contains(f.identity))
                continue;  // a copy with no record and no sign of a dead import: `library rebuild`
            const bool litter = f.owner.isEmpty() || gone->contains(f.owner);
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
