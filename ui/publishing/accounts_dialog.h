#pragma once

#include "application/services/account_service.h"
#include "ui/publishing/account_checks.h"
#include "ui/publishing/browser_sign_in.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace reelforge::ui {

// Publish ▸ Accounts…: the accounts ReelForge publishes to, each with its platform and
// whether it is still signed in (checked in the background), and Add, Reconnect and Remove.
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(application::AccountService& accounts, AccountChecks& checks, BrowserSignIn& signIn,
        QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    void reload();
    void addAccount();  // opens the add dialog
    void removeSelected(bool ask = true);
    void reconnectSelected();
    void select(const QString& accountId);

signals:
    void accountsChanged();

private:
    std::optional<domain::Account> selected() const;
    void showState(const QString& accountId, AccountChecks::State state);
    void updateButtons();
    void onReconnected(const SignInResult& secret);
    QByteArray askSecret(const domain::Account& account);

    application::AccountService& m_accounts;
    AccountChecks& m_checks;
    BrowserSignIn& m_signIn;
    QTreeWidget* m_list;
    QLabel* m_notice;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_reconnect;
    QPushButton* m_remove;
    std::vector<domain::Account> m_all;
    std::optional<domain::Account> m_reconnecting;
};

}  // namespace reelforge::ui
