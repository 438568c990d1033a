#include "application/services/processing_queue.h"

#include <QElapsedTimer>
#include <QUuid>

namespace reelforge::application {

using domain::ErrorCode;
using domain::Job;
using domain::JobState;

struct ProcessingQueue::Running {
    CancellationToken token;
    QElapsedTimer lastSaved;
};

ProcessingQueue::ProcessingQueue(QueuePorts ports, QObject* parent)
    : QObject(parent)
    , m_ports(ports)
    , m_runner(ports.processors, ports.probe)
{
    qRegisterMetaType<reelforge::domain::Job>();
    qRegisterMetaType<reelforge::application::Progress>();
    m_pool.setMaxThreadCount(m_concurrency);
    m_controlPoll.setInterval(250);
    connect(&m_controlPoll, &QTimer::timeout, this, &ProcessingQueue::pollControls);
}

ProcessingQueue::~ProcessingQueue()
{
    // Quitting mid-job: stop the workers; the jobs stay Running in the database and are
    // recovered (re-queued) at the next start, exactly like after a crash.
    for (auto& [id, running] : m_running)
        running->token.cancel();
    m_pool.waitForDone();
    // A normal quit is not a crash: put the jobs back in the queue without counting it.
    for (const auto& [id, running] : m_running) {
        if (auto job = load(id)) {
            if (job->state() == JobState::Paused)
                (void)job->transitionTo(JobState::Running, m_ports.clock.now());
            (void)job->transitionTo(JobState::Interrupted, m_ports.clock.now());
            (void)job->transitionTo(JobState::Queued, m_ports.clock.now());
            (void)m_ports.jobs.update(*job);
            (void)m_ports.jobs.appendLog(
                id, QStringLiteral("re-queued: the app was closed while this job ran"));
        }
    }
}

domain::Result<Job> ProcessingQueue::load(const QString& id) const
{
    auto found = m_ports.jobs.find(id);
    if (!found)
        return tl::unexpected(found.error());
    if (!found->has_value())
        return domain::fail(ErrorCode::NotFound, QStringLiteral("no job with this id"), id);
    return **found;
}

domain::Status ProcessingQueue::transition(Job& job, JobState to, const QString& logLine)
{
    if (domain::Status s = job.transitionTo(to, m_ports.clock.now()); !s)
        return s;
    if (domain::Status s = m_ports.jobs.update(job); !s)
        return s;
    if (!logLine.isEmpty())
        (void)m_ports.jobs.appendLog(job.id(), logLine);
    emit jobChanged(job);
    return domain::ok();
}

domain::Result<Job> ProcessingQueue::submit(const JobRequest& r)
{
    Job::Fields f;
    f.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    f.recipe = r.recipe;
    f.inputs = { r.input };
    f.title = r.title;
    f.assetId = r.assetId;
    f.outputDir = r.outputDir;
    f.outputTemplate = r.outputTemplate;
    f.priority = r.priority;
    f.createdAt = m_ports.clock.now();
    f.updatedAt = f.createdAt;
    auto job = Job::create(f);
    if (!job)
        return job;
    // Refuse what cannot work before it is queued: unknown step kinds, bad parameters.
    if (auto plans = m_runner.plan(*job); !plans)
        return tl::unexpected(plans.error());
    if (domain::Status s = m_ports.jobs.add(*job); !s)
        return tl::unexpected(s.error());
    (void)m_ports.jobs.appendLog(job->id(), QStringLiteral("queued"));
    emit jobChanged(*job);
    if (m_started)
        QMetaObject::invokeMethod(this, &ProcessingQueue::schedule, Qt::QueuedConnection);
    return job;
}

domain::Result<std::vector<ProcessPlan>> ProcessingQueue::plan(const JobRequest& r) const
{
    Job::Fields f;
    f.id = QStringLiteral("plan");
    f.recipe = r.recipe;
    f.inputs = { r.input };
    f.title = r.title;
    f.outputDir = r.outputDir;
    f.outputTemplate = r.outputTemplate;
    f.createdAt = m_ports.clock.now();
    auto job = Job::create(f);
    if (!job)
        return tl::unexpected(job.error());
    return m_runner.plan(*job);
}

domain::Status ProcessingQueue::pause(const QString& id)
{
    auto job = load(id);
    if (!job)
        return tl::unexpected(job.error());
    const auto it = m_running.find(id);
    if (it == m_running.end()) {
        if (job->state() != JobState::Running)
            return domain::fail(
                ErrorCode::IllegalTransition, QStringLiteral("only a running job can be paused"), id);
        return m_ports.jobs.requestControl(id, IJobRepository::Control::Pause);  // running in another process
    }
    if (domain::Status s = transition(*job, JobState::Paused, QStringLiteral("paused")); !s)
        return s;
    it->second->token.setPaused(true);
    return domain::ok();
}

domain::Status ProcessingQueue::resume(const QString& id)
{
    auto job = load(id);
    if (!job)
        return tl::unexpected(job.error());
    const auto it = m_running.find(id);
    if (it == m_running.end()) {
        if (job->state() != JobState::Paused)
            return domain::fail(
                ErrorCode::IllegalTransition, QStringLiteral("only a paused job can be resumed"), id);
        return m_ports.jobs.requestControl(id, IJobRepository::Control::Resume);
    }
    if (domain::Status s = transition(*job, JobState::Running, QStringLiteral("resumed")); !s)
        return s;
    it->second->token.setPaused(false);
    return domain::ok();
}

domain::Status ProcessingQueue::cancel(const QString& id)
{
    auto job = load(id);
    if (!job)
        return tl::unexpected(job.error());
    if (const auto it = m_running.find(id); it != m_running.end()) {
        it->second->token.cancel();  // finished() records Cancelled once the worker has stopped
        return domain::ok();
    }
    if (job->state() == JobState::Running || job->state() == JobState::Paused)
        return m_ports.jobs.requestControl(id, IJobRepository::Control::Cancel);
    return transition(*job, JobState::Cancelled, QStringLiteral("cancelled"));
}

domain::Status ProcessingQueue::retry(const QString& id)
{
    auto job = load(id);
    if (!job)
        return tl::unexpected(job.error());
    if (domain::Status s = transition(*job, JobState::Queued, QStringLiteral("retry requested")); !s)
        return s;
    (void)m_ports.jobs.setInterruptions(id, 0);
    if (m_started)
        schedule();
    return domain::ok();
}

domain::Status ProcessingQueue::setPriority(const QString& id, int priority)
{
    auto job = load(id);
    if (!job)
        return tl::unexpected(job.error());
    job->setPriority(priority);
    if (domain::Status s = m_ports.jobs.update(*job); !s)
        return s;
    emit jobChanged(*job);
    return domain::ok();
}

void ProcessingQueue::setConcurrency(int jobs)
{
    m_concurrency = qBound(1, jobs, 16);
    m_pool.setMaxThreadCount(m_concurrency);
    if (m_started)
        schedule();
}

void ProcessingQueue::setStopAfterCurrent(bool stop)
{
    m_stopAfterCurrent = stop;
    if (!stop && m_started)
        schedule();
}

domain::Status ProcessingQueue::recover()
{
    auto all = m_ports.jobs.list();
    if (!all)
        return tl::unexpected(all.error());
    for (Job& job : *all) {
        if (job.state() != JobState::Running && job.state() != JobState::Paused)
            continue;
        if (!job.fields().outputDir.isEmpty())  // analysis jobs write no files
            OutputFiles::removeStale(job.fields().outputDir, job.id());
        const int crashes = m_ports.jobs.interruptions(job.id()).value_or(0) + 1;
        (void)m_ports.jobs.setInterruptions(job.id(), crashes);
        if (domain::Status s = transition(job, JobState::Interrupted,
                QStringLiteral("interrupted: the app stopped while this job ran"));
            !s)
            return s;
        const bool again = crashes <= kMaxInterruptions;
        if (again) {
            if (domain::Status s
                = transition(job, JobState::Queued, QStringLiteral("re-queued after interruption"));
                !s)
                return s;
        } else if (domain::Status s
                   = job.fail(QStringLiteral("interrupted %1 times in a row; not retried automatically")
                                  .arg(crashes),
                       m_ports.clock.now());
                   !s) {
            return s;
        } else {
            (void)m_ports.jobs.update(job);
            emit jobChanged(job);
        }
    }
    return domain::ok();
}

void ProcessingQueue::start()
{
    m_started = true;
    m_controlPoll.start();
    schedule();
}

bool ProcessingQueue::isIdle() const
{
    if (!m_running.empty())
        return false;
    if (m_stopAfterCurrent)
        return true;
    auto all = m_ports.jobs.list();
    return all
        && std::none_of(all->begin(), all->end(), [](const Job& j) { return j.state() == JobState::Queued; });
}

domain::Result<std::vector<Job>> ProcessingQueue::jobs() const
{
    return m_ports.jobs.list();
}

void ProcessingQueue::waitForDone()
{
    m_pool.waitForDone();
}

void ProcessingQueue::schedule()
{
    if (!m_started)
        return;
    if (!m_stopAfterCurrent && static_cast<int>(m_running.size()) < m_concurrency) {
        auto all = m_ports.jobs.list();
        if (all) {
            for (Job& job : *all) {
                if (static_cast<int>(m_running.size()) >= m_concurrency)
                    break;
                if (job.state() == JobState::Queued && m_running.count(job.id()) == 0)
                    launch(job);
            }
        }
    }
    if (isIdle())
        emit idle();
}

void ProcessingQueue::launch(Job job)
{
    if (!transition(job, JobState::Running, QStringLiteral("started attempt %1").arg(job.attempts() + 1)))
        return;
    auto running = std::make_shared<Running>();
    running->lastSaved.start();
    m_running[job.id()] = running;
    m_pool.start([this, job, running] {
        ProgressSink sink([this, id = job.id()](const Progress& p) {
            QMetaObject::invokeMethod(
                this, [this, id, p] { onProgress(id, p); }, Qt::QueuedConnection);
        });
        const auto log = [this, id = job.id()](const QString& line) {
            QMetaObject::invokeMethod(
                this, [this, id, line] { (void)m_ports.jobs.appendLog(id, line); }, Qt::QueuedConnection);
        };
        auto result = m_runner.run(job, running->token, sink, m_ports.clock.now(), log);
        QMetaObject::invokeMethod(
            this, [this, id = job.id(), result] { finished(id, result); }, Qt::QueuedConnection);
    });
}

void ProcessingQueue::onProgress(const QString& id, const Progress& progress)
{
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    emit jobProgress(id, progress);
    // The database copy is for other processes and for after a restart: once a second is plenty.
    if (it->second->lastSaved.elapsed() < 1000)
        return;
    it->second->lastSaved.restart();
    if (auto job = load(id); job && job->setProgress(qBound(0.0, progress.fraction, 1.0)))
        (void)m_ports.jobs.update(*job);
}

void ProcessingQueue::finished(const QString& id, const domain::Result<std::vector<domain::Artifact>>& result)
{
    const auto it = m_running.find(id);
    const bool cancelled = it != m_running.end() && it->second->token.isCancelled();
    m_running.erase(id);
    auto job = load(id);
    if (job) {
        if (job->state() == JobState::Paused)
            (void)job->transitionTo(JobState::Running, m_ports.clock.now());
        if (result) {
            for (const domain::Artifact& a : *result)
                (void)m_ports.jobs.addArtifact(a);
            (void)m_ports.jobs.setInterruptions(id, 0);
            (void)transition(
                *job, JobState::Succeeded, QStringLiteral("succeeded: %1 output(s)").arg(result->size()));
            // A job that wrote no file (background analysis) has nothing to show: only a
            // failure of one is worth interrupting the creator for.
            if (!result->empty())
                notifyFinished(*job, *result);
        } else if (cancelled || result.error().code == ErrorCode::Cancelled) {
            (void)transition(*job, JobState::Cancelled, QStringLiteral("cancelled; partial output removed"));
        } else {
            const QString reason = result.error().toString();
            if (job->fail(result.error(), m_ports.clock.now())) {
                (void)m_ports.jobs.update(*job);
                (void)m_ports.jobs.appendLog(id, QStringLiteral("failed: ") + reason);
                emit jobChanged(*job);
                notifyFinished(*job, {});
            }
        }
    }
    schedule();
}

void ProcessingQueue::pollControls()
{
    for (auto& [id, running] : m_running) {
        auto control = m_ports.jobs.takeControl(id);
        if (!control || *control == IJobRepository::Control::None)
            continue;
        const QString jobId = id;  // the map may change below
        switch (*control) {
        case IJobRepository::Control::Pause:
            (void)pause(jobId);
            break;
        case IJobRepository::Control::Resume:
            (void)resume(jobId);
            break;
        case IJobRepository::Control::Cancel:
            running->token.cancel();
            break;
        case IJobRepository::Control::None:
            break;
        }
        break;  // pause/resume emit signals that may re-enter: one per tick is plenty
    }
}

void ProcessingQueue::notifyFinished(const Job& job, const std::vector<domain::Artifact>& artifacts)
{
    domain::Notification n;
    n.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool ok = job.state() == JobState::Succeeded;
    n.kind = ok ? QStringLiteral("job.succeeded") : QStringLiteral("job.failed");
    n.level = ok ? domain::NotificationLevel::Success : domain::NotificationLevel::Error;
    n.subject = job.id();
    n.text = ok ? job.fields().title : job.fields().error;
    n.link = artifacts.empty() ? QString() : artifacts.front().path;
    n.createdAt = m_ports.clock.now();
    m_ports.notifier.notify(n);
}

}  // namespace reelforge::application
