#include "ui/import/drop_overlay.h"

#include "ui/common/icons.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace reelforge::ui {

DropOverlay::DropOverlay(QWidget* parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setObjectName(QStringLiteral("dropOverlay"));
    parent->installEventFilter(this);
    hide();
}

void DropOverlay::setActive(bool active)
{
    if (active) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    setVisible(active);
}

bool DropOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void DropOverlay::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);
    QColor veil = palette().color(QPalette::Window);
    veil.setAlpha(215);
    p.fillRect(rect(), veil);

    const QRectF frame = QRectF(rect()).adjusted(24, 24, -24, -24);
    QPen pen(accent, 2.5, Qt::DashLine);
    pen.setDashPattern({ 6, 4 });
    p.setPen(pen);
    QColor tint = accent;
    tint.setAlpha(22);
    p.setBrush(tint);
    p.drawRoundedRect(frame, 18, 18);

    const QRect iconRect(0, 0, 64, 64);
    const QPoint centre = frame.center().toPoint();
    icons::tinted(QStringLiteral("import"), accent).paint(&p, iconRect.translated(centre - QPoint(32, 72)));
    QFont title = font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    p.setFont(title);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(
        QRectF(frame.left(), centre.y() + 4, frame.width(), 40), Qt::AlignCenter, tr("Drop to import"));
    p.setFont(font());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(frame.left(), centre.y() + 44, frame.width(), 28), Qt::AlignCenter,
        tr("Videos, audio files and whole folders are welcome."));
}

}  // namespace reelforge::ui
