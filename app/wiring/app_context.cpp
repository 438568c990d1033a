#include "wiring/app_context.h"

#include "adapters/ai/analyzer_catalog.h"
#include "adapters/media/decode_pass.h"
#include "adapters/media/ffmpeg_probe.h"
#include "adapters/media/sample_generator.h"
#include "adapters/media/thumbnail_grabber.h"
#include "adapters/processing/analysis_processor.h"
#include "adapters/processing/transcode_processor.h"
#include "adapters/publishing/oauth/account_sign_in.h"
#include "adapters/publishing/publication_lock_files.h"
#include "adapters/publishing/publisher_factory.h"
#include "adapters/secrets/keychain_credential_store.h"
#include "adapters/storage/library_storage.h"
#include "adapters/system/system_clock.h"
#include "application/secrets/remembering_credential_store.h"
#include "application/services/library_janitor.h"
#include "application/services/library_recovery.h"
#include "application/services/process_heartbeat.h"
#include "infrastructure/config/file_preset_store.h"
#include "infrastructure/repositories/publication_error_scrub.h"
#include "infrastructure/repositories/sqlite_account_repository.h"
#include "infrastructure/repositories/sqlite_analysis_repository.h"
#include "infrastructure/repositories/sqlite_asset_repository.h"
#include "infrastructure/repositories/sqlite_backups.h"
#include "infrastructure/repositories/sqlite_database.h"
#include "infrastructure/repositories/sqlite_job_repository.h"
#include "infrastructure/repositories/sqlite_process_registry.h"
#include "infrastructure/repositories/sqlite_publication_repository.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QStandardPaths>
#include <QThreadPool>
#include <QtConcurrent>

namespace reelforge::app {

namespace {

// Every processing strategy the studio knows, registered by step kind.
application::ProcessorRegistry makeProcessors(
    application::IPresetStore& presets, application::AnalysisService& analysis)
{
    application::ProcessorRegistry registry;
    // Order matters within a kind: the first factory whose processor accepts the input wins.
    registry.add(std::make_unique<adapters::TranscodeProcessorFactory>(presets));
    registry.add(std::make_unique<adapters::AudioTranscodeProcessorFactory>(presets));
    registry.add(std::make_unique<adapters::AnalysisProcessorFactory>(analysis));
    return registry;
}

domain::Error indexLost(const QString& root, int files, const QString& what)
{
    const QString count = files == 1 ? QStringLiteral("1 file") : QStringLiteral("%1 files").arg(files);
    return { domain::ErrorCode::LibraryIndexLost,
        QStringLiteral(
            "the library's index is lost: %1 while originals/ holds %2; rebuild it with "
            "`reelforge-cli library rebuild` or restore a backup with `reelforge-cli library restore`")
            .arg(what, count),
        root };
}

}  // namespace

struct AppContext::Parts {
    Parts(const QString& root, const QString& presetFolder, const Options& options)
        : redactor(std::make_shared<application::SecretRedactor>())
        , storage(root)
        , database(storage.databasePath())
        , processes(database)
        , assets(database)
        , jobs(database)
        , presets(
              presetFolder.isEmpty() ? infrastructure::FilePresetStore::defaultUserFolder() : presetFolder)
        , analysisResults(database)
        , analyzers(adapters::makeAnalyzerRegistry())
        , analysis(application::AnalysisPorts { analysisResults, assets, storage, decodePass, analyzers })
        , processors(makeProcessors(presets, analysis))
        , importer(application::ImportPorts {
              assets, probe, storage, thumbnails, notifications, clock, processes })
        , library(assets, storage, processes)
        , queue(application::QueuePorts { jobs, processors, probe, clock, notifications, processes })
        , accountRecords(database)
        , publicationRecords(database, redactor)
        , credentials(credentialStore, *redactor)
        , publicationLocks(QDir(root).filePath(QStringLiteral(".locks/publications")))
        , publishers(credentials, adapters::PublisherFactory::Options { options.uploadChunkBytes, redactor })
        , accounts(accountRecords, credentials, clock)
        , publishing(application::PublishingPorts {
              publicationRecords, accountRecords, publishers, publicationLocks, clock, notifications })
        , scheduler(clock, publicationRecords, notifications, publishing)
        , signIn(credentials)
        , recovery(application::RecoveryPorts { assets, probe, storage, thumbnails, clock, processes })
        , backups(storage.databasePath(), QDir(root).filePath(QStringLiteral("backups")))
    {
        backupPool.setMaxThreadCount(1);
    }

