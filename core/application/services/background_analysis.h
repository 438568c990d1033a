#pragma once

#include "application/dtos/import_dtos.h"
#include "application/interfaces/i_preferences.h"
#include "application/services/import_service.h"
#include "application/services/processing_queue.h"

#include <QObject>

#include <vector>

namespace reelforge::application {

// Analysis in the background after import (the "Analyze new videos in the background"
// preference, on by default): when an import started with ImportService::start() finishes,
// every newly imported asset gets an analysis job in the processing queue, below the
// creator's own jobs, so scenes, silences, loudness, faces and thumbnails are ready by the
// time they are needed. The jobs persist, pause, cancel and survive crashes like any other.
// Duplicates that were skipped are not queued again (their results are already cached).
// Lives on the thread of the services it listens to (the GUI thread). The preference is read
// at each import, so changing it takes effect for the next one.
class BackgroundAnalysis : public QObject {
    Q_OBJECT
public:
    // Below the default priority (0): creators' jobs go first; FIFO among analyses.
    static constexpr int kPriority = -10;

    BackgroundAnalysis(ImportService& importer, ProcessingQueue& queue, const IPreferences& preferences,
        QObject* parent = nullptr);

    // Queues the analyses for one import's report; returns the jobs it queued (none when the
    // preference is off). Called on ImportService::finished; public for the studio and tests.
    std::vector<domain::Job> queueFor(const ImportReport& report);

signals:
    // An asset whose analysis could not be queued (e.g. the database is locked).
    void queueFailed(const QString& assetId, const reelforge::domain::Error& error);

private:
    ProcessingQueue& m_queue;
    const IPreferences& m_preferences;
};

}  // namespace reelforge::application
