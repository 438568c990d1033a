#include "ui/library/library_index_dialog.h"

#include "ui/common/error_text.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace reelforge::ui {

namespace {

enum Page { kChoice, kBackups, kWorking, kDone };

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// "5 March 2026 at 08:30", in the creator's time zone and language.
QString when(const QDateTime& utc)
{
    const QDateTime local = utc.toLocalTime();
    return LibraryIndexDialog::tr("%1 at %2")
        .arg(QLocale().toString(local.date(), QLocale::LongFormat),
            QLocale().toString(local.time(), QLocale::ShortFormat));
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

}  // namespace

LibraryIndexDialog::LibraryIndexDialog(
    const QString& libraryPath, LibraryRepairActions actions, QWidget* parent)
    : QDialog(parent)
    , m_actions(std::move(actions))
{
    setWindowTitle(tr("ReelForge: your library needs attention"));
    m_pool.setMaxThreadCount(1);
    m_pages = new QStackedWidget(this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    buildChoicePage(libraryPath);
    buildBackupsPage();
    buildWorkingPage();
    buildDonePage();
    m_pages->setCurrentIndex(kChoice);
    connect(&m_rebuild, &QFutureWatcherBase::finished, this, &LibraryIndexDialog::onRebuildFinished);
    connect(&m_restore, &QFutureWatcherBase::finished, this, &LibraryIndexDialog::onRestoreFinished);
    resize(560, 360);
}

LibraryIndexDialog::~LibraryIndexDialog()
{
    if (m_cancel)
        m_cancel->cancel();
    m_pool.waitForDone();
}

void LibraryIndexDialog::buildChoicePage(const QString& libraryPath)
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    auto* heading = wrappedLabel(tr("The list of your clips is missing"), page);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);
    layout->addWidget(heading);
    layout->addWidget(wrappedLabel(
        tr("ReelForge keeps a list of your clips (the library's index) beside your videos in “%1”. "
           "That list is missing or empty, but your videos are still there. ReelForge has not "
           "started, so that nothing is lost.")
            .arg(QDir::toNativeSeparators(libraryPath)),
        page));
    layout->addWidget(wrappedLabel(
        tr("Rebuilding makes the list again from the videos themselves; their titles and where they "
           "were imported from cannot be recovered. A backup brings back the list as it was when "
           "the backup was made."),
        page));
    m_choiceProblem = wrappedLabel(QString(), page);
    m_choiceProblem->setObjectName(QStringLiteral("problemLabel"));
    m_choiceProblem->hide();
    layout->addWidget(m_choiceProblem);
    layout->addStretch();
    auto* buttons = new QHBoxLayout;
    auto* rebuild = button(tr("Rebuild from the library's files"), QStringLiteral("rebuildButton"), page);
    auto* restore = button(tr("Restore a backup…"), QStringLiteral("restoreButton"), page);
    auto* quit = button(tr("Quit"), QStringLiteral("quitButton"), page);
    rebuild->setDefault(true);
    buttons->addWidget(rebuild);
    buttons->addWidget(restore);
    buttons->addStretch();
    buttons->addWidget(quit);
    layout->addLayout(buttons);
    connect(rebuild, &QPushButton::clicked, this, &LibraryIndexDialog::startRebuild);
    connect(restore, &QPushButton::clicked, this, &LibraryIndexDialog::showBackups);
    connect(quit, &QPushButton::clicked, this, &LibraryIndexDialog::reject);
    m_pages->insertWidget(kChoice, page);
}

void LibraryIndexDialog::buildBackupsPage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(wrappedLabel(tr("Choose the backup to bring back:"), page));
    m_backupList = new QListWidget(page);
    m_backupList->setObjectName(QStringLiteral("backupList"));
    layout->addWidget(m_backupList);
    m_backupsNote = wrappedLabel(QString(), page);
    m_backupsNote->setObjectName(QStringLiteral("backupsNote"));
    layout->addWidget(m_backupsNote);
    auto* buttons = new QHBoxLayout;
    auto* back = button(tr("Back"), QStringLiteral("backButton"), page);
    m_restoreSelected = button(tr("Restore"), QStringLiteral("restoreSelectedButton"), page);
    m_restoreSelected->setEnabled(false);
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_restoreSelected);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(kChoice); });
    connect(m_restoreSelected, &QPushButton::clicked, this, &LibraryIndexDialog::startRestore);
    connect(m_backupList, &QListWidget::currentRowChanged, this,
        [this](int row) { m_restoreSelected->setEnabled(row >= 0 && !isBusy()); });
    connect(m_backupList, &QListWidget::itemDoubleClicked, this, &LibraryIndexDialog::startRestore);

    connect(&m_backups, &QFutureWatcherBase::finished, this, [this] {
        const auto found = m_backups.result();
        m_backupList->clear();
        if (!found) {
            showProblem(m_backupsNote, found.error());
            return;
        }
        for (const application::BackupInfo& b : *found) {
            QString text = when(b.createdAt) + QStringLiteral(" — ")
                + (b.assets < 0 ? tr("cannot be read") : tr("%n clip(s)", nullptr, b.assets));
            if (b.name.startsWith(QLatin1String("before-restore-")))
                text += QLatin1Char(' ') + tr("(kept before a restore)");
            auto* item = new QListWidgetItem(text, m_backupList);
            item->setData(Qt::UserRole, b.path);
        }
        m_backupsNote->setText(found->empty() ? tr("There are no backups of this library yet.") : QString());
        if (!found->empty())
            m_backupList->setCurrentRow(0);
    });
    m_pages->insertWidget(kBackups, page);
}

