#pragma once

#include <QPalette>
#include <QString>

namespace reelforge::ui {

// Light and dark looks: the Fusion style, a palette, and :/themes/<light|dark>.qss for the
// touches a palette cannot express. "System" follows the palette the platform gave the
// application when this object was created. Applies to the whole QApplication; GUI thread.
class Theme {
public:
    enum class Mode { System, Light, Dark };

    Theme();

    static Mode parse(const QString& name);  // unknown names -> System
    static QString name(Mode mode);

    void apply(Mode mode);
    Mode mode() const { return m_mode; }
    bool isDark() const { return m_dark; }

private:
    static QPalette lightPalette();
    static QPalette darkPalette();

    QPalette m_systemPalette;
    Mode m_mode = Mode::System;
    bool m_dark = false;
};

}  // namespace reelforge::ui
