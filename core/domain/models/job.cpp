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
        m_f.progress = 0.0;
        m_f.error.clear();
        m_f.errorCode.reset();
    }
    if (to == JobState::Succeeded)
        m_f.progress = 1.0;
    m_f.state = to;
    m_f.updatedAt = at;
    return ok();
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
