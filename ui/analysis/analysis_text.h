#pragma once

#include "domain/models/analysis.h"

#include <QCoreApplication>
#include <QString>

namespace reelforge::ui {

// A loudness target a creator meets: a platform's normalisation level, in LUFS, and how a
// sentence names it ("YouTube’s %1", where %1 becomes "−14 LUFS").
struct LoudnessTarget {
    QString name;
    double lufs = 0.0;
};

// Words and figures for analysis results, shared by the analysis views.
class AnalysisText {
    Q_DECLARE_TR_FUNCTIONS(AnalysisText)
public:
    // "0:04.25", "1:02:03.50": a time on the timeline to the hundredth of a second.
    static QString preciseTime(domain::Micros t);

    // "−14 LUFS" style figures, with a real minus sign.
    static QString lufs(double value);
    static QString lu(double value);
    static QString dbtp(double value);

    // One plain sentence against a target: "2.1 LU quieter than YouTube's −14 LUFS",
    // "0.8 LU louder than …", "On target for …" (within 0.5 LU).
    static QString targetHint(double integratedLufs, const LoudnessTarget& target);

    // The sentence when the true peak leaves too little headroom for lossy encoding (> −1 dBTP);
    // empty otherwise.
    static QString truePeakWarning(double truePeakDbtp);
};

}  // namespace reelforge::ui
