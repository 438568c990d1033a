#pragma once

#include "application/interfaces/i_decode_pass.h"
#include "domain/models/analysis.h"

#include <QString>

namespace reelforge::application {

// One analysis algorithm (Strategy), fed by AnalysisService's single decode pass. An instance
// analyses one file: begin(), then frames/blocks in timeline order, then finish() once.
// Calls come from one thread at a time (video and audio may come from different threads, so
// an analyzer that takes both must not share unguarded state between them). Constructors are
// cheap; load models in begin(). name()/version()/settingsKey() identify a stored result: a
// new version or different settings recompute, everything else comes from the cache.
class IAnalyzer {
public:
    virtual ~IAnalyzer() = default;
    virtual QString name() const = 0;  // "scenes", "silences", "loudness", ...
    virtual int version() const = 0;
    virtual QString settingsKey() const { return {}; }  // the parameters that change the result
    virtual bool needsVideo() const = 0;
    virtual bool needsAudio() const = 0;

    // Errors (e.g. a speech model that is not installed) drop this analyzer only.
    virtual domain::Status begin(const DecodeStreams& streams) = 0;
    virtual void onVideoFrame(const VideoFrameView&) { }
    virtual void onAudio(const AudioBlockView&) { }
    // Writes this analyzer's section into `into` (and only that section).
    virtual domain::Status finish(domain::Analysis& into) = 0;
};

}  // namespace reelforge::application
