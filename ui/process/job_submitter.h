#pragma once

#include "application/services/library_service.h"
#include "application/services/processing_queue.h"
#include "ui/process/process_settings.h"

#include <QCoreApplication>
#include <QStringList>

namespace reelforge::ui {

// Turns "process these library videos with this preset into that folder" into queue jobs:
// one job per asset, a one-step transcode recipe, the asset's stored file as input. GUI
// thread (the queue lives there); each submit reads one asset and probes its file.
class JobSubmitter {
    Q_DECLARE_TR_FUNCTIONS(JobSubmitter)
public:
    struct Outcome {
        QStringList jobIds;
        QStringList failures;  // one sentence per video that could not be queued
    };

    JobSubmitter(application::ProcessingQueue& queue, application::LibraryService& library);

    Outcome submit(const QStringList& assetIds, const ProcessChoice& choice);
    static application::JobRequest requestFor(const domain::MediaAsset& asset, const ProcessChoice& choice);
    static QString summary(const Outcome& outcome, const QString& preset);  // for the status bar

private:
    application::ProcessingQueue& m_queue;
    application::LibraryService& m_library;
};

}  // namespace reelforge::ui
