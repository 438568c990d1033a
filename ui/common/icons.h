#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace reelforge::ui {

// The studio's line icons: SVGs under :/icons drawn with `currentColor`, tinted when painted
// with the current palette's text colour (or a fixed colour), so one set reads well in the
// light and the dark theme and follows a theme switch without rebuilding any widget.
namespace icons {

QIcon themed(const QString& name);  // e.g. "import" -> :/icons/import.svg
QIcon tinted(const QString& name, const QColor& color);

}  // namespace icons

}  // namespace reelforge::ui
