#include "ui/library/library_delegate.h"

#include "ui/common/format.h"
#include "ui/common/icons.h"
#include "ui/library/library_model.h"

#include <QListView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace reelforge::ui {

namespace {

constexpr int kCardTextHeight = 58;
constexpr int kRowHeight = 68;
constexpr QSize kRowThumbnail { 96, 54 };

bool isListMode(const QStyleOptionViewItem& option)
{
    const auto* view = qobject_cast<const QListView*>(option.widget);
    return view && view->viewMode() == QListView::ListMode;
}

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
        static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
        static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

QFont scaledFont(const QFont& base, qreal factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

void drawElided(QPainter* painter, const QRectF& rect, const QString& text, Qt::Alignment align)
{
    const QString elided
        = painter->fontMetrics().elidedText(text, Qt::ElideRight, static_cast<int>(rect.width()));
    painter->drawText(rect, static_cast<int>(align | Qt::AlignVCenter), elided);
}

}  // namespace

QSize LibraryDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    if (isListMode(option))
        return { 480, kRowHeight };
    return { m_cardWidth, m_cardWidth * 9 / 16 + kCardTextHeight };
}

void LibraryDelegate::setCardWidth(int width)
{
    width = std::max(width, static_cast<int>(kThumbnailSize.width()));
    if (width == m_cardWidth)
        return;
    m_cardWidth = width;
    emit sizeHintChanged({});
}

void LibraryDelegate::paint(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (isListMode(option))
        paintRow(painter, option, index);
    else
        paintCard(painter, option, index);
    painter->restore();
}

void LibraryDelegate::paintThumbnail(QPainter* painter, const QRectF& rect, const QPainterPath& clip,
    const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    painter->save();
    painter->setClipPath(clip);
    const QPixmap thumbnail = index.data(LibraryModel::ThumbnailRole).value<QPixmap>();
    if (!thumbnail.isNull()) {
        painter->drawPixmap(rect, thumbnail, QRectF(thumbnail.rect()));
    } else {
        painter->fillRect(rect, mix(pal.color(QPalette::Window), pal.color(QPalette::Text), 0.10));
        const bool video = index.data(LibraryModel::HasVideoRole).toBool();
        const int side = static_cast<int>(std::min(rect.width(), rect.height()) * 0.36);
        const QRect iconRect(0, 0, side, side);
        icons::tinted(
            video ? QStringLiteral("film") : QStringLiteral("music"), pal.color(QPalette::PlaceholderText))
            .paint(painter, iconRect.translated(rect.center().toPoint() - iconRect.center()));
    }
    painter->restore();
}

void LibraryDelegate::paintCard(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRectF card = QRectF(option.rect).adjusted(1, 1, -1, -1);
    constexpr qreal radius = 10.0;

    painter->setPen(Qt::NoPen);
    painter->setBrush(hovered || selected
            ? mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.06)
            : pal.color(QPalette::Base));
    painter->drawRoundedRect(card, radius, radius);

    const QRectF thumb(card.left(), card.top(), card.width(), card.width() * 9.0 / 16.0);
    // Rounded top corners only, so the picture meets the text area with a straight edge.
    QPainterPath top;
    top.addRoundedRect(thumb.adjusted(0, 0, 0, radius), radius, radius);
    QPainterPath square;
    square.addRect(thumb);
    paintThumbnail(painter, thumb, top.intersected(square), option, index);

    // Duration badge, bottom right of the picture.
    const QString duration = index.data(LibraryModel::DurationTextRole).toString();
    painter->setFont(scaledFont(option.font, 0.85, true));
    const QFontMetricsF fm(painter->font());
    const QRectF badge(thumb.right() - fm.horizontalAdvance(duration) - 18, thumb.bottom() - fm.height() - 12,
        fm.horizontalAdvance(duration) + 10, fm.height() + 4);
    painter->setBrush(QColor(0, 0, 0, 175));
    painter->drawRoundedRect(badge, 4, 4);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, duration);

    const QRectF text = QRectF(card.left() + 10, thumb.bottom() + 6, card.width() - 20, kCardTextHeight - 12);
    painter->setFont(scaledFont(option.font, 1.0, true));
    painter->setPen(pal.color(QPalette::Text));
    drawElided(painter, QRectF(text.left(), text.top(), text.width(), text.height() / 2),
        index.data(LibraryModel::TitleRole).toString(), Qt::AlignLeft);
    painter->setFont(scaledFont(option.font, 0.9, false));
    painter->setPen(pal.color(QPalette::PlaceholderText));
    QString details = index.data(LibraryModel::ResolutionTextRole).toString();
    if (const QString more = index.data(LibraryModel::DetailsTextRole).toString(); !more.isEmpty())
        details = details.isEmpty()
            ? more
            : details + QStringLiteral("  ·  ") + more.section(QStringLiteral(" · "), 1);
    drawElided(painter, QRectF(text.left(), text.center().y(), text.width(), text.height() / 2), details,
        Qt::AlignLeft);

    if (selected) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(pal.color(QPalette::Highlight), 2.5));
        painter->drawRoundedRect(card.adjusted(1, 1, -1, -1), radius, radius);
    } else {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(
            QPen(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), hovered ? 0.25 : 0.10), 1));
        painter->drawRoundedRect(card, radius, radius);
    }
}

void LibraryDelegate::paintRow(
    QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const QRectF row = QRectF(option.rect).adjusted(4, 2, -4, -2);

    if (selected || hovered) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(
            mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), selected ? 0.16 : 0.06));
        painter->drawRoundedRect(row, 8, 8);
    }
    const QRectF thumb(row.left() + 8, row.center().y() - kRowThumbnail.height() / 2.0, kRowThumbnail.width(),
        kRowThumbnail.height());
    QPainterPath rounded;
    rounded.addRoundedRect(thumb, 6, 6);
    paintThumbnail(painter, thumb, rounded, option, index);

    // Right-hand columns, laid out from the right edge.
    const QLocale locale;
    const QStringList columns {
        index.data(LibraryModel::DurationTextRole).toString(),
        index.data(LibraryModel::ResolutionTextRole).toString(),
        format::bytes(index.data(LibraryModel::SizeBytesRole).toLongLong()),
        locale.toString(
            index.data(LibraryModel::ImportedAtRole).toDateTime().toLocalTime(), QLocale::ShortFormat),
    };
    const qreal widths[] = { 70, 110, 90, 150 };
    qreal right = row.right() - 12;
    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::PlaceholderText));
    const bool roomy = row.width() > 760;
    for (int i = roomy ? 3 : 1; i >= 0; --i) {
        const QRectF cell(right - widths[i], row.top(), widths[i], row.height());
        drawElided(painter, cell, columns[i], Qt::AlignRight);
        right -= widths[i] + 12;
    }

    const QRectF text(thumb.right() + 14, row.top() + 10, right - thumb.right() - 20, row.height() - 20);
    painter->setFont(scaledFont(option.font, 1.0, true));
    painter->setPen(pal.color(QPalette::Text));
    drawElided(painter, QRectF(text.left(), text.top(), text.width(), text.height() / 2),
        index.data(LibraryModel::TitleRole).toString(), Qt::AlignLeft);
    painter->setFont(scaledFont(option.font, 0.9, false));
    painter->setPen(pal.color(QPalette::PlaceholderText));
    drawElided(painter, QRectF(text.left(), text.center().y(), text.width(), text.height() / 2),
        index.data(LibraryModel::DetailsTextRole).toString(), Qt::AlignLeft);
}

}  // namespace reelforge::ui
