#include "ui/import/import_issues_panel.h"

#include "ui/common/error_text.h"
#include "ui/common/icons.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace reelforge::ui {

ImportIssuesPanel::ImportIssuesPanel(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("importIssues"));
    m_title->setProperty("role", QStringLiteral("strong"));
    m_icon->setPixmap(icons::themed(QStringLiteral("warning")).pixmap(18, 18));
    auto* clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setToolTip(tr("Clear this list"));

    m_list->setObjectName(QStringLiteral("importIssuesList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({ tr("File"), tr("Why it was not imported") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Interactive);
    m_list->setColumnWidth(FileColumn, 320);
    m_list->setFrameShape(QFrame::NoFrame);

    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);
    header->addWidget(clearButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_list);

    connect(clearButton, &QPushButton::clicked, this, &ImportIssuesPanel::clear);
    hide();
}

void ImportIssuesPanel::addReport(const application::ImportReport& report)
{
    // Newest report on top, in the order the files were tried.
    for (auto it = report.skipped.rbegin(); it != report.skipped.rend(); ++it)
        addIssue(it->path, errorText(domain::ErrorCode::Duplicate),
            tr("Duplicate of an item already in the library"), false);
    for (auto it = report.failed.rbegin(); it != report.failed.rend(); ++it) {
        const bool folder = QFileInfo(it->path).isDir();
        addIssue(it->path, importFailureText(it->error, folder), it->error.toString(), true);
    }
    updateTitle();
}

void ImportIssuesPanel::clear()
{
    m_list->clear();
    updateTitle();
}

int ImportIssuesPanel::issueCount() const
{
    return m_list->topLevelItemCount();
}

QString ImportIssuesPanel::reasonFor(const QString& fileName) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->text(FileColumn) == fileName)
            return item->text(ReasonColumn);
    }
    return {};
}

void ImportIssuesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        m_icon->setPixmap(icons::themed(QStringLiteral("warning")).pixmap(18, 18));  // follow the theme
    QFrame::changeEvent(event);
}

void ImportIssuesPanel::addIssue(
    const QString& path, const QString& reason, const QString& technical, bool warning)
{
    auto* item = new QTreeWidgetItem;
    const QFileInfo info(path);
    item->setText(FileColumn, info.fileName().isEmpty() ? path : info.fileName());
    item->setText(ReasonColumn, reason);
    item->setIcon(FileColumn, icons::themed(warning ? QStringLiteral("warning") : QStringLiteral("info")));
    item->setToolTip(FileColumn, QDir::toNativeSeparators(path));
    // The technical message helps support; the creator reads the plain reason.
    item->setToolTip(ReasonColumn, technical);
    m_list->insertTopLevelItem(0, item);
}

void ImportIssuesPanel::updateTitle()
{
    const int count = issueCount();
    m_title->setText(tr("%n file(s) not added to your library", nullptr, count));
    setVisible(count > 0);
    // Tall enough for up to five rows; more scroll.
    const int rows = std::clamp(count, 1, 5);
    const int rowHeight = count > 0 ? m_list->sizeHintForRow(0) : m_list->fontMetrics().height() + 6;
    m_list->setFixedHeight(
        m_list->header()->sizeHint().height() + rows * rowHeight + 2 * m_list->frameWidth() + 2);
}

}  // namespace reelforge::ui
