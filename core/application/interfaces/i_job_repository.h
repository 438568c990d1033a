#pragma once

#include "domain/models/artifact.h"
#include "domain/models/job.h"

#include <functional>
#include <optional>
#include <vector>

namespace reelforge::application {

// Persistence of the processing queue, shared by every process that opens the library.
// Thread-safe; every write is one transaction.
//
// A job's state only changes by compare-and-swap: replace() and complete() write the new job
// only if the row still has the state, owner and attempt of `seen` (the job as the caller last
// read it). `false` means another process changed it first; nothing was written, and the
// caller reads it again rather than overwriting someone else's work.
class IJobRepository {
public:
    enum class Control { None, Pause, Resume, Cancel };
    using Placement = std::function<domain::Result<std::vector<domain::Artifact>>()>;

    virtual ~IJobRepository() = default;
    virtual domain::Status add(const domain::Job& job) = 0;
    virtual domain::Result<std::optional<domain::Job>> find(const QString& id) = 0;
    // All jobs in queue order: priority (high first), then submission order.
    virtual domain::Result<std::vector<domain::Job>> list() = 0;

    // Writes `next` (state, progress, attempts, error, owner, attempt, interruptions) and appends
    // `logLine` to the log, if the row still matches `seen`.
    virtual domain::Result<bool> replace(
        const domain::Job& seen, const domain::Job& next, const QString& logLine)
        = 0;
    // The end of a successful attempt, in one transaction: if the row still matches `seen`,
    // runs `place` (which moves the outputs to their final names and returns them as
    // artifacts), records the artifacts and writes `next`. When `place` fails nothing is
    // written and its error is returned; when the row changed, `place` does not run.
    virtual domain::Result<bool> complete(
        const domain::Job& seen, const domain::Job& next, const Placement& place, const QString& logLine)
        = 0;
    // Progress of a running job, written only while `owner` holds it.
    virtual domain::Result<bool> setProgress(const QString& id, const QString& owner, double fraction) = 0;
    virtual domain::Status setPriority(const QString& id, int priority) = 0;

    virtual domain::Status appendLog(const QString& id, const QString& line) = 0;
    virtual domain::Result<QString> log(const QString& id) = 0;
    // Requests from another process (the CLI) to a job running elsewhere.
    virtual domain::Status requestControl(const QString& id, Control control) = 0;
    // Takes the pending request (None when there is none; a plain read in that case).
    virtual domain::Result<Control> takeControl(const QString& id) = 0;

    virtual domain::Result<std::vector<domain::Artifact>> artifacts(const QString& jobId) = 0;
};

}  // namespace reelforge::application
