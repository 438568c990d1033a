#pragma once

#include "application/dtos/import_dtos.h"
#include "application/services/import_service.h"
#include "application/services/library_service.h"
#include "ui/process/job_submitter.h"
#include "ui/process/process_settings.h"

#include <QObject>

#include <vector>

namespace reelforge::ui {

// "When I drop files: import only, or import and process with PRESET." Remembers the choice
// (ProcessSettings) and, when a preset is chosen, queues a job for every file of a drop once
// its import has finished: newly imported files and files that were already in the library.
// Files are recognised by their original path, so imports started elsewhere are left alone.
class DropProcessing : public QObject {
    Q_OBJECT
public:
    DropProcessing(application::ImportService& importer, application::LibraryService& library,
        JobSubmitter& submitter, ProcessSettings settings, QObject* parent = nullptr);

    QString preset() const;  // empty: import only
    void setPreset(const QString& preset);
    // Call for every drop, before or after its import starts; ignored when importing only.
    void noteDropped(const QStringList& paths);

signals:
    void submitted(const reelforge::ui::JobSubmitter::Outcome& outcome, const QString& preset);

private:
    struct Batch {
        QStringList paths;
        ProcessChoice choice;
    };

    void onImportFinished(const application::ImportReport& report);
    bool covers(const Batch& batch, const QString& path) const;
    QString originalPathOf(const QString& assetId) const;

    application::ImportService& m_importer;
    application::LibraryService& m_library;
    JobSubmitter& m_submitter;
    ProcessSettings m_settings;
    std::vector<Batch> m_pending;
};

}  // namespace reelforge::ui
