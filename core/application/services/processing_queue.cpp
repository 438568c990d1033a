#include "application/services/processing_queue.h"

#include <QDateTime>
#include <QUuid>

namespace reelforge::application {

using domain::ErrorCode;
using domain::Job;
using domain::JobState;

namespace {

constexpr int kControlPollMs = 250;
constexpr qint64 kProgressSaveMs = 1000;

bool isHeld(JobState s)
{
    return s == JobState::Running || s == JobState::Paused;
}

domain::Error changedElsewhere(const QString& id)
{
    return { ErrorCode::IllegalTransition, QStringLiteral("the job was changed by another process"), id };
}

}  // namespace

ProcessingQueue::ProcessingQueue(QueuePorts ports, QObject* parent)
    : QObject(parent)
    , m_ports(ports)
    , m_runner(ports.processors, ports.probe)
    , m_engine(1)
{
    qRegisterMetaType<reelforge::domain::Job>();
    qRegisterMetaType<reelforge::application::Progress>();
    // Jobs of processes that died while this one runs are taken back without a restart.
    m_recoverTimer.setInterval(IProcessRegistry::kHeartbeatMs);
    connect(&m_recoverTimer, &QTimer::timeout, this, [this] {
        // A failure here (the database busy for long) is retried at the next tick.
        (void)recover();
    });
}

ProcessingQueue::~ProcessingQueue()
{
    // Quitting mid-job: stop the workers and hand their jobs back to the queue (not counted as
    // a crash); the next start, here or in another process, runs them again.
    m_stopping = true;
    m_engine.stopAll(StopReason::Quit);
    m_engine.waitForDone();
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

domain::Result<bool> ProcessingQueue::swap(const Job& seen, const Job& next, const QString& logLine)
{
    auto swapped = m_ports.jobs.replace(seen, next, logLine);
    if (swapped && *swapped)
        emit jobChanged(next);
    return swapped;
}

bool ProcessingQueue::ownedHere(const Job& job) const
{
    return isHeld(job.state()) && job.fields().owner == m_ports.processes.selfId()
        && m_engine.isRunning(job.id());
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
    if (domain::Status s = m_ports.jobs.appendLog(job->id(), QStringLiteral("queued")); !s)
        return tl::unexpected(s.error());
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
    if (!ownedHere(*job)) {
        if (job->state() != JobState::Running)
            return domain::fail(
                ErrorCode::IllegalTransition, QStringLiteral("only a running job can be paused"), id);
        return m_ports.jobs.requestControl(id, IJobRepository::Control::Pause);  // its owner applies it
    }
    Job next = *job;
    if (domain::Status s = next.transitionTo(JobState::Paused, m_ports.clock.now()); !s)
        return s;
    auto swapped = swap(*job, next, QStringLiteral("paused"));
    if (!swapped)
        return tl::unexpected(swapped.error());
    if (!*swapped)
        return tl::unexpected(changedElsewhere(id));
    m_engine.item(id)->token().setPaused(true);
    return domain::ok();
}

domain::Status ProcessingQueue::resume(const QString& id)
{
    auto job = load(id);
    if (!job)
        return tl::unexpected(job.error());
    if (!ownedHere(*job)) {
        if (job->state() != JobState::Paused)
            return domain::fail(
                ErrorCode::IllegalTransition, QStringLiteral("only a paused job can be resumed"), id);
        return m_ports.jobs.requestControl(id, IJobRepository::Control::Resume);
    }
    Job next = *job;
    if (domain::Status s = next.transitionTo(JobState::Running, m_ports.clock.now()); !s)
        return s;
    auto swapped = swap(*job, next, QStringLiteral("resumed"));
    if (!swapped)
        return tl::unexpected(swapped.error());
    if (!*swapped)
        return tl::unexpected(changedElsewhere(id));
    m_engine.item(id)->token().setPaused(false);
    return domain::ok();
}

domain::Status ProcessingQueue::cancel(const QString& id)
{
    // A queued job may be taken by another process between the read and the write: read again.
    for (int tries = 0; tries < 3; ++tries) {
        auto job = load(id);
        if (!job)
            return tl::unexpected(job.error());
        if (ownedHere(*job)) {
            m_engine.stop(id, StopReason::Cancelled);  // finished() records Cancelled
            return domain::ok();
        }
        if (isHeld(job->state()))
            return m_ports.jobs.requestControl(id, IJobRepository::Control::Cancel);
        Job next = *job;
        if (domain::Status s = next.transitionTo(JobState::Cancelled, m_ports.clock.now()); !s)
            return s;
        auto swapped = swap(*job, next, QStringLiteral("cancelled"));
        if (!swapped)
            return tl::unexpected(swapped.error());
        if (*swapped)
            return domain::ok();
    }
    return tl::unexpected(changedElsewhere(id));
}

domain::Status ProcessingQueue::retry(const QString& id)
{
    auto job = load(id);
    if (!job)
        return tl::unexpected(job.error());
    Job next = *job;
    if (domain::Status s = next.transitionTo(JobState::Queued, m_ports.clock.now()); !s)
        return s;
    auto swapped = swap(*job, next, QStringLiteral("retry requested"));
    if (!swapped)
        return tl::unexpected(swapped.error());
    if (!*swapped)
        return tl::unexpected(changedElsewhere(id));
    if (m_started)
        schedule();
    return domain::ok();
}

domain::Status ProcessingQueue::setPriority(const QString& id, int priority)
{
    if (domain::Status s = m_ports.jobs.setPriority(id, priority); !s)
        return s;
    auto job = load(id);
    if (!job)
        return tl::unexpected(job.error());
    emit jobChanged(*job);
    return domain::ok();
}

void ProcessingQueue::setConcurrency(int jobs)
{
    m_engine.setConcurrency(jobs);
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
    QSet<QString> owners;
    for (const Job& job : *all) {
        if (isHeld(job.state()) && job.fields().owner != m_ports.processes.selfId())
            owners.insert(job.fields().owner);
    }
    if (owners.isEmpty())
        return domain::ok();
    auto gone = m_ports.processes.gone(owners);
    if (!gone)
        return tl::unexpected(gone.error());
    bool requeued = false;
    for (const Job& job : *all) {
        if (!isHeld(job.state()) || !gone->contains(job.fields().owner))
            continue;
        Job next = job;
        if (domain::Status s = next.requeueAfterInterruption(true, kMaxInterruptions, m_ports.clock.now());
            !s)
            return s;
        const QString line = next.state() == JobState::Queued
            ? QStringLiteral("interrupted: the process running it stopped; re-queued")
            : QStringLiteral("interrupted: the process running it stopped; ") + next.fields().error;
        auto swapped = swap(job, next, line);
        if (!swapped)
            return tl::unexpected(swapped.error());
        // Taken back here: the dead attempt's half-written files go (no one else uses its names).
        if (*swapped && !job.fields().outputDir.isEmpty())
            OutputFiles::removeStale(job.fields().outputDir, job.id(), job.fields().attemptId);
        requeued = requeued || (*swapped && next.state() == JobState::Queued);
    }
    if (requeued && m_started)
        QMetaObject::invokeMethod(this, &ProcessingQueue::schedule, Qt::QueuedConnection);
    return domain::ok();
}

void ProcessingQueue::start(const QSet<QString>& only)
{
    m_only = only;
    m_started = true;
    m_engine.startPolling(kControlPollMs, [this](const QString& id, RunningItem& item) { poll(id, item); });
    m_recoverTimer.start();
    schedule();
}

bool ProcessingQueue::isIdle() const
{
    if (!m_engine.isEmpty())
        return false;
    if (m_stopAfterCurrent)
        return true;
    auto all = m_ports.jobs.list();
    return all && std::none_of(all->begin(), all->end(), [this](const Job& j) {
        return j.state() == JobState::Queued && (m_only.isEmpty() || m_only.contains(j.id()));
    });
}

domain::Result<std::vector<Job>> ProcessingQueue::jobs() const
{
    return m_ports.jobs.list();
}

void ProcessingQueue::waitForDone()
{
    m_engine.waitForDone();
}

void ProcessingQueue::schedule()
{
    if (!m_started || m_stopping)
        return;
    if (!m_stopAfterCurrent && m_engine.hasRoom()) {
        if (auto all = m_ports.jobs.list()) {
            for (const Job& job : *all) {
                if (!m_engine.hasRoom())
                    break;
                if (job.state() == JobState::Queued && !m_engine.isRunning(job.id())
                    && (m_only.isEmpty() || m_only.contains(job.id())))
                    launch(job);
            }
        }
    }
    if (isIdle())
        emit idle();
}

void ProcessingQueue::launch(const Job& queued)
{
    Job started = queued;
    const QString attempt = QUuid::createUuid().toString(QUuid::Id128);
    if (!started.start(m_ports.processes.selfId(), attempt, m_ports.clock.now()))
        return;
    // The lease: one conditional write. Another process that took the job first wins.
    auto taken = m_ports.jobs.replace(queued, started,
        QStringLiteral("started attempt %1 (%2)").arg(started.attempts()).arg(attempt.left(8)));
    if (!taken || !*taken)
        return;
    const QDateTime now = m_ports.clock.now();
    m_engine.launch(started.id(), {}, [this, started, now](RunningItem& item) -> std::function<void()> {
        ProgressSink sink([this, id = started.id()](const Progress& p) {
            QMetaObject::invokeMethod(
                this, [this, id, p] { onProgress(id, p); }, Qt::QueuedConnection);
        });
        const auto log = [this, id = started.id()](const QString& line) {
            // The log is only for the creator to read: a line that cannot be written is lost.
            (void)m_ports.jobs.appendLog(id, line);
        };
        auto outcome = m_runner.run(started, item.token(), sink, now, log);
        const StopReason reason = item.reason();
        return [this, started, outcome, reason] { finished(started, outcome, reason); };
    });
    // Registered as running before anyone hears of it: a listener that asks isIdle() now gets
    // the right answer.
    m_progressSavedMs[started.id()] = 0;
    emit jobChanged(started);
}

void ProcessingQueue::record(const Job& seen, const Job& next, const QString& logLine)
{
    auto swapped = swap(seen, next, logLine);
    if (!swapped) {
        // The database refused the write (disk full, locked for too long): the job stays as it
        // was and the next start's recovery settles it. Say so in the log if that still works.
        (void)m_ports.jobs.appendLog(
            seen.id(), QStringLiteral("could not record: ") + swapped.error().toString());
    }
}

void ProcessingQueue::finished(
    const Job& started, const domain::Result<JobOutcome>& outcome, StopReason reason)
{
    m_progressSavedMs.erase(started.id());
    auto current = load(started.id());
    // Taken over by another process (this one was thought dead): what it made is not recorded
    // and its temporary files go with the outcome.
    const bool ours = current && isHeld(current->state()) && current->fields().owner == started.fields().owner
        && current->fields().attemptId == started.fields().attemptId;
    if (ours && reason != StopReason::LeaseLost) {
        Job next = *current;
        if (next.state() == JobState::Paused && !next.transitionTo(JobState::Running, m_ports.clock.now()))
            return;
        if (reason == StopReason::Quit) {
            if (next.requeueAfterInterruption(false, kMaxInterruptions, m_ports.clock.now()))
                record(*current, next, QStringLiteral("re-queued: the app was closed while this job ran"));
        } else if (outcome) {
            succeed(*current, next, *outcome);
        } else if (reason == StopReason::Cancelled || outcome.error().code == ErrorCode::Cancelled) {
            if (next.transitionTo(JobState::Cancelled, m_ports.clock.now()))
                record(*current, next, QStringLiteral("cancelled; partial output removed"));
        } else if (next.fail(outcome.error(), m_ports.clock.now())) {
            auto swapped = swap(*current, next, QStringLiteral("failed: ") + outcome.error().toString());
            if (swapped && *swapped)
                notifyFinished(next, {});
        }
    }
    schedule();
}

void ProcessingQueue::succeed(const Job& current, const Job& running, const JobOutcome& outcome)
{
    Job next = running;
    if (!next.transitionTo(JobState::Succeeded, m_ports.clock.now()))
        return;
    std::vector<domain::Artifact> placed;
    const auto place = [&]() -> domain::Result<std::vector<domain::Artifact>> {
        auto artifacts = outcome.place();
        if (artifacts)
            placed = *artifacts;
        return artifacts;
    };
    const QString line = QStringLiteral("succeeded: %1 output(s)").arg(outcome.artifacts.size());
    auto completed = m_ports.jobs.complete(current, next, place, line);
    if (completed && *completed) {
        emit jobChanged(next);
        // A job that wrote no file (background analysis) has nothing to show: only a failure
        // of one is worth interrupting the creator for.
        if (!placed.empty())
            notifyFinished(next, placed);
        return;
    }
    // Not recorded: what was moved into place goes back and is deleted with the outcome.
    outcome.rollback();
    Job failed = running;
    if (!completed && failed.fail(completed.error(), m_ports.clock.now())) {
        auto swapped = swap(current, failed, QStringLiteral("failed: ") + completed.error().toString());
        if (swapped && *swapped)
            notifyFinished(failed, {});
    }
}

void ProcessingQueue::onProgress(const QString& id, const Progress& progress)
{
    const auto saved = m_progressSavedMs.find(id);
    if (saved == m_progressSavedMs.end())
        return;
    emit jobProgress(id, progress);
    // The database copy is for other processes and for after a restart: once a second is plenty.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - saved->second < kProgressSaveMs)
        return;
    saved->second = now;
    auto written
        = m_ports.jobs.setProgress(id, m_ports.processes.selfId(), qBound(0.0, progress.fraction, 1.0));
    if (written && !*written)
        m_engine.stop(id, StopReason::LeaseLost);  // another process took it: stop wasting work
}

void ProcessingQueue::poll(const QString& id, RunningItem& item)
{
    auto control = m_ports.jobs.takeControl(id);
    if (!control || *control == IJobRepository::Control::None)
        return;
    switch (*control) {
    case IJobRepository::Control::Pause:
        (void)pause(id);  // refused when it already finished: nothing left to pause
        break;
    case IJobRepository::Control::Resume:
        (void)resume(id);
        break;
    case IJobRepository::Control::Cancel:
        item.stop(StopReason::Cancelled);
        break;
    case IJobRepository::Control::None:
        break;
    }
}

void ProcessingQueue::notifyFinished(const Job& job, const std::vector<domain::Artifact>& artifacts)
{
    const bool ok = job.state() == JobState::Succeeded;
    m_ports.notifier.notify(
        domain::makeNotification(ok ? QStringLiteral("job.succeeded") : QStringLiteral("job.failed"),
            ok ? domain::NotificationLevel::Success : domain::NotificationLevel::Error, job.id(),
            ok ? job.fields().title : job.fields().error,
            artifacts.empty() ? QString() : artifacts.front().path, m_ports.clock.now()));
}

}  // namespace reelforge::application
