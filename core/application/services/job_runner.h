#pragma once

#include "application/interfaces/i_media_probe.h"
#include "application/services/output_files.h"
#include "application/services/processor_registry.h"
#include "domain/models/job.h"

#include <functional>
#include <memory>
#include <vector>

namespace reelforge::application {

// What a successful attempt produced: the last step's outputs, still under their temporary
// names, described (size, sha256, media info) from the files as they read back. place() moves
// them to their final names and returns the artifacts with those names; the queue calls it
// inside the transaction that marks the job succeeded. Whatever is not placed (or is rolled
// back) is deleted with the last copy of the outcome.
struct JobOutcome {
    std::vector<domain::Artifact> artifacts;
    std::shared_ptr<OutputFiles> outputs;

    domain::Result<std::vector<domain::Artifact>> place() const;
    void rollback() const;
};

// Runs one job's recipe, step after step, on the calling (pool) thread: probe the input,
// select the processor, plan, run; the output of a step is the input of the next. A step that
// writes no file (analysis) passes its input to the next step; a job whose steps write nothing
// succeeds with no artifacts. On failure or cancel nothing is left in the output folder; an
// output that does not read back as media fails the job.
class JobRunner {
public:
    JobRunner(const ProcessorRegistry& processors, const IMediaProbe& probe);

    // `log` (may be empty) receives the processors' lines for the job log, on this thread.
    // The job carries its attempt (fields().attemptId), which names the temporary files.
    domain::Result<JobOutcome> run(const domain::Job& job, CancellationToken& cancel, ProgressSink& progress,
        const QDateTime& now, const std::function<void(const QString&)>& log = {});
    // The plans the job would run, without running anything (for --print-ffmpeg).
    domain::Result<std::vector<ProcessPlan>> plan(const domain::Job& job) const;

private:
    domain::Result<ProcessPlan> planStep(const domain::Job& job, const domain::Step& step,
        const QString& input, const domain::MediaInfo& info, std::unique_ptr<IProcessor>* processor) const;
    domain::Status describe(std::vector<domain::Artifact>& artifacts, CancellationToken& cancel) const;
    domain::Status describeOne(domain::Artifact& artifact, CancellationToken& cancel) const;

    const ProcessorRegistry& m_processors;
    const IMediaProbe& m_probe;
};

}  // namespace reelforge::application
