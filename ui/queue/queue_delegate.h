#pragma once

#include "domain/models/job.h"

#include <QStyledItemDelegate>

namespace reelforge::ui {

// Paints one job of the queue: a state badge, the title, what it makes and how it is doing
// (percent, speed, time left, the output file or why it failed) and a slim progress bar, all
// in the palette's colours so it follows the theme.
class QueueDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kRowHeight = 64;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor stateColor(domain::JobState state, const QPalette& palette);
    static QString stateIcon(domain::JobState state);
    static QString detailText(const QModelIndex& index);  // the second line, also for tests
};

}  // namespace reelforge::ui
