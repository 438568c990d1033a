#pragma once

#include "application/interfaces/i_clock.h"
#include "application/interfaces/i_job_repository.h"
#include "application/interfaces/i_notifier.h"
#include "application/interfaces/i_process_registry.h"
#include "application/services/job_runner.h"
#include "application/services/work_engine.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace reelforge::application {

struct QueuePorts {
    IJobRepository& jobs;
    const ProcessorRegistry& processors;
    const IMediaProbe& probe;
    IClock& clock;
    INotifier& notifier;
    IProcessRegistry& processes;
};

struct JobRequest {
    QString input;  // a media file (an asset's stored file, or any path)
    QString title;
    QString assetId;
    domain::Recipe recipe;
    QString outputDir;  // empty for recipes that write no file (analysis only)
    QString outputTemplate = QStringLiteral("{title}_{preset}.{ext}");
    int priority = 0;
};

// The persistent processing queue, shared by every process that opens the library. Every job is
// in SQLite before it runs and every state change is a compare-and-swap on the row, so two
// processes never run the same job and a change made elsewhere is never overwritten.
//
// A running job is leased to one live process (IProcessRegistry): it is taken in one
// conditional write, its attempt writes temporary files under names no other attempt uses, and
// it finishes in one transaction that moves the outputs into place and records them. recover()
// (at start, then every few seconds) takes back only jobs whose owner is gone: it counts the
// crash and queues them again, or fails a job that keeps crashing its process.
//
// Lives on the thread that created it (the GUI thread, or the CLI's main thread); jobs run on a
// WorkEngine's pool. Signals arrive on the owner thread. Controls for jobs running in another
// process (the CLI's `queue pause|resume|cancel`) go through the database to their owner.
class ProcessingQueue : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxInterruptions = 2;

    explicit ProcessingQueue(QueuePorts ports, QObject* parent = nullptr);
    ~ProcessingQueue() override;

    domain::Result<domain::Job> submit(const JobRequest& request);
    domain::Result<std::vector<ProcessPlan>> plan(const JobRequest& request) const;

    domain::Status pause(const QString& id);
    domain::Status resume(const QString& id);
    domain::Status cancel(const QString& id);
    domain::Status retry(const QString& id);
    domain::Status setPriority(const QString& id, int priority);

    void setConcurrency(int jobs);
    int concurrency() const { return m_engine.concurrency(); }
    void setStopAfterCurrent(bool stop);
    bool stopAfterCurrent() const { return m_stopAfterCurrent; }

    domain::Status recover();
    // Begins running queued jobs (all, or only those in `only`); call after recover().
    void start(const QSet<QString>& only = {});
    bool isIdle() const;
    domain::Result<std::vector<domain::Job>> jobs() const;
    void waitForDone();

signals:
    void jobChanged(const reelforge::domain::Job& job);
    void jobProgress(const QString& id, const reelforge::application::Progress& progress);
    void idle();

private:
    void schedule();
    void launch(const domain::Job& queued);
    void finished(const domain::Job& started, const domain::Result<JobOutcome>& outcome, StopReason reason);
    void record(const domain::Job& seen, const domain::Job& next, const QString& logLine);
    void succeed(const domain::Job& current, const domain::Job& running, const JobOutcome& outcome);
    void onProgress(const QString& id, const Progress& progress);
    void poll(const QString& id, RunningItem& item);
    domain::Result<domain::Job> load(const QString& id) const;
    // Writes `next` over `seen`; false (and nothing written) when another process changed it.
    domain::Result<bool> swap(const domain::Job& seen, const domain::Job& next, const QString& logLine);
    bool ownedHere(const domain::Job& job) const;
    void notifyFinished(const domain::Job& job, const std::vector<domain::Artifact>& artifacts);

    QueuePorts m_ports;
    JobRunner m_runner;
    WorkEngine m_engine;
    QTimer m_recoverTimer;
    std::map<QString, qint64> m_progressSavedMs;
    QSet<QString> m_only;
    bool m_stopAfterCurrent = false;
    bool m_started = false;
    bool m_stopping = false;
};

}  // namespace reelforge::application

Q_DECLARE_METATYPE(reelforge::domain::Job)
