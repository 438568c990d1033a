#pragma once

#include "domain/models/analysis.h"

#include <QMetaType>
#include <QStringList>

namespace reelforge::application {

// What the analyzers are asked to do. Settings that change a result are part of that
// analyzer's cache key, so changing them recomputes only that analyzer.
struct AnalysisSettings {
    QStringList only;  // analyzer names; empty: every registered analyzer
    double silenceThresholdDb = -50.0;  // dBFS: quieter than this on every channel is silence
    domain::Micros silenceMin { 500000 };  // shorter quiet stretches are not silences
};

// One file to analyse: an asset of the library (assetId) or any media file (path).
struct AnalysisRequest {
    QString assetId;
    QString path;
    AnalysisSettings settings;
    bool useCache = true;  // false: recompute everything (and store the new results)
};

struct AnalysisOutcome {
    QString assetId;  // empty for a file outside the library
    QString path;
    QString contentHash;
    domain::Analysis analysis;
    QStringList computed;  // analyzers run in this pass
    QStringList fromCache;  // analyzers whose stored result was used
    QStringList skipped;  // analyzers that could not run (see analysis.issues)
};

}  // namespace reelforge::application

Q_DECLARE_METATYPE(reelforge::application::AnalysisOutcome)
