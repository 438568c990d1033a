#include "ui/analysis/timeline_strip.h"

#include "ui/analysis/analysis_text.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <optional>

namespace reelforge::ui {

namespace {

constexpr int kSideMargin = 10;  // the playhead stays visible at both ends
constexpr int kSceneLane = 14;
constexpr int kRuler = 16;
constexpr int kMarkerReach = 4;  // px either side of a marker that shows its tooltip

const QColor kCutColor(74, 163, 255);
const QColor kFadeColor(74, 163, 255, 70);

// A round number of seconds between ruler labels that keeps them about 70 px apart.
double rulerStep(double seconds, int width)
{
    static constexpr double kSteps[] = { 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600 };
    const double wanted = seconds * 70.0 / std::max(1, width);
    for (double step : kSteps) {
        if (step >= wanted)
            return step;
    }
    return 7200;
}

QString rulerLabel(double seconds)
{
    const auto s = static_cast<qint64>(std::llround(seconds));
    if (std::abs(seconds - std::round(seconds)) > 0.01)
        return AnalysisText::preciseTime(domain::fromSeconds(seconds)).chopped(1);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

TimelineStrip::TimelineStrip(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineStrip"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Timeline"));
}

void TimelineStrip::setAnalysis(const domain::Analysis& analysis)
{
    m_analysis = analysis;
    updatePeaks();
    update();
}

void TimelineStrip::setDuration(qint64 milliseconds)
{
    m_fallbackDuration = std::max<qint64>(0, milliseconds);
    updatePeaks();
    update();
}

void TimelineStrip::setPosition(qint64 milliseconds)
{
    if (milliseconds == m_position)
        return;
    const int before = xForTime(domain::Micros(m_position * 1000));
    m_position = milliseconds;
    const int after = xForTime(domain::Micros(m_position * 1000));
    update(QRect(std::min(before, after) - 6, 0, std::abs(after - before) + 13, height()));
}

QSize TimelineStrip::sizeHint() const
{
    return { 400, 88 };
}

QSize TimelineStrip::minimumSizeHint() const
{
    return { 160, 88 };
}

domain::Micros TimelineStrip::duration() const
{
    if (m_analysis.duration > domain::Micros(0))
        return m_analysis.duration;
    return domain::Micros(m_fallbackDuration * 1000);
}

QRect TimelineStrip::track() const
{
    return rect().adjusted(kSideMargin, 0, -kSideMargin, 0);
}

int TimelineStrip::xForTime(domain::Micros t) const
{
    const QRect r = track();
    const double total = static_cast<double>(duration().count());
    if (total <= 0)
        return r.left();
    const double fraction = std::clamp(static_cast<double>(t.count()) / total, 0.0, 1.0);
    return r.left() + static_cast<int>(std::lround(fraction * (r.width() - 1)));
}

domain::Micros TimelineStrip::timeAtX(int x) const
{
    const QRect r = track();
    if (r.width() <= 1)
        return domain::Micros(0);
    const double fraction = std::clamp(double(x - r.left()) / double(r.width() - 1), 0.0, 1.0);
    return domain::Micros(static_cast<std::int64_t>(std::llround(fraction * double(duration().count()))));
}

void TimelineStrip::updatePeaks()
{
    m_peaks.clear();
    const auto& wave = m_analysis.waveform;
    const QRect r = track();
    if (!wave || wave->columnStep <= domain::Micros(0) || duration() <= domain::Micros(0) || r.width() <= 1)
        return;
    const std::size_t n = std::min(wave->minimum.size(), wave->maximum.size());
    m_peaks.reserve(static_cast<std::size_t>(r.width()));
    for (int x = r.left(); x <= r.right(); ++x) {
        // The columns under this pixel, at least one, so short clips repeat rather than gap.
        const auto from = static_cast<std::size_t>(timeAtX(x).count() / wave->columnStep.count());
        auto to = static_cast<std::size_t>(timeAtX(x + 1).count() / wave->columnStep.count());
        to = std::max(to, from + 1);
        float lo = 0.0F;
        float hi = 0.0F;
        for (std::size_t i = from; i < std::min(to, n); ++i) {
            lo = std::min(lo, wave->minimum[i] / 127.0F);
            hi = std::max(hi, wave->maximum[i] / 127.0F);
        }
        m_peaks.emplace_back(lo, hi);
    }
}

void TimelineStrip::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updatePeaks();
}

void TimelineStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QRect r = track();
    const QRect lane(r.left(), 0, r.width(), kSceneLane);
    const QRect wave(r.left(), kSceneLane + 2, r.width(), height() - kSceneLane - kRuler - 4);
    const QRect ruler(r.left(), height() - kRuler, r.width(), kRuler);

    p.fillRect(rect(), palette().color(QPalette::Window));
    p.fillRect(wave, palette().color(QPalette::Base));
    paintSilences(p, wave);
    paintWaveform(p, wave);
    paintScenes(p, lane.united(wave));
    paintRuler(p, ruler);
    paintPlayhead(p);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(wave.adjusted(0, 0, -1, -1));
    }
}

void TimelineStrip::paintWaveform(QPainter& p, const QRect& area) const
{
    QColor colour = palette().color(QPalette::Text);
    colour.setAlphaF(0.55F);
    const double mid = area.center().y() + 0.5;
    const double half = area.height() / 2.0 - 1.0;
    if (m_peaks.empty()) {
        p.setPen(colour);
        p.drawLine(area.left(), int(mid), area.right(), int(mid));
        return;
    }
    p.setPen(colour);
    for (std::size_t i = 0; i < m_peaks.size(); ++i) {
        const int x = area.left() + static_cast<int>(i);
        const int top = static_cast<int>(std::floor(mid - m_peaks[i].second * half));
        const int bottom = static_cast<int>(std::ceil(mid - m_peaks[i].first * half));
        p.drawLine(x, top, x, std::max(top, bottom));
    }
}

void TimelineStrip::paintSilences(QPainter& p, const QRect& area) const
{
    if (!m_analysis.silences)
        return;
    QColor fill = palette().color(QPalette::Mid);
    fill.setAlphaF(0.28F);
    QColor hatch = palette().color(QPalette::Mid);
    hatch.setAlphaF(0.45F);
    for (const domain::TimeRange& s : *m_analysis.silences) {
        const int x0 = xForTime(s.start);
        const int x1 = std::max(x0 + 1, xForTime(s.end));
        const QRect band(x0, area.top(), x1 - x0, area.height());
        p.fillRect(band, fill);
        p.fillRect(band, QBrush(hatch, Qt::BDiagPattern));
    }
}

void TimelineStrip::paintScenes(QPainter& p, const QRect& area) const
{
    if (!m_analysis.scenes)
        return;
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const domain::SceneChange& s : *m_analysis.scenes) {
        const int x = xForTime(s.time);
        if (s.kind == domain::SceneKind::Fade) {
            // A fade is a soft band over the transition with a hollow diamond at its middle.
            const int x0 = xForTime(s.span.start);
            const int x1 = std::max(x0 + 3, xForTime(s.span.end));
            p.fillRect(QRect(x0, area.top() + kSceneLane, x1 - x0, area.height() - kSceneLane), kFadeColor);
            QPainterPath diamond;
            diamond.moveTo(x, 2);
            diamond.lineTo(x + 5, 7);
            diamond.lineTo(x, 12);
            diamond.lineTo(x - 5, 7);
            diamond.closeSubpath();
            p.setPen(QPen(kCutColor, 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawPath(diamond);
            continue;
        }
        // A cut is a full-height line under a solid notch.
        QPainterPath notch;
        notch.moveTo(x - 5, 2);
        notch.lineTo(x + 5, 2);
        notch.lineTo(x, 10);
        notch.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(kCutColor);
        p.drawPath(notch);
        p.setPen(QPen(kCutColor, 1));
        p.drawLine(QPointF(x + 0.5, 10), QPointF(x + 0.5, area.bottom()));
    }
    p.setRenderHint(QPainter::Antialiasing, false);
}

void TimelineStrip::paintRuler(QPainter& p, const QRect& area) const
{
    const double seconds = domain::toSeconds(duration());
    if (seconds <= 0)
        return;
    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() * 0.8));
    p.setFont(small);
    p.setPen(palette().color(QPalette::Mid));
    const double step = rulerStep(seconds, area.width());
    const QFontMetrics metrics(small);
    for (double t = 0; t <= seconds + 1e-6; t += step) {
        const int x = xForTime(domain::fromSeconds(t));
        p.drawLine(x, area.top(), x, area.top() + 3);
        const QString label = rulerLabel(t);
        const int w = metrics.horizontalAdvance(label);
        const int left = std::clamp(x - w / 2, 0, width() - w);
        p.drawText(QRect(left, area.top() + 3, w, area.height() - 3), Qt::AlignCenter, label);
    }
}

