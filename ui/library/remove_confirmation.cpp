#include "ui/library/remove_confirmation.h"

#include "ui/common/icons.h"

#include <QMessageBox>
#include <QPushButton>

namespace reelforge::ui {

bool RemoveConfirmation::ask(QWidget* parent, const QStringList& titles)
{
    if (titles.isEmpty())
        return false;
    const QString question = titles.size() == 1
        ? tr("Remove “%1” from your library?").arg(titles.first())
        : tr("Remove %n item(s) from your library?", nullptr, static_cast<int>(titles.size()));
    QMessageBox box(QMessageBox::Question, tr("Remove from Library"), question, QMessageBox::Cancel, parent);
    box.setInformativeText(
        tr("Copies kept in the library folder are deleted. Your original files are not touched."));
    box.setIconPixmap(
        icons::tinted(QStringLiteral("trash"), box.palette().color(QPalette::Highlight)).pixmap(40, 40));
    QPushButton* remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setProperty("accent", true);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton*>(remove);
}

}  // namespace reelforge::ui
