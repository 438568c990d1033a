#pragma once

#include "application/cancellation_token.h"
#include "application/progress.h"
#include "domain/models/artifact.h"
#include "domain/models/media_info.h"
#include "domain/models/recipe.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

#include <vector>

namespace reelforge::application {

// What analysis knows about the input, for processors that need it (cut silences, reframe).
// Empty until the analysis service has run.
struct AnalysisView {
    QJsonObject results;
};

// A validated, fully resolved description of one processing step: what a processor will do,
// plus the equivalent ffmpeg command line for the curious and for support.
struct ProcessPlan {
    QString kind;
    QString inputPath;
    domain::MediaInfo input;
    QString outputName;  // final file name (no folder), e.g. "Trip_youtube-1080p.mp4"
    QJsonObject params;  // resolved parameters (e.g. the preset as JSON)
    QStringList equivalentCommand;  // argv of the equivalent `ffmpeg` run, {} when none
};

// Hands out temporary output paths in the job's output folder. Files written there become
// final only when the whole job succeeds; otherwise they are deleted.
class IOutputFiles {
public:
    virtual ~IOutputFiles() = default;
    virtual domain::Result<QString> reserve(const QString& finalName) = 0;
};

// Everything a running processor may use. Threading: run() is called on a pool thread;
// cancel/pause are polled at frame boundaries; progress is throttled by the sink.
struct JobContext {
    CancellationToken& cancel;
    ProgressSink& progress;
    IOutputFiles& outputs;
    // Receives lines for the job's log (what an output leaves out, a fallback taken), on the
    // pool thread; empty: nobody keeps a log.
    std::function<void(const QString&)> log = {};

    // Blocks while the job is paused; returns false when it was cancelled meanwhile.
    bool waitWhilePaused() const;
    void note(const QString& line) const
    {
        if (log)
            log(line);
    }
};

// A processing algorithm (Strategy). One implementation per step kind; the registry picks
// one at run time by kind and by what the input is.
class IProcessor {
public:
    virtual ~IProcessor() = default;
    virtual QString kind() const = 0;
    virtual bool accepts(const domain::MediaInfo& input) const = 0;
    // Validates the step's parameters against the input; no side effects.
    virtual domain::Result<ProcessPlan> plan(const domain::Step& step, const QString& inputPath,
        const domain::MediaInfo& input, const AnalysisView& analysis) const = 0;
    // Produces the outputs (paths from ctx.outputs). Errors: Cancelled, DiskFull, IoError,
    // UnsupportedCodec, MediaUnreadable.
    virtual domain::Result<std::vector<domain::Artifact>> run(const ProcessPlan& plan, JobContext& ctx) = 0;
};

}  // namespace reelforge::application
