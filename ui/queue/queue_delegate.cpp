#include "ui/queue/queue_delegate.h"

#include "ui/common/icons.h"
#include "ui/queue/queue_actions.h"
#include "ui/queue/queue_model.h"

#include <QFileInfo>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace reelforge::ui {

using domain::JobState;

namespace {

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
        static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
        static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

void drawElided(QPainter* painter, const QRectF& rect, const QString& text, Qt::Alignment align)
{
    const QString elided
        = painter->fontMetrics().elidedText(text, Qt::ElideRight, static_cast<int>(rect.width()));
    painter->drawText(rect, static_cast<int>(align | Qt::AlignVCenter), elided);
}

QString percent(double fraction)
{
    return QLocale().toString(static_cast<int>(std::floor(std::clamp(fraction, 0.0, 1.0) * 100.0)))
        + QLocale().percent();
}

}  // namespace

QColor QueueDelegate::stateColor(JobState state, const QPalette& palette)
{
    switch (state) {
    case JobState::Running:
        return palette.color(QPalette::Highlight);
    case JobState::Succeeded:
        return QColor(0x2f, 0xa3, 0x6b);
    case JobState::Failed:
        return QColor(0xe5, 0x48, 0x4d);
    case JobState::Interrupted:
        return QColor(0xd9, 0x8e, 0x04);
    case JobState::Queued:
    case JobState::Paused:
    case JobState::Cancelled:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString QueueDelegate::stateIcon(JobState state)
{
    switch (state) {
    case JobState::Running:
        return QStringLiteral("play");
    case JobState::Paused:
        return QStringLiteral("pause");
    case JobState::Succeeded:
        return QStringLiteral("check");
    case JobState::Failed:
    case JobState::Interrupted:
        return QStringLiteral("warning");
    case JobState::Cancelled:
        return QStringLiteral("close");
    case JobState::Queued:
        break;
    }
    return QStringLiteral("film");
}

QString QueueDelegate::detailText(const QModelIndex& index)
{
    const auto state = static_cast<JobState>(index.data(QueueModel::StateRole).toInt());
    QStringList parts { index.data(QueueModel::PresetRole).toString() };
    switch (state) {
    case JobState::Running:
        parts << percent(index.data(QueueModel::FractionRole).toDouble())
              << index.data(QueueModel::SpeedTextRole).toString()
              << index.data(QueueModel::EtaTextRole).toString();
        break;
    case JobState::Paused:
    case JobState::Cancelled:
        parts << tr("stopped at %1").arg(percent(index.data(QueueModel::FractionRole).toDouble()));
        break;
    case JobState::Succeeded:
        parts << QFileInfo(index.data(QueueModel::OutputPathsRole).toStringList().value(0)).fileName();
        break;
    case JobState::Failed:
        return index.data(QueueModel::FailureTextRole).toString();
    case JobState::Interrupted:
        parts << tr("stopped when ReelForge closed");
        break;
    case JobState::Queued: {
        const int priority = index.data(QueueModel::PriorityRole).toInt();
        if (priority >= QueueActions::kHighPriority)
            parts << tr("high priority");
        else if (priority <= QueueActions::kLowPriority)
            parts << tr("low priority");
        else if (priority != 0)
            parts << tr("priority %1").arg(priority);
        break;
    }
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  ·  "));
}

QSize QueueDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return { 360, kRowHeight };
}

void QueueDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const auto state = static_cast<JobState>(index.data(QueueModel::StateRole).toInt());
    const QColor accent = stateColor(state, pal);
    const QRectF row = QRectF(option.rect).adjusted(6, 2, -6, -2);

    if (selected || hovered) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(
            mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), selected ? 0.16 : 0.06));
        painter->drawRoundedRect(row, 8, 8);
    }

    // State badge: a tinted disc with the state's icon.
    const QRectF badge(row.left() + 10, row.center().y() - 17, 34, 34);
    QColor disc = accent;
    disc.setAlphaF(0.16f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(disc);
    painter->drawEllipse(badge);
    const QRect iconRect = badge.adjusted(9, 9, -9, -9).toRect();
    icons::tinted(stateIcon(state), accent).paint(painter, iconRect);

    const qreal left = badge.right() + 14;
    const qreal right = row.right() - 14;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QString stateText = index.data(QueueModel::StateTextRole).toString();
    const qreal stateWidth = QFontMetricsF(bold).horizontalAdvance(stateText) + 4;
    const QRectF line1(left, row.top() + 8, right - left, 20);
    painter->setPen(accent);
    painter->drawText(line1, static_cast<int>(Qt::AlignRight | Qt::AlignVCenter), stateText);
    painter->setPen(pal.color(QPalette::Text));
    drawElided(painter, line1.adjusted(0, 0, -stateWidth - 16, 0),
        index.data(QueueModel::TitleRole).toString(), Qt::AlignLeft);

    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.92);
    painter->setFont(small);
    painter->setPen(state == JobState::Failed ? accent : pal.color(QPalette::PlaceholderText));
    drawElided(painter, QRectF(left, line1.bottom() + 1, right - left, 18), detailText(index), Qt::AlignLeft);

    // Progress: a slim rounded track; the filled part in the state's colour.
    const QRectF track(left, row.bottom() - 14, right - left, 5);
    painter->setPen(Qt::NoPen);
    painter->setBrush(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.12));
    painter->drawRoundedRect(track, 2.5, 2.5);
    const double fraction = std::clamp(index.data(QueueModel::FractionRole).toDouble(), 0.0, 1.0);
    if (fraction > 0.0) {
        QRectF done = track;
        done.setWidth(std::max(track.height(), track.width() * fraction));
        painter->setBrush(accent);
        painter->drawRoundedRect(done, 2.5, 2.5);
    }
    painter->restore();
}

}  // namespace reelforge::ui
