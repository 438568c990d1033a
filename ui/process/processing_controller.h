#pragma once

#include "ui/process/job_submitter.h"
#include "ui/studio_services.h"

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace reelforge::ui {

class DropProcessing;
class PresetsDialog;
class LibraryView;
class QueueNotices;
class QueuePanel;

// Processing in the studio window: the queue dock, the Process… command on the selected
// library videos (preset and output folder dialog), "when files are dropped" (import only, or
// import and process with a preset), and the status bar notices of finished jobs. Needs the
// queue, the preset store and the job repository from StudioServices.
class ProcessingController : public QObject {
    Q_OBJECT
public:
    ProcessingController(
        const StudioServices& services, QMainWindow* window, LibraryView* library, QAction* processAction);

    QueuePanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }
    QAction* queueToggle() const;  // shows or hides the queue dock
    DropProcessing* dropProcessing() const { return m_drops; }
    void buildMenu(QMenu* menu);  // Process…, when files are dropped, queue controls

    void processSelected();  // asks for a preset and a folder, then queues the jobs
    void showPresets();  // the Presets dialog: duplicate, edit, import and export presets
    void processAssets(const QStringList& assetIds, const ProcessChoice& choice);
    void onFilesDropped(const QStringList& paths);

signals:
    void revealAssetRequested(const QString& assetId);

private:
    void updateProcessAction();
    void fillDropMenu();
    double frameRateOf(const domain::Job& job) const;
    void report(const JobSubmitter::Outcome& outcome, const QString& preset);

    StudioServices m_services;
    QMainWindow* m_window;
    LibraryView* m_library;
    QAction* m_process;
    JobSubmitter m_submitter;
    ProcessSettings m_settings;
    QueuePanel* m_panel;
    QDockWidget* m_dock;
    DropProcessing* m_drops;
    QueueNotices* m_notices;
    QMenu* m_dropMenu = nullptr;
    QActionGroup* m_dropChoices = nullptr;
    QPointer<PresetsDialog> m_presetsDialog;
};

}  // namespace reelforge::ui
