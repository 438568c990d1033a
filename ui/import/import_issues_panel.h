#pragma once

#include "application/dtos/import_dtos.h"

#include <QFrame>

class QLabel;
class QTreeWidget;

namespace reelforge::ui {

// Lists the files an import did not add, each with a plain reason ("The file is empty.",
// "Already in your library."). Reports accumulate, newest first, until the creator clears
// the list; the panel hides itself when the list is empty.
class ImportIssuesPanel : public QFrame {
    Q_OBJECT
public:
    enum Column { FileColumn, ReasonColumn };

    explicit ImportIssuesPanel(QWidget* parent = nullptr);

    void addReport(const application::ImportReport& report);
    void clear();
    int issueCount() const;
    QString reasonFor(const QString& fileName) const;  // first listed reason, or empty

protected:
    void changeEvent(QEvent* event) override;

private:
    void addIssue(const QString& path, const QString& reason, const QString& technical, bool warning);
    void updateTitle();

    QLabel* m_icon;
    QLabel* m_title;
    QTreeWidget* m_list;
};

}  // namespace reelforge::ui
