#pragma once

#include "domain/models/analysis.h"

#include <QWidget>

#include <utility>
#include <vector>

namespace reelforge::ui {

// The clip's timeline at a glance, under the preview: the audio waveform, silent stretches
// shaded, scene changes marked on top (a cut is a line with a notch, a fade a band over the
// transition), and the playhead. Clicking or dragging asks the player to seek; markers and
// silences explain themselves in tooltips. Left and right arrows step to the previous and
// next scene change. GUI thread.
class TimelineStrip : public QWidget {
    Q_OBJECT
public:
    explicit TimelineStrip(QWidget* parent = nullptr);

    void setAnalysis(const domain::Analysis& analysis);
    void setDuration(qint64 milliseconds);  // used while the analysis has no duration
    void setPosition(qint64 milliseconds);
    qint64 position() const { return m_position; }

    // Where time runs, in widget coordinates: x of a time and the time at an x.
    QRect track() const;
    int xForTime(domain::Micros t) const;
    domain::Micros timeAtX(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 milliseconds);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    domain::Micros duration() const;
    void paintWaveform(QPainter& p, const QRect& area) const;
    void paintSilences(QPainter& p, const QRect& area) const;
    void paintScenes(QPainter& p, const QRect& area) const;
    void paintRuler(QPainter& p, const QRect& area) const;
    void paintPlayhead(QPainter& p) const;
    QString toolTipAt(const QPoint& pos) const;
    void seekTo(int x);
    void updatePeaks();

    domain::Analysis m_analysis;
    qint64 m_fallbackDuration = 0;  // ms
    qint64 m_position = 0;  // ms
    bool m_dragging = false;
    std::vector<std::pair<float, float>> m_peaks;  // per track pixel, -1..1
};

}  // namespace reelforge::ui