void LibraryIndexDialog::buildWorkingPage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    m_workingLabel = wrappedLabel(QString(), page);
    m_workingLabel->setObjectName(QStringLiteral("workingLabel"));
    layout->addWidget(m_workingLabel);
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    layout->addWidget(m_progress);
    layout->addStretch();
    auto* cancel = button(tr("Cancel"), QStringLiteral("cancelButton"), page);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, [this, cancel] {
        if (m_cancel)
            m_cancel->cancel();
        cancel->setEnabled(false);
    });
    m_pages->insertWidget(kWorking, page);
}

void LibraryIndexDialog::buildDonePage()
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    m_summary = wrappedLabel(QString(), page);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    layout->addWidget(m_summary);
    layout->addStretch();
    auto* open = button(tr("Open the Library"), QStringLiteral("continueButton"), page);
    open->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(open);
    layout->addLayout(buttons);
    connect(open, &QPushButton::clicked, this, &QDialog::accept);
    m_pages->insertWidget(kDone, page);
}

bool LibraryIndexDialog::isBusy() const
{
    return m_rebuild.isRunning() || m_restore.isRunning();
}

void LibraryIndexDialog::showProblem(QLabel* label, const domain::Error& error)
{
    label->setText(errorText(error.code) + QStringLiteral("\n") + error.toString());
    label->show();
}

void LibraryIndexDialog::startRebuild()
{
    if (isBusy() || !m_actions.rebuild)
        return;
    m_choiceProblem->hide();
    m_workingLabel->setText(tr("Rebuilding the list of your clips from the library's files…"));
    m_progress->setRange(0, 0);
    findChild<QPushButton*>(QStringLiteral("cancelButton"))->setEnabled(true);
    m_pages->setCurrentIndex(kWorking);
    m_cancel = std::make_shared<application::CancellationToken>();
    // The sink reports on the worker thread; the bar is updated on this one.
    auto onProgress = [this](const application::Progress& p) {
        QMetaObject::invokeMethod(
            this,
            [this, p] {
                m_progress->setRange(0, std::max(p.itemsTotal, 1));
                m_progress->setValue(p.itemsDone);
            },
            Qt::QueuedConnection);
    };
    m_rebuild.setFuture(
        QtConcurrent::run(&m_pool, [rebuild = m_actions.rebuild, cancel = m_cancel, onProgress] {
            application::ProgressSink sink(onProgress);
            return rebuild(*cancel, sink);
        }));
}

void LibraryIndexDialog::onRebuildFinished()
{
    const auto report = m_rebuild.result();
    if (!report) {
        m_pages->setCurrentIndex(kChoice);
        showProblem(m_choiceProblem, report.error());
        return;
    }
    if (report->cancelled) {
        m_pages->setCurrentIndex(kChoice);
        m_choiceProblem->setText(
            tr("Rebuilding was stopped after %n clip(s). Rebuild again to add the others: "
               "the clips already back are kept.",
                nullptr, static_cast<int>(report->rebuilt.size())));
        m_choiceProblem->show();
        return;
    }
    QString summary
        = tr("%n clip(s) brought back into your library.", nullptr, static_cast<int>(report->rebuilt.size()));
    if (!report->failed.empty()) {
        summary += QStringLiteral("\n\n")
            + tr("%n file(s) in the library folder could not be used (damaged, changed or not a video):",
                nullptr, static_cast<int>(report->failed.size()));
        for (const application::FailedItem& f : report->failed)
            summary += QStringLiteral("\n• ") + QDir::toNativeSeparators(f.path);
    }
    finish(Outcome::Rebuilt, summary);
}

void LibraryIndexDialog::showBackups()
{
    if (isBusy() || !m_actions.listBackups)
        return;
    m_pages->setCurrentIndex(kBackups);
    m_backupList->clear();
    m_backupsNote->setText(tr("Looking for backups…"));
    m_restoreSelected->setEnabled(false);
    if (!m_backups.isRunning())
        m_backups.setFuture(QtConcurrent::run(&m_pool, m_actions.listBackups));
}

void LibraryIndexDialog::startRestore()
{
    const QListWidgetItem* item = m_backupList->currentItem();
    if (isBusy() || !item || !m_actions.restore)
        return;
    const QString path = item->data(Qt::UserRole).toString();
    m_workingLabel->setText(tr("Restoring the backup…"));
    m_progress->setRange(0, 0);
    findChild<QPushButton*>(QStringLiteral("cancelButton"))
        ->setEnabled(false);  // all or nothing: it finishes
    m_pages->setCurrentIndex(kWorking);
    m_restore.setFuture(
        QtConcurrent::run(&m_pool, [restore = m_actions.restore, path] { return restore(path); }));
}

void LibraryIndexDialog::onRestoreFinished()
{
    const auto report = m_restore.result();
    if (!report) {
        m_pages->setCurrentIndex(kBackups);
        showProblem(m_backupsNote, report.error());
        return;
    }
    QString summary
        = tr("The list of your clips from %1 is back: %n clip(s).", nullptr, report->restored.assets)
              .arg(when(report->restored.createdAt));
    if (report->addedFromFiles > 0)
        summary += QLatin1Char(' ')
            + tr("%n newer clip(s) added from the library's files.", nullptr, report->addedFromFiles);
    finish(Outcome::Restored, summary);
}

void LibraryIndexDialog::finish(Outcome outcome, const QString& summary)
{
    m_outcome = outcome;
    m_summary->setText(summary);
    m_pages->setCurrentIndex(kDone);
}

void LibraryIndexDialog::reject()
{
    if (isBusy()) {
        // A rebuild stops at the next file; a restore is one transaction and finishes.
        if (m_cancel)
            m_cancel->cancel();
        return;
    }
    if (m_outcome != Outcome::Quit) {
        accept();  // the work is done: closing the window opens the library
        return;
    }
    QDialog::reject();
}

}  // namespace reelforge::ui
