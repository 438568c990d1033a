#pragma once

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace reelforge::ui {

// Asks before items leave the library, naming the item when there is one and saying what
// happens to the files. Modal, on the GUI thread; true when the creator chose Remove.
class RemoveConfirmation {
    Q_DECLARE_TR_FUNCTIONS(RemoveConfirmation)
public:
    static bool ask(QWidget* parent, const QStringList& titles);
};

}  // namespace reelforge::ui