    // Knows the secrets that pass through the credential store; errors are redacted with it
    // before they are stored or printed.
    std::shared_ptr<application::SecretRedactor> redactor;
    adapters::LibraryStorage storage;
    adapters::SystemClock clock;
    adapters::FfmpegProbe probe;
    adapters::FfmpegThumbnailGrabber thumbnails;
    adapters::FfmpegSampleGenerator samples;
    infrastructure::SqliteDatabase database;
    infrastructure::SqliteProcessRegistry processes;
    // Started once the database is open; stopped last (declared before the services).
    std::unique_ptr<application::ProcessHeartbeat> heartbeat;
    infrastructure::SqliteAssetRepository assets;
    infrastructure::SqliteJobRepository jobs;
    infrastructure::FilePresetStore presets;
    // Analysis before the queue: analysis jobs use it, so the queue (which stops its running
    // jobs when destroyed) must go first.
    adapters::FfmpegDecodePass decodePass;
    infrastructure::SqliteAnalysisRepository analysisResults;
    application::AnalysisRegistry analyzers;
    application::AnalysisService analysis;
    application::ProcessorRegistry processors;
    application::NotificationService notifications;
    application::ImportService importer;
    application::LibraryService library;
    application::ProcessingQueue queue;
    infrastructure::SqliteAccountRepository accountRecords;
    infrastructure::SqlitePublicationRepository publicationRecords;
    adapters::KeychainCredentialStore credentialStore;
    application::RememberingCredentialStore credentials;
    adapters::PublicationLockFiles publicationLocks;
    adapters::PublisherFactory publishers;
    application::AccountService accounts;
    application::PublishingService publishing;
    application::Scheduler scheduler;
    adapters::AccountSignIn signIn;
    application::LibraryRecovery recovery;
    infrastructure::SqliteBackups backups;
    QThreadPool backupPool;
    QFuture<void> backup;
};

domain::Result<std::unique_ptr<AppContext>> AppContext::open(const QString& libraryPath)
{
    return open(libraryPath, Options {});
}

domain::Result<std::unique_ptr<AppContext>> AppContext::open(
    const QString& libraryPath, const Options& options)
{
    if (libraryPath.trimmed().isEmpty())
        return domain::fail(domain::ErrorCode::InvalidArgument, QStringLiteral("library path is empty"));
    auto parts = std::make_unique<Parts>(libraryPath, options.presetFolder, options);
    const QString databasePath = parts->storage.databasePath();
    if (!infrastructure::isReadOnlyDatabase(databasePath)) {
        if (domain::Status s = parts->storage.ensureLayout(); !s)
            return tl::unexpected(s.error());
    }
    // Checked before opening: SQLite would create a new, empty database in its place.
    if (QFileInfo(databasePath).size() == 0) {
        auto originals = parts->storage.listOriginals();
        if (!originals)
            return tl::unexpected(originals.error());
        if (!originals->empty())
            return tl::unexpected(indexLost(parts->storage.root(), static_cast<int>(originals->size()),
                QFileInfo::exists(databasePath) ? QStringLiteral("library.db is empty")
                                                : QStringLiteral("library.db is missing")));
    }
    if (domain::Status s = parts->database.open(); !s)
        return tl::unexpected(s.error());
    const bool readOnly = parts->database.isReadOnly();
    parts->storage.setReadOnly(readOnly);
    auto lost = parts->recovery.lostOriginals();
    if (!lost)
        return tl::unexpected(lost.error());
    if (*lost > 0)
        return tl::unexpected(
            indexLost(parts->storage.root(), *lost, QStringLiteral("library.db has no assets")));
    if (!readOnly) {
        // This process joins the ones using the library before it takes any lease.
        parts->heartbeat = std::make_unique<application::ProcessHeartbeat>(parts->processes);
        if (domain::Status joined = parts->heartbeat->firstBeat(); !joined)
            return tl::unexpected(joined.error());
        // What crashed processes left behind goes now. Not worth refusing to open the library for.
        application::LibraryJanitor janitor(parts->assets, parts->storage, parts->processes);
        if (auto swept = janitor.sweep(); !swept)
            qWarning("library sweep failed: %s", qPrintable(swept.error().toString()));
        // Errors stored by earlier versions may hold a credential a server echoed back. Not a
        // reason to refuse the library (another process may hold it busy): the next open retries.
        if (auto scrubbed = infrastructure::scrubPublicationErrors(parts->database, parts->redactor.get());
            !scrubbed)
            qWarning(
                "Could not scrub stored publication errors: %s", qPrintable(scrubbed.error().toString()));
        Parts& p = *parts;
        p.backup = QtConcurrent::run(
            &p.backupPool, [&p, interval = options.backupInterval, keep = options.backupsKept] {
                auto made
                    = p.backups.backupIfDue(p.database, interval, keep, QDateTime::currentDateTimeUtc());
                if (!made)
                    qWarning(
                        "The library's automatic backup failed: %s", qPrintable(made.error().toString()));
            });
    }
    return std::unique_ptr<AppContext>(new AppContext(std::move(parts)));
}

AppContext::AppContext(std::unique_ptr<Parts> parts)
    : m_parts(std::move(parts))
{
}

AppContext::~AppContext()
{
    m_parts->backup.waitForFinished();
    // Background imports use the repositories: stop them before anything is torn down.
    m_parts->importer.cancelAll();
    m_parts->importer.waitForIdle();
    m_parts->analysis.cancelAll();
    m_parts->analysis.waitForIdle();
}

QString AppContext::libraryPath() const
{
    return m_parts->storage.root();
}
bool AppContext::isReadOnly() const
{
    return m_parts->database.isReadOnly();
}
application::ImportService& AppContext::importer()
{
    return m_parts->importer;
}
application::LibraryService& AppContext::library()
{
    return m_parts->library;
}
application::NotificationService& AppContext::notifications()
{
    return m_parts->notifications;
}
application::IMediaProbe& AppContext::probe()
{
    return m_parts->probe;
}
application::ISampleMediaGenerator& AppContext::samples()
{
    return m_parts->samples;
}
application::IPresetStore& AppContext::presets()
{
    return m_parts->presets;
}
application::ProcessingQueue& AppContext::queue()
{
    return m_parts->queue;
}
application::IJobRepository& AppContext::jobs()
{
    return m_parts->jobs;
}
application::AnalysisService& AppContext::analysis()
{
    return m_parts->analysis;
}
const application::IThumbnailGrabber& AppContext::frames()
{
    return m_parts->thumbnails;
}
application::PublishingService& AppContext::publishing()
{
    return m_parts->publishing;
}
application::Scheduler& AppContext::scheduler()
{
    return m_parts->scheduler;
}
application::AccountService& AppContext::accounts()
{
    return m_parts->accounts;
}
application::IPublicationRepository& AppContext::publications()
{
    return m_parts->publicationRecords;
}
application::ICredentialStore& AppContext::credentials()
{
    return m_parts->credentials;
}
const application::SecretRedactor& AppContext::redactor() const
{
    return *m_parts->redactor;
}
application::IAccountSignIn& AppContext::signIn()
{
    return m_parts->signIn;
}

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
