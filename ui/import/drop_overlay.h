#pragma once

#include <QWidget>

namespace reelforge::ui {

// A translucent "Drop to import" sheet laid over its parent while files are dragged over
// the window. Transparent to the mouse and to drags, so the drop still reaches the window.
class DropOverlay : public QWidget {
    Q_OBJECT
public:
    explicit DropOverlay(QWidget* parent);
    void setActive(bool active);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
};

}  // namespace reelforge::ui
