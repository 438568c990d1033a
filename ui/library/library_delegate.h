#pragma once

#include <QPainterPath>
#include <QStyledItemDelegate>

namespace reelforge::ui {

// Paints library items as cards (thumbnail, duration badge, title, format line) when the
// view is in icon mode, and as compact rows with columns when it is in list mode.
class LibraryDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr QSize kThumbnailSize { 224, 126 };  // the smallest card's picture

    using QStyledItemDelegate::QStyledItemDelegate;

    // Cards grow from the minimum width so that a row of them fills the view.
    void setCardWidth(int width);
    int cardWidth() const { return m_cardWidth; }

    void paint(
        QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void paintCard(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintRow(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintThumbnail(QPainter* painter, const QRectF& rect, const QPainterPath& clip,
        const QStyleOptionViewItem& option, const QModelIndex& index) const;

    int m_cardWidth = kThumbnailSize.width();
};

}  // namespace reelforge::ui
