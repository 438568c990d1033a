#pragma once

#include "domain/models/recipe.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace reelforge::domain {

enum class JobState { Queued, Running, Paused, Succeeded, Failed, Cancelled, Interrupted };

QString jobStateName(JobState state);
Result<JobState> parseJobState(const QString& name);

// The legal moves of a job's life. Succeeded is final; Failed, Cancelled and Interrupted
// go back to Queued on retry; a crash turns Running or Paused into Interrupted.
bool isLegalTransition(JobState from, JobState to);
bool isTerminal(JobState state);

// A unit of background work on one or more inputs, persisted before it runs.
class Job {
public:
    struct Fields {
        QString id;
        Recipe recipe;  // snapshot at submit time
        QStringList inputs;  // file paths (an asset's stored file)
        QString title;  // names the outputs ({title} in the template)
        QString assetId;  // the library asset the input came from, if any
        QString outputDir;
        QString outputTemplate = QStringLiteral("{title}_{preset}.{ext}");
        int priority = 0;  // higher runs first; FIFO within a priority
        JobState state = JobState::Queued;
        double progress = 0.0;  // 0..1
        int attempts = 0;
        QString error;  // the technical reason of the last failure
        std::optional<ErrorCode> errorCode;  // its domain code, so front ends can word it
        // The lease: the process running (or holding paused) this job, empty otherwise, and
        // the attempt it runs, which names the attempt's temporary files.
        QString owner;
        QString attemptId;
        int interruptions = 0;  // crashes in a row while it ran; reset when it finishes
        QDateTime createdAt;
        QDateTime updatedAt;
    };

    static Result<Job> create(Fields fields);

    const Fields& fields() const { return m_f; }
    const QString& id() const { return m_f.id; }
    JobState state() const { return m_f.state; }
    double progress() const { return m_f.progress; }
    int attempts() const { return m_f.attempts; }

    // Moves to `to` when the state machine allows it; otherwise IllegalTransition and no change.
    // Leaving Running/Paused gives up the lease (owner cleared).
    Status transitionTo(JobState to, const QDateTime& at);
    // Queued -> Running for `owner`, as attempt `attemptId`.
    Status start(const QString& owner, const QString& attemptId, const QDateTime& at);
    // Running/Paused -> Interrupted -> Queued (or Failed after too many crashes in a row), for
    // a job whose owner is gone; counts the interruption when `crashed`.
    Status requeueAfterInterruption(bool crashed, int maxInterruptions, const QDateTime& at);
    Status fail(const QString& reason, const QDateTime& at);  // no code known (e.g. repeated crashes)
    Status fail(const Error& error, const QDateTime& at);
    Status setProgress(double fraction);
    void setPriority(int priority) { m_f.priority = priority; }

private:
    explicit Job(Fields fields)
        : m_f(std::move(fields))
    {
    }
    Fields m_f;
};

}  // namespace reelforge::domain
