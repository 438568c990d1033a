#pragma once

#include "application/interfaces/i_account_sign_in.h"
#include "application/interfaces/i_credential_store.h"
#include "application/interfaces/i_media_probe.h"
#include "application/interfaces/i_preferences.h"
#include "application/interfaces/i_preset_store.h"
#include "application/interfaces/i_publication_repository.h"
#include "application/interfaces/i_sample_media_generator.h"
#include "application/interfaces/i_thumbnail_grabber.h"
#include "application/secrets/secret_redactor.h"
#include "application/services/account_service.h"
#include "application/services/analysis_service.h"
#include "application/services/import_service.h"
#include "application/services/library_service.h"
#include "application/services/notification_service.h"
#include "application/services/processing_queue.h"
#include "application/services/publishing_service.h"
#include "application/services/scheduler.h"

#include <QString>

#include <chrono>
#include <memory>

namespace reelforge::app {

// The object graph of one open library, built once by the GUI, the CLI or a test. It is the
// only place that creates adapters and infrastructure objects. Create it on the thread that
// will use its QObjects (the GUI thread).
//
// open() refuses a library whose index is lost (LibraryIndexLost: library.db is missing or
// has no assets while originals/ holds the library's files), so that it never silently
// becomes a new, empty library; LibraryRepair brings it back. A library this process cannot
// write opens read-only (isReadOnly()): reads work, every write fails with LibraryReadOnly.
// Otherwise each open makes a rolling backup of the database when one is due, on a worker
// thread (the destructor waits for it).
class AppContext {
public:
    struct Options {
        QString presetFolder;  // the creator's presets; empty: the platform config folder
        qint64 uploadChunkBytes = 0;  // publishing chunk size; 0: each protocol's default
        std::chrono::seconds backupInterval = std::chrono::hours(24);  // at most one backup per interval
        int backupsKept = 7;  // automatic backups kept in backups/
    };
    static domain::Result<std::unique_ptr<AppContext>> open(
        const QString& libraryPath, const Options& options);
    static domain::Result<std::unique_ptr<AppContext>> open(const QString& libraryPath);
    ~AppContext();

    QString libraryPath() const;
    bool isReadOnly() const;
    application::ImportService& importer();
    application::LibraryService& library();
    application::NotificationService& notifications();
    application::IMediaProbe& probe();
    application::ISampleMediaGenerator& samples();
    application::IPresetStore& presets();
    application::ProcessingQueue& queue();
    application::IJobRepository& jobs();
    application::AnalysisService& analysis();  // scenes, silences, loudness, faces, speech
    const application::IThumbnailGrabber& frames();  // a video's frame at a given time
    application::PublishingService& publishing();
    application::Scheduler& scheduler();
    application::AccountService& accounts();
    application::IPublicationRepository& publications();
    application::ICredentialStore& credentials();  // tells redactor() every secret it handles
    const application::SecretRedactor& redactor() const;  // for text about to be printed or logged
    application::IAccountSignIn& signIn();  // browser sign-in and "still signed in?" checks

private:
    struct Parts;
    explicit AppContext(std::unique_ptr<Parts> parts);
    std::unique_ptr<Parts> m_parts;
};

// Where the library lives: --library DIR, else REELFORGE_LIBRARY, else the saved preference,
// else the platform's data folder (QStandardPaths::AppDataLocation + "/Library").
QString resolveLibraryPath(const QString& commandLineOverride, const application::IPreferences& preferences);

}  // namespace reelforge::app
