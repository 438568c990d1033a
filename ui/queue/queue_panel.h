#pragma once

#include "application/interfaces/i_job_repository.h"
#include "application/services/processing_queue.h"

#include <QThreadPool>
#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QSpinBox;
class QStackedWidget;

namespace reelforge::ui {

class QueueModel;
struct QueueActions;

// The processing queue: every job with its progress, speed and time left, and the commands a
// creator needs (pause, resume, cancel, retry, reorder, priority, open the result, show the
// ffmpeg command or the log), how many jobs run at once (remembered) and "stop after current".
//
// Borrows the queue and the job repository (the log and the output files of a job). Follows
// the queue through its signals; the only reads on the GUI thread are quick SQLite look-ups.
// Working out a job's ffmpeg command probes its input, so that runs on the panel's own pool.
class QueuePanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxConcurrency = 4;

    QueuePanel(
        application::ProcessingQueue& queue, application::IJobRepository& jobs, QWidget* parent = nullptr);
    ~QueuePanel() override;

    QueueModel* model() const { return m_model; }
    QListView* view() const { return m_view; }
    QueueActions* actions() const { return m_actions.get(); }
    QSpinBox* concurrencyBox() const { return m_concurrency; }

    void reload();  // re-reads the whole queue
    void selectJob(const QString& id);
    QStringList selectedJobIds() const;  // current first

signals:
    void revealAssetRequested(const QString& assetId);
    // Publish… for a finished job's first output file (its artifact id when it was recorded).
    void publishOutputRequested(const QString& path, const QString& artifactId, const QString& title);
    void notice(const QString& text);  // something for the status bar

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildHeader();
    void connectActions();
    void onJobChanged(const domain::Job& job);
    void updateActions();
    void updateSummary();
    void showContextMenu(const QPoint& pos);
    void onActivated(const QModelIndex& index);

    const domain::Job* currentJob() const;
    void forSelected(
        bool (*applies)(domain::JobState), const std::function<domain::Status(const QString&)>& command);
    void move(int delta);
    void setPriority(int priority);
    void openOutputFolder();
    void publishOutput();
    void showCommand();
    void showLog();

    application::ProcessingQueue& m_queue;
    application::IJobRepository& m_jobs;
    QueueModel* m_model;
    std::unique_ptr<QueueActions> m_actions;
    QListView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_summary = nullptr;
    QSpinBox* m_concurrency = nullptr;
    QThreadPool m_planPool;
};

}  // namespace reelforge::ui
