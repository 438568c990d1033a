#pragma once

#include "application/interfaces/i_account_sign_in.h"
#include "application/interfaces/i_job_repository.h"
#include "application/interfaces/i_preferences.h"
#include "application/interfaces/i_preset_store.h"
#include "application/interfaces/i_sample_media_generator.h"
#include "application/interfaces/i_thumbnail_grabber.h"
#include "application/services/import_service.h"
#include "application/services/library_service.h"
#include "application/services/notification_service.h"
#include "application/services/processing_queue.h"

namespace reelforge::application {
class AnalysisService;
class PublishingService;
class AccountService;
class Scheduler;
}  // namespace reelforge::application

#include <QString>

namespace reelforge::ui {

// The application services the studio window talks to. The composition root (app/main.cpp or
// a test) owns them and keeps them alive longer than any window built from this struct; the
// UI only borrows them and never learns which adapters sit behind the ports.
struct StudioServices {
    application::ImportService& importer;
    application::LibraryService& library;
    application::NotificationService& notifications;
    application::IPreferences& preferences;
    application::ISampleMediaGenerator& samples;
    QString libraryPath;
    // Processing (the queue panel, Process…, process on drop). All three or none: a window
    // built without them has no processing; the studio always passes them.
    application::ProcessingQueue* queue = nullptr;
    application::IPresetStore* presets = nullptr;
    application::IJobRepository* jobs = nullptr;  // a job's log and output files
    // Analysis (timeline strip, loudness, faces, transcript, suggested thumbnails). Null: the
    // detail panel shows media information only.
    application::AnalysisService* analysis = nullptr;
    // Publishing (Publish…, accounts, the publications view). All or none, like processing.
    application::PublishingService* publishing = nullptr;
    application::AccountService* accounts = nullptr;
    // Frames at a given time (suggested thumbnails). Null: the suggestions show times only.
    const application::IThumbnailGrabber* frames = nullptr;
    application::IAccountSignIn* signIn = nullptr;  // browser sign-in, expired sign-in checks
};

}  // namespace reelforge::ui
