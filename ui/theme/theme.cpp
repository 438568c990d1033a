#include "ui/theme/theme.h"

#include <QApplication>
#include <QFile>
#include <QStyle>
#include <QStyleFactory>

// Resources of a static library must be registered explicitly; Q_INIT_RESOURCE has to be
// expanded outside any namespace.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace reelforge::ui {

namespace {

QPalette makePalette(const QColor& window, const QColor& base, const QColor& alternate, const QColor& text,
    const QColor& muted, const QColor& button, const QColor& accent, const QColor& accentText)
{
    QPalette p;
    for (QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        const bool off = group == QPalette::Disabled;
        const QColor fg = off ? muted : text;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, fg);
        p.setColor(group, QPalette::Base, base);
        p.setColor(group, QPalette::AlternateBase, alternate);
        p.setColor(group, QPalette::Text, fg);
        p.setColor(group, QPalette::PlaceholderText, muted);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, fg);
        p.setColor(group, QPalette::BrightText, Qt::white);
        p.setColor(group, QPalette::Highlight, off ? muted : accent);
        p.setColor(group, QPalette::HighlightedText, accentText);
        p.setColor(group, QPalette::ToolTipBase, base);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::Link, accent);
        p.setColor(group, QPalette::Mid, muted);
        p.setColor(group, QPalette::Light, base.lighter(110));
        p.setColor(group, QPalette::Midlight, alternate);
        p.setColor(group, QPalette::Dark, window.darker(130));
        p.setColor(group, QPalette::Shadow, QColor(0, 0, 0, 90));
    }
    return p;
}

QString styleSheetFor(bool dark)
{
    QFile file(dark ? QStringLiteral(":/themes/dark.qss") : QStringLiteral(":/themes/light.qss"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll());
}

}  // namespace

Theme::Theme()
    : m_systemPalette(QApplication::palette())
{
    initUiResources();
}

Theme::Mode Theme::parse(const QString& name)
{
    if (name == QLatin1String("light"))
        return Mode::Light;
    if (name == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QString Theme::name(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

void Theme::apply(Mode mode)
{
    m_mode = mode;
    m_dark = mode == Mode::Dark
        || (mode == Mode::System && m_systemPalette.color(QPalette::Window).lightness() < 128);
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(m_dark ? darkPalette() : lightPalette());
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        app->setStyleSheet(styleSheetFor(m_dark));
}

QPalette Theme::lightPalette()
{
    return makePalette(QColor(0xf3, 0xf4, 0xf6), Qt::white, QColor(0xf7, 0xf8, 0xfa),
        QColor(0x1f, 0x23, 0x2b), QColor(0x6b, 0x72, 0x80), QColor(0xfb, 0xfb, 0xfc),
        QColor(0xe4, 0x57, 0x2e), Qt::white);
}

QPalette Theme::darkPalette()
{
    return makePalette(QColor(0x17, 0x19, 0x1e), QColor(0x20, 0x23, 0x2a), QColor(0x26, 0x2a, 0x32),
        QColor(0xe8, 0xea, 0xed), QColor(0x9a, 0xa1, 0xac), QColor(0x2a, 0x2e, 0x37),
        QColor(0xff, 0x6b, 0x3d), Qt::white);
}

}  // namespace reelforge::ui
