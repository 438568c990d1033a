#pragma once

#include "ui/studio_services.h"

#include <QObject>

class QAction;
class QDialog;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace reelforge::ui {

class AccountChecks;
class BrowserSignIn;
class LibraryView;
class PublicationsPanel;
struct PublishSource;

// Publishing in the studio window: Publish… on the selected library video, Accounts…, and the
// publications dock (View ▸ Publications). Needs the publishing and account services and the
// sign-in port from StudioServices.
class PublishingController : public QObject {
    Q_OBJECT
public:
    PublishingController(const StudioServices& services, QMainWindow* window, LibraryView* library);
    ~PublishingController() override;

    QAction* publishAction() const { return m_publish; }
    QAction* accountsAction() const { return m_accountsAction; }
    QAction* publicationsToggle() const;
    PublicationsPanel* panel() const { return m_panel; }
    QDockWidget* dock() const { return m_dock; }
    AccountChecks* checks() const { return m_checks; }
    BrowserSignIn* signIn() const { return m_signIn; }
    void buildMenu(QMenu* menu);

    void publishSelected();  // opens the publish dialog for the selected video
    // Publish… for a file that is not a library video (a finished job's output).
    void publishFile(const QString& path, const QString& artifactId, const QString& title);
    std::optional<PublishSource> sourceFor(const QString& assetId) const;
    void openAccounts(const QString& selectAccountId = {}, bool reconnect = false);

signals:
    void dialogOpened(QDialog* dialog);  // for tests and screenshots: every dialog, before it runs

private:
    void updatePublishAction();
    void openPublishDialog(const PublishSource& source);
    void showSubmitted(const QStringList& ids);

    StudioServices m_services;
    QMainWindow* m_window;
    LibraryView* m_library;
    AccountChecks* m_checks;
    BrowserSignIn* m_signIn;
    PublicationsPanel* m_panel;
    QDockWidget* m_dock;
    QAction* m_publish;
    QAction* m_accountsAction;
};

}  // namespace reelforge::ui
