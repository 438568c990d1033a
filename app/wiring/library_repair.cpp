#include "wiring/library_repair.h"

#include "adapters/media/ffmpeg_probe.h"
#include "adapters/media/thumbnail_grabber.h"
#include "adapters/storage/library_storage.h"
#include "adapters/system/system_clock.h"
#include "application/services/library_recovery.h"
#include "application/services/process_heartbeat.h"
#include "infrastructure/repositories/sqlite_asset_repository.h"
#include "infrastructure/repositories/sqlite_backups.h"
#include "infrastructure/repositories/sqlite_database.h"
#include "infrastructure/repositories/sqlite_process_registry.h"

#include <QDateTime>
#include <QDir>

namespace reelforge::app {

// The database and what reads and writes its assets; dropped (its connection closed) before a
// restore, which must find the library unused.
struct LibraryRepair::Index {
    Index(adapters::LibraryStorage& storage, application::IMediaProbe& probe,
        application::IThumbnailGrabber& thumbnails, application::IClock& clock)
        : database(storage.databasePath())
        , processes(database)
        , assets(database)
        , recovery(application::RecoveryPorts { assets, probe, storage, thumbnails, clock, processes })
    {
    }

    infrastructure::SqliteDatabase database;
    infrastructure::SqliteProcessRegistry processes;
    infrastructure::SqliteAssetRepository assets;
    application::LibraryRecovery recovery;
    // Joins the processes using the library, so that its staged thumbnails are not taken for
    // a dead process's leftovers.
    std::unique_ptr<application::ProcessHeartbeat> heartbeat;
};

struct LibraryRepair::Parts {
    explicit Parts(const QString& root)
        : storage(root)
        , backups(storage.databasePath(), QDir(storage.root()).filePath(QStringLiteral("backups")))
    {
    }

    adapters::LibraryStorage storage;
    adapters::FfmpegProbe probe;
    adapters::FfmpegThumbnailGrabber thumbnails;
    adapters::SystemClock clock;
    infrastructure::SqliteBackups backups;
    std::unique_ptr<Index> index;  // the open database, made on first use
};

LibraryRepair::LibraryRepair(const QString& libraryPath)
    : m_parts(std::make_unique<Parts>(libraryPath))
{
}

LibraryRepair::~LibraryRepair() = default;

domain::Result<LibraryRepair::Index*> LibraryRepair::index()
{
    if (m_parts->index)
        return m_parts->index.get();
    if (infrastructure::isReadOnlyDatabase(m_parts->storage.databasePath()))
        return domain::fail(domain::ErrorCode::LibraryReadOnly, QStringLiteral("the library is read-only"),
            m_parts->storage.root());
    if (domain::Status s = m_parts->storage.ensureLayout(); !s)
        return tl::unexpected(s.error());
    auto opened
        = std::make_unique<Index>(m_parts->storage, m_parts->probe, m_parts->thumbnails, m_parts->clock);
    if (domain::Status s = opened->database.open(); !s)
        return tl::unexpected(s.error());
    opened->heartbeat = std::make_unique<application::ProcessHeartbeat>(opened->processes);
    if (domain::Status joined = opened->heartbeat->firstBeat(); !joined)
        return tl::unexpected(joined.error());
    m_parts->index = std::move(opened);
    return m_parts->index.get();
}

domain::Result<application::RebuildReport> LibraryRepair::rebuild(
    application::CancellationToken& cancel, application::ProgressSink* progress)
{
    auto opened = index();
    if (!opened)
        return tl::unexpected(opened.error());
    return (*opened)->recovery.rebuild(cancel, progress);
}

domain::Result<std::vector<application::BackupInfo>> LibraryRepair::backups() const
{
    return m_parts->backups.list();
}

domain::Result<application::RestoreReport> LibraryRepair::restore(const QString& backup)
{
    m_parts->index.reset();  // our own connection would look like another user of the library
    return m_parts->backups.restore(backup, QDateTime::currentDateTimeUtc());
}

domain::Result<int> LibraryRepair::unindexedOriginals()
{
    auto opened = index();
    if (!opened)
        return tl::unexpected(opened.error());
    return (*opened)->recovery.unindexedOriginals();
}

}  // namespace reelforge::app
