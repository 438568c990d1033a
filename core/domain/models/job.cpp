#include "domain/models/job.h"

#include <array>

namespace reelforge::domain {

namespace {
constexpr std::array kStates { JobState::Queued, JobState::Running, JobState::Paused, JobState::Succeeded,
    JobState::Failed, JobState::Cancelled, JobState::Interrupted };
}

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Paused:
        return QStringLiteral("paused");
    case JobState::Succeeded:
        return QStringLiteral("succeeded");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("failed");
}

Result<JobState> parseJobState(const QString& name)
{
    for (JobState s : kStates) {
        if (jobStateName(s) == name)
            return s;
    }
    return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("unknown job state"), name);
}

bool isLegalTransition(JobState from, JobState to)
{
    using S = JobState;
    switch (from) {
    case S::Queued:
        return to == S::Running || to == S::Cancelled;
    case S::Running:
        return to == S::Paused || to == S::Succeeded || to == S::Failed || to == S::Cancelled
            || to == S::Interrupted;
    case S::Paused:
        return to == S::Running || to == S::Cancelled || to == S::Interrupted;
    case S::Failed:
    case S::Cancelled:
        return to == S::Queued;
    case S::Interrupted:
        return to == S::Queued || to == S::Failed;
    case S::Succeeded:
        return false;
    }
    return false;
}

bool isTerminal(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Cancelled;
}

Result<Job> Job::create(Fields f)
{
    if (f.id.trimmed().isEmpty())
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("job id is empty"));
    if (f.inputs.isEmpty())
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("job has no input"), f.id);
    if (Status s = f.recipe.validate(); !s)
        return tl::unexpected(s.error());
    if (f.progress < 0.0 || f.progress > 1.0)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("progress out of range"), f.id);
    if (f.attempts < 0)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("negative attempts"), f.id);
    return Job(std::move(f));
}

Status Job::transitionTo(JobState to, const QDateTime& at)
{
    if (!isLegalTransition(m_f.state, to)) {
        return domain::fail(ErrorCode::IllegalTransition, QStringLiteral("illegal job transition"),
            jobStateName(m_f.state) + QStringLiteral(" -> ") + jobStateName(to));
    }
    if (to == JobState::Running && m_f.state == JobState::Queued)
        ++m_f.attempts;
    if (to == JobState::Queued) {
        if (m_f.state != JobState::Interrupted)
            m_f.interruptions = 0;  // asked again by the creator: a fresh start
        m_f.progress = 0.0;
        m_f.error.clear();
        m_f.errorCode.reset();
    }
    if (to == JobState::Succeeded)
        m_f.progress = 1.0;
    if (to != JobState::Running && to != JobState::Paused)
        m_f.owner.clear();
    if (to == JobState::Succeeded)
        m_f.interruptions = 0;
    m_f.state = to;
    m_f.updatedAt = at;
    return ok();
}

Status Job::start(const QString& owner, const QString& attemptId, const QDateTime& at)
{
    if (owner.isEmpty() || attemptId.isEmpty())
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("a running job needs an owner"), m_f.id);
    if (m_f.state != JobState::Queued)
        return domain::fail(ErrorCode::IllegalTransition, QStringLiteral("illegal job transition"),
            jobStateName(m_f.state) + QStringLiteral(" -> running"));
    Status s = transitionTo(JobState::Running, at);
    if (s) {
        m_f.owner = owner;
        m_f.attemptId = attemptId;
    }
    return s;
}

Status Job::requeueAfterInterruption(bool crashed, int maxInterruptions, const QDateTime& at)
{
    if (m_f.state == JobState::Paused || m_f.state == JobState::Running) {
        if (Status s = transitionTo(JobState::Interrupted, at); !s)
            return s;
    }
    if (m_f.state != JobState::Interrupted)
        return domain::fail(
            ErrorCode::IllegalTransition, QStringLiteral("only a running job can be interrupted"), m_f.id);
    if (crashed)
        ++m_f.interruptions;
    if (m_f.interruptions > maxInterruptions) {
        return fail(
            QStringLiteral("interrupted %1 times in a row; not retried automatically").arg(m_f.interruptions),
            at);
    }
    return transitionTo(JobState::Queued, at);
}

Status Job::fail(const QString& reason, const QDateTime& at)
{
    Status s = transitionTo(JobState::Failed, at);
    if (s)
        m_f.error = reason;
    return s;
}

Status Job::fail(const Error& error, const QDateTime& at)
{
    Status s = fail(error.toString(), at);
    if (s)
        m_f.errorCode = error.code;
    return s;
}

Status Job::setProgress(double fraction)
{
    if (fraction < 0.0 || fraction > 1.0)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("progress out of range"));
    m_f.progress = fraction;
    return ok();
}

}  // namespace reelforge::domain
