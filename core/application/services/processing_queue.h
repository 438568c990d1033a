#pragma once

#include "application/interfaces/i_clock.h"
#include "application/interfaces/i_job_repository.h"
#include "application/interfaces/i_notifier.h"
#include "application/services/job_runner.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <map>
#include <memory>

namespace reelforge::application {

struct QueuePorts {
    IJobRepository& jobs;
    const ProcessorRegistry& processors;
    const IMediaProbe& probe;
    IClock& clock;
    INotifier& notifier;
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

// The persistent processing queue. Every job is in SQLite before it runs; state changes are
// written as they happen, so a crash or kill loses nothing: recover() (called once at start)
// turns jobs that were running into Interrupted and queues them again, once per crash, and
// fails a job that keeps crashing the process.
//
// Lives on the thread that created it (the GUI thread, or the CLI's main thread); jobs run on
// its own pool. Signals arrive on the owner thread. Controls from other processes (the CLI's
// `queue pause|resume|cancel`) are picked up from the database while jobs run here.
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
    int concurrency() const { return m_concurrency; }
    void setStopAfterCurrent(bool stop);
    bool stopAfterCurrent() const { return m_stopAfterCurrent; }

    domain::Status recover();
    void start();  // begins running queued jobs (call after recover())
    bool isIdle() const;
    domain::Result<std::vector<domain::Job>> jobs() const;
    void waitForDone();

signals:
    void jobChanged(const reelforge::domain::Job& job);
    void jobProgress(const QString& id, const reelforge::application::Progress& progress);
    void idle();

private:
    struct Running;

    void schedule();
    void launch(domain::Job job);
    void finished(const QString& id, const domain::Result<std::vector<domain::Artifact>>& result);
    void onProgress(const QString& id, const Progress& progress);
    void pollControls();
    domain::Result<domain::Job> load(const QString& id) const;
    domain::Status transition(domain::Job& job, domain::JobState to, const QString& logLine);
    void notifyFinished(const domain::Job& job, const std::vector<domain::Artifact>& artifacts);

    QueuePorts m_ports;
    JobRunner m_runner;
    QThreadPool m_pool;
    QTimer m_controlPoll;
    std::map<QString, std::shared_ptr<Running>> m_running;
    int m_concurrency = 1;
    bool m_stopAfterCurrent = false;
    bool m_started = false;
};

}  // namespace reelforge::application

Q_DECLARE_METATYPE(reelforge::domain::Job)
