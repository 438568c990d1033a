#include "wiring/app_context.h"

#include "adapters/media/ffmpeg_probe.h"
#include "adapters/media/sample_generator.h"
#include "adapters/media/thumbnail_grabber.h"
#include "adapters/storage/library_storage.h"
#include "adapters/system/system_clock.h"
#include "infrastructure/config/file_preset_store.h"
#include "infrastructure/repositories/sqlite_asset_repository.h"
#include "infrastructure/repositories/sqlite_job_repository.h"
#include "infrastructure/repositories/sqlite_database.h"

#include <QDir>
#include <QStandardPaths>

namespace reelforge::app {

namespace {

// Every processing strategy the studio knows, registered by step kind.
application::ProcessorRegistry makeProcessors(application::IPresetStore& presets)
{
    application::ProcessorRegistry registry;
    (void)presets;
    return registry;
}

}  // namespace

struct AppContext::Parts {
    Parts(const QString& root, const QString& presetFolder)
        : storage(root)
        , database(storage.databasePath())
        , assets(database)
        , jobs(database)
        , presets(presetFolder.isEmpty() ? infrastructure::FilePresetStore::defaultUserFolder() : presetFolder)
        , processors(makeProcessors(presets))
        , importer(application::ImportPorts{assets, probe, storage, thumbnails, notifications, clock})
        , library(assets, storage)
        , queue(application::QueuePorts{jobs, processors, probe, clock, notifications})
    {
    }

    adapters::LibraryStorage storage;
    adapters::SystemClock clock;
    adapters::FfmpegProbe probe;
    adapters::FfmpegThumbnailGrabber thumbnails;
    adapters::FfmpegSampleGenerator samples;
    infrastructure::SqliteDatabase database;
    infrastructure::SqliteAssetRepository assets;
    infrastructure::SqliteJobRepository jobs;
    infrastructure::FilePresetStore presets;
    application::ProcessorRegistry processors;
    application::NotificationService notifications;
    application::ImportService importer;
    application::LibraryService library;
    application::ProcessingQueue queue;
};

domain::Result<std::unique_ptr<AppContext>> AppContext::open(const QString& libraryPath)
{
    return open(libraryPath, Options{});
}

domain::Result<std::unique_ptr<AppContext>> AppContext::open(const QString& libraryPath, const Options& options)
{
    if (libraryPath.trimmed().isEmpty())
        return domain::fail(domain::ErrorCode::InvalidArgument, QStringLiteral("library path is empty"));
    auto parts = std::make_unique<Parts>(libraryPath, options.presetFolder);
    if (domain::Status s = parts->storage.ensureLayout(); !s)
        return tl::unexpected(s.error());
    if (domain::Status s = parts->database.open(); !s)
        return tl::unexpected(s.error());
    return std::unique_ptr<AppContext>(new AppContext(std::move(parts)));
}

AppContext::AppContext(std::unique_ptr<Parts> parts) : m_parts(std::move(parts)) {}

AppContext::~AppContext()
{
    // Background imports use the repositories: stop them before anything is torn down.
    m_parts->importer.cancelAll();
    m_parts->importer.waitForIdle();
}

QString AppContext::libraryPath() const { return m_parts->storage.root(); }
application::ImportService& AppContext::importer() { return m_parts->importer; }
application::LibraryService& AppContext::library() { return m_parts->library; }
application::NotificationService& AppContext::notifications() { return m_parts->notifications; }
application::IMediaProbe& AppContext::probe() { return m_parts->probe; }
application::ISampleMediaGenerator& AppContext::samples() { return m_parts->samples; }
application::IPresetStore& AppContext::presets() { return m_parts->presets; }
application::ProcessingQueue& AppContext::queue() { return m_parts->queue; }
application::IJobRepository& AppContext::jobs() { return m_parts->jobs; }

QString resolveLibraryPath(const QString& commandLineOverride, const application::IPreferences& preferences)
{
    if (!commandLineOverride.isEmpty())
        return QDir(commandLineOverride).absolutePath();
    const QString env = qEnvironmentVariable("REELFORGE_LIBRARY");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    const QString saved = preferences.load().libraryPath;
    if (!saved.isEmpty())
        return saved;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/Library");
}

}  // namespace reelforge::app
