#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace reelforge::ui {

// Accepts local files and folders dragged anywhere onto a window: install it on the window
// (it turns on acceptDrops there). Children that do not accept drops themselves pass the
// drag up to the window, where this filter takes it. Non-file drags are left alone.
class DropHandler : public QObject {
    Q_OBJECT
public:
    explicit DropHandler(QWidget* window);

    static QStringList localPaths(const QMimeData* mime);

signals:
    void dragActiveChanged(bool active);  // show or hide a "drop to import" hint
    void pathsDropped(const QStringList& paths);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

}  // namespace reelforge::ui
