#pragma once

#include "domain/models/artifact.h"
#include "domain/models/job.h"

#include <optional>
#include <vector>

namespace reelforge::application {

// Persistence of the processing queue. Thread-safe; every write is one transaction.
class IJobRepository {
public:
    enum class Control { None, Pause, Resume, Cancel };

    virtual ~IJobRepository() = default;
    virtual domain::Status add(const domain::Job& job) = 0;
    virtual domain::Status update(const domain::Job& job) = 0;  // state, progress, attempts, error, priority
    virtual domain::Result<std::optional<domain::Job>> find(const QString& id) = 0;
    // All jobs in queue order: priority (high first), then submission order.
    virtual domain::Result<std::vector<domain::Job>> list() = 0;
    virtual domain::Status appendLog(const QString& id, const QString& line) = 0;
    virtual domain::Result<QString> log(const QString& id) = 0;
    virtual domain::Status setInterruptions(const QString& id, int count) = 0;
    virtual domain::Result<int> interruptions(const QString& id) = 0;
    // Requests from another process (the CLI) to a job running here.
    virtual domain::Status requestControl(const QString& id, Control control) = 0;
    virtual domain::Result<Control> takeControl(const QString& id) = 0;

    virtual domain::Status addArtifact(const domain::Artifact& artifact) = 0;
    virtual domain::Result<std::vector<domain::Artifact>> artifacts(const QString& jobId) = 0;
};

}  // namespace reelforge::application
