#pragma once

#include "domain/models/analysis.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace reelforge::ui {

// The EBU R128 figures of a clip in one line (integrated loudness, loudness range, true
// peak) and, under it, where that leaves the clip against YouTube's and podcast targets, with
// a warning when the true peak leaves too little headroom. Labels are named
// "loudness.figures", "loudness.hint" and "loudness.warning".
class LoudnessReadout : public QWidget {
    Q_OBJECT
public:
    explicit LoudnessReadout(QWidget* parent = nullptr);

    void setLoudness(const std::optional<domain::Loudness>& loudness);
    QString figuresText() const;
    QString hintText() const;
    QString warningText() const;

private:
    QLabel* m_figures;
    QLabel* m_hint;
    QLabel* m_warning;
};

}  // namespace reelforge::ui
