#pragma once

#include "domain/models/analysis.h"
#include "domain/result.h"

#include <QJsonObject>

namespace reelforge::domain {

// The one JSON shape of an Analysis, shared by the CLI (`analyze --json`), the local API and
// the analysis cache. Times are seconds (exact to the microsecond), boxes are fractions of
// the displayed frame. Sections that were not analysed are absent. Summary leaves out what
// only a display needs (loudness series, waveform peaks); Full keeps everything.
// Add keys freely; never rename or remove one (automation and stored results rely on them).
enum class AnalysisJsonDetail { Summary, Full };

QJsonObject analysisToJson(const Analysis& analysis, AnalysisJsonDetail detail = AnalysisJsonDetail::Full);

// Reads what analysisToJson wrote (either detail). InvalidArgument when a present section is
// malformed; unknown keys are ignored.
Result<Analysis> analysisFromJson(const QJsonObject& json);

}  // namespace reelforge::domain
