#include "ui/publishing/publishing_controller.h"

#include "application/services/analysis_service.h"
#include "application/services/publishing_service.h"
#include "ui/common/icons.h"
#include "ui/library/library_view.h"
#include "ui/publishing/account_checks.h"
#include "ui/publishing/accounts_dialog.h"
#include "ui/publishing/browser_sign_in.h"
#include "ui/publishing/publications_panel.h"
#include "ui/publishing/publish_dialog.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace reelforge::ui {

PublishingController::PublishingController(
    const StudioServices& services, QMainWindow* window, LibraryView* library)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_library(library)
    , m_checks(new AccountChecks(*services.signIn, this))
    , m_signIn(new BrowserSignIn(*services.signIn, this))
    , m_panel(new PublicationsPanel(*services.publishing, *services.accounts, window))
    , m_dock(new QDockWidget(tr("Publications"), window))
    , m_publish(new QAction(icons::themed(QStringLiteral("upload")), tr("Publish…"), this))
    , m_accountsAction(new QAction(tr("Accounts…"), this))
{
    m_publish->setObjectName(QStringLiteral("publishAction"));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_publish->setToolTip(tr("Publish the selected video to your accounts, now or at a set time"));
    m_accountsAction->setObjectName(QStringLiteral("accountsAction"));
    m_dock->setObjectName(QStringLiteral("publicationsDock"));
    m_dock->setWidget(m_panel);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable);
    m_dock->setTitleBarWidget(new QWidget(m_dock));
    m_dock->toggleViewAction()->setText(tr("Publications"));
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    // Beside the queue when there is one: the two share the bottom area as tabs.
    for (QDockWidget* other : window->findChildren<QDockWidget*>()) {
        if (other != m_dock && window->dockWidgetArea(other) == Qt::BottomDockWidgetArea) {
            window->tabifyDockWidget(other, m_dock);
            other->raise();
            break;
        }
    }

    connect(m_publish, &QAction::triggered, this, &PublishingController::publishSelected);
    connect(m_accountsAction, &QAction::triggered, this, [this] { openAccounts(); });
    connect(m_panel, &PublicationsPanel::notice, this,
        [this](const QString& text) { m_window->statusBar()->showMessage(text, 10000); });
    connect(m_library->listView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &PublishingController::updatePublishAction);
    connect(m_library->listView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PublishingController::updatePublishAction);
    updatePublishAction();
}

PublishingController::~PublishingController() = default;

QAction* PublishingController::publicationsToggle() const
{
    return m_dock->toggleViewAction();
}

void PublishingController::buildMenu(QMenu* menu)
{
    menu->addAction(m_publish);
    menu->addSeparator();
    menu->addAction(m_accountsAction);
}

void PublishingController::updatePublishAction()
{
    m_publish->setEnabled(!m_library->currentAssetId().isEmpty() || !m_library->selectedAssetIds().isEmpty());
}

std::optional<PublishSource> PublishingController::sourceFor(const QString& assetId) const
{
    const auto asset = m_services.library.get(assetId);
    if (!asset)
        return std::nullopt;
    PublishSource source;
    source.filePath = asset->storedPath();
    source.nameForTitle = asset->originalPath().isEmpty() ? asset->storedPath() : asset->originalPath();
    if (m_services.analysis) {  // what the analysis cache already knows; nothing is analysed here
        if (auto stored = m_services.analysis->stored(assetId); stored && stored->has_value())
            source.analysis = **stored;
    }
    return source;
}

void PublishingController::publishSelected()
{
    QStringList ids = m_library->selectedAssetIds();
    if (ids.isEmpty() && !m_library->currentAssetId().isEmpty())
        ids << m_library->currentAssetId();
    if (ids.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select a video in the library first."), 6000);
        return;
    }
    auto source = sourceFor(ids.first());
    if (!source) {
        m_window->statusBar()->showMessage(tr("This video is no longer in your library."), 8000);
        return;
    }
    openPublishDialog(*source);
}

void PublishingController::publishFile(const QString& path, const QString& artifactId, const QString& title)
{
    PublishSource source;
    source.filePath = path;
    source.artifactId = artifactId;
    // The output's own name ("Beach day_youtube-1080p.mp4") names the uploaded file; the title
    // field starts from the job's title ("Beach day").
    source.nameForTitle = path;
    source.suggestedTitle = title;
    openPublishDialog(source);
}

void PublishingController::openPublishDialog(const PublishSource& source)
{
    PublishDialog dialog(*m_services.publishing, *m_services.accounts, *m_checks, source, m_window);
    connect(&dialog, &PublishDialog::reconnectRequested, this, [this, &dialog](const QString& accountId) {
        openAccounts(accountId, true);
        dialog.reloadAccounts();
    });
    connect(&dialog, &PublishDialog::addAccountRequested, this, [this, &dialog] {
        openAccounts();
        dialog.reloadAccounts();
    });
    emit dialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showSubmitted(dialog.submittedIds());
}

void PublishingController::showSubmitted(const QStringList& ids)
{
    if (ids.isEmpty())
        return;
    m_services.publishing->runDue();  // uploads that are due start at once
    m_dock->show();
    m_dock->raise();
    m_panel->selectPublication(ids.first());
    m_window->statusBar()->showMessage(
        tr("%n publication(s) added; follow them under Publications.", nullptr, static_cast<int>(ids.size())),
        8000);
}

void PublishingController::openAccounts(const QString& selectAccountId, bool reconnect)
{
    AccountsDialog dialog(*m_services.accounts, *m_checks, *m_signIn, m_window);
    connect(&dialog, &AccountsDialog::accountsChanged, m_panel, &PublicationsPanel::reload);
    if (!selectAccountId.isEmpty())
        dialog.select(selectAccountId);
    if (reconnect)
        dialog.reconnectSelected();
    emit dialogOpened(&dialog);
    dialog.exec();
    m_signIn->cancel();  // closing the accounts window ends a sign-in still waiting
}

}  // namespace reelforge::ui
