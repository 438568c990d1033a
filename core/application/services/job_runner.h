#pragma once

#include "application/interfaces/i_media_probe.h"
#include "application/services/output_files.h"
#include "application/services/processor_registry.h"
#include "domain/models/job.h"

#include <functional>
#include <vector>

namespace reelforge::application {

// Runs one job's recipe, step after step, on the calling (pool) thread: probe the input,
// select the processor, plan, run; the output of a step is the input of the next. On
// success the outputs are moved to their final names and returned as artifacts with size,
// sha256 and media info; on failure or cancel nothing is left in the output folder. A step
// that writes no file (analysis) passes its input to the next step; a job whose steps write
// nothing succeeds with no artifacts.
class JobRunner {
public:
    JobRunner(const ProcessorRegistry& processors, const IMediaProbe& probe);

    // `log` (may be empty) receives the processors' lines for the job log, on this thread.
    domain::Result<std::vector<domain::Artifact>> run(const domain::Job& job, CancellationToken& cancel,
        ProgressSink& progress, const QDateTime& now, const std::function<void(const QString&)>& log = {});
    // The plans the job would run, without running anything (for --print-ffmpeg).
    domain::Result<std::vector<ProcessPlan>> plan(const domain::Job& job) const;

private:
    domain::Result<ProcessPlan> planStep(const domain::Job& job, const domain::Step& step,
        const QString& input, const domain::MediaInfo& info, std::unique_ptr<IProcessor>* processor) const;
    domain::Status describe(std::vector<domain::Artifact>& artifacts, CancellationToken& cancel) const;

    const ProcessorRegistry& m_processors;
    const IMediaProbe& m_probe;
};

}  // namespace reelforge::application
