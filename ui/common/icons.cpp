#include "ui/common/icons.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPalette>

namespace reelforge::ui::icons {

namespace {

// Renders the SVG through the image-format plugin (the UI does not link QtSvg) after
// substituting the colour. Pixmaps are cached per size, mode and colour.
class TintedSvgEngine final : public QIconEngine {
public:
    TintedSvgEngine(QByteArray svg, QColor fixed)
        : m_svg(std::move(svg))
        , m_fixed(fixed)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap pm = scaledPixmap(rect.size(), mode, state, dpr);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QColor color = colorFor(mode);
        const QSize pixels = size * scale;
        const QString key = QStringLiteral("%1x%2/%3")
                                .arg(pixels.width())
                                .arg(pixels.height())
                                .arg(color.name(QColor::HexArgb));
        if (auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return *it;
        QByteArray data = m_svg;
        data.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
        QBuffer buffer(&data);
        QImageReader reader(&buffer, "svg");
        reader.setScaledSize(pixels);
        QImage image = reader.read();
        if (image.isNull())
            return {};
        if (color.alphaF() < 1.0) {
            QPainter p(&image);
            p.setCompositionMode(QPainter::CompositionMode_DestinationIn);
            p.fillRect(image.rect(), QColor(0, 0, 0, color.alpha()));
        }
        QPixmap pm = QPixmap::fromImage(std::move(image));
        pm.setDevicePixelRatio(scale);
        m_cache.insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new TintedSvgEngine(m_svg, m_fixed); }
    bool isNull() override { return m_svg.isEmpty(); }

private:
    QColor colorFor(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        if (mode == QIcon::Disabled) {
            QColor c = m_fixed.isValid() ? m_fixed : palette.color(QPalette::Active, QPalette::WindowText);
            c.setAlphaF(0.35f);
            return c;
        }
        if (m_fixed.isValid())
            return m_fixed;
        if (mode == QIcon::Selected)
            return palette.color(QPalette::HighlightedText);
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    QByteArray m_svg;
    QColor m_fixed;
    QHash<QString, QPixmap> m_cache;
};

QByteArray svgNamed(const QString& name)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

}  // namespace

QIcon themed(const QString& name)
{
    return tinted(name, QColor());
}

QIcon tinted(const QString& name, const QColor& color)
{
    QByteArray svg = svgNamed(name);
    if (svg.isEmpty())
        return {};
    return QIcon(new TintedSvgEngine(std::move(svg), color));
}

}  // namespace reelforge::ui::icons
