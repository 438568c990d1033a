#pragma once

#include "application/cancellation_token.h"
#include "application/dtos/recovery_dtos.h"
#include "application/progress.h"
#include "domain/result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace reelforge::ui {

// The work behind the dialog, supplied by the composition root. Each runs on the dialog's
// worker thread, never on the GUI thread.
struct LibraryRepairActions {
    std::function<domain::Result<application::RebuildReport>(
        application::CancellationToken&, application::ProgressSink&)>
        rebuild;
    std::function<domain::Result<std::vector<application::BackupInfo>>()> listBackups;
    std::function<domain::Result<application::RestoreReport>(const QString& backupPath)> restore;
};

// Shown instead of the studio when the library's index is lost: says what happened and
// offers to rebuild the index from the library's files, to restore a backup, or to quit. The
// window stays responsive throughout: the work runs on a private thread pool and reports back
// through queued calls. Closing the dialog cancels a rebuild and waits for it to stop.
class LibraryIndexDialog : public QDialog {
    Q_OBJECT
public:
    enum class Outcome { Quit, Rebuilt, Restored };

    LibraryIndexDialog(const QString& libraryPath, LibraryRepairActions actions, QWidget* parent = nullptr);
    ~LibraryIndexDialog() override;

    Outcome outcome() const { return m_outcome; }
    // Quit; while work runs, asks a rebuild to stop and stays open.
    void reject() override;

private:
    void buildChoicePage(const QString& libraryPath);
    void buildBackupsPage();
    void buildWorkingPage();
    void buildDonePage();
    void startRebuild();
    void onRebuildFinished();
    void showBackups();
    void startRestore();
    void onRestoreFinished();
    void showProblem(QLabel* label, const domain::Error& error);
    void finish(Outcome outcome, const QString& summary);
    bool isBusy() const;

    LibraryRepairActions m_actions;
    Outcome m_outcome = Outcome::Quit;
    QThreadPool m_pool;
    std::shared_ptr<application::CancellationToken> m_cancel;
    QFutureWatcher<domain::Result<application::RebuildReport>> m_rebuild;
    QFutureWatcher<domain::Result<std::vector<application::BackupInfo>>> m_backups;
    QFutureWatcher<domain::Result<application::RestoreReport>> m_restore;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_choiceProblem = nullptr;
    QListWidget* m_backupList = nullptr;
    QLabel* m_backupsNote = nullptr;
    QPushButton* m_restoreSelected = nullptr;
    QLabel* m_workingLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
};

}  // namespace reelforge::ui