void TimelineStrip::paintPlayhead(QPainter& p) const
{
    if (duration() <= domain::Micros(0))
        return;
    const int x = xForTime(domain::Micros(m_position * 1000));
    const QColor accent = palette().color(QPalette::Highlight);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(accent, 2));
    p.drawLine(QPointF(x + 0.5, 0), QPointF(x + 0.5, height() - kRuler));
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawEllipse(QPointF(x + 0.5, height() - kRuler), 3.5, 3.5);
}

QString TimelineStrip::toolTipAt(const QPoint& pos) const
{
    if (duration() <= domain::Micros(0))
        return {};
    if (m_analysis.scenes) {
        for (const domain::SceneChange& s : *m_analysis.scenes) {
            const bool fade = s.kind == domain::SceneKind::Fade;
            const int x0 = fade ? xForTime(s.span.start) : xForTime(s.time);
            const int x1 = fade ? xForTime(s.span.end) : x0;
            if (pos.x() < x0 - kMarkerReach || pos.x() > x1 + kMarkerReach)
                continue;
            if (fade)
                return tr("Fade, %1 – %2")
                    .arg(AnalysisText::preciseTime(s.span.start), AnalysisText::preciseTime(s.span.end));
            return tr("Cut at %1").arg(AnalysisText::preciseTime(s.time));
        }
    }
    const domain::Micros at = timeAtX(pos.x());
    if (m_analysis.silences) {
        for (const domain::TimeRange& s : *m_analysis.silences) {
            if (at >= s.start && at <= s.end)
                return tr("Silence, %1 – %2 (%3 s)")
                    .arg(AnalysisText::preciseTime(s.start), AnalysisText::preciseTime(s.end),
                        QLocale().toString(domain::toSeconds(s.length()), 'f', 1));
        }
    }
    return AnalysisText::preciseTime(at);
}

bool TimelineStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this, QRect(help->pos(), QSize(1, 1)));
        return true;
    }
    return QWidget::event(event);
}

void TimelineStrip::seekTo(int x)
{
    if (duration() <= domain::Micros(0))
        return;
    const qint64 ms = (timeAtX(x).count() + 500) / 1000;
    setPosition(ms);
    emit seekRequested(ms);
}

void TimelineStrip::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    seekTo(event->position().toPoint().x());
}

void TimelineStrip::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragging && (event->buttons() & Qt::LeftButton))
        seekTo(event->position().toPoint().x());
    QWidget::mouseMoveEvent(event);
}

void TimelineStrip::mouseReleaseEvent(QMouseEvent* event)
{
    m_dragging = false;
    QWidget::mouseReleaseEvent(event);
}

void TimelineStrip::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() != Qt::Key_Left && event->key() != Qt::Key_Right) || !m_analysis.scenes) {
        QWidget::keyPressEvent(event);
        return;
    }
    // Arrow keys jump between scene changes, a quick way to review each cut.
    const domain::Micros now(m_position * 1000);
    const domain::Micros slack(20000);
    std::optional<domain::Micros> target;
    for (const domain::SceneChange& s : *m_analysis.scenes) {
        if (event->key() == Qt::Key_Right && s.time > now + slack && (!target || s.time < *target))
            target = s.time;
        if (event->key() == Qt::Key_Left && s.time < now - slack && (!target || s.time > *target))
            target = s.time;
    }
    if (!target && event->key() == Qt::Key_Left)
        target = domain::Micros(0);
    if (!target)
        return;
    const qint64 ms = (target->count() + 500) / 1000;
    setPosition(ms);
    emit seekRequested(ms);
}

}  // namespace reelforge::ui
