#pragma once

#include "application/services/account_service.h"
#include "ui/publishing/browser_sign_in.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace reelforge::ui {

// Adds an account: the platform, a name, and what that platform needs. YouTube, Vimeo and
// TikTok sign in through the system browser (the dialog waits, with Cancel, while the browser
// is out); storage and servers ask for an address and a password or keys. Secrets go to the
// keychain through AccountService and nowhere else. Accepted once the account is stored.
class AddAccountDialog : public QDialog {
    Q_OBJECT
public:
    AddAccountDialog(application::AccountService& accounts, BrowserSignIn& signIn, QWidget* parent = nullptr);

    void setPlatform(domain::Platform platform);
    domain::Account added() const { return m_added; }
    QLineEdit* field(const QString& key) const;  // "name", "endpoint", "username", "password", ...

protected:
    void reject() override;

private:
    void rebuildForm();
    void addField(const QString& key, const QString& label, const QString& placeholder, bool secret = false);
    void submit();
    domain::Result<domain::Account> draft() const;
    QByteArray secret() const;
    void store(const domain::Account& draft, const QByteArray& secret);
    void onSignedIn(const SignInResult& secret);
    void showError(const QString& text);
    void setWaiting(bool waiting);

    application::AccountService& m_accounts;
    BrowserSignIn& m_signIn;
    QComboBox* m_platform;
    QFormLayout* m_form;
    QLabel* m_hint;
    QLabel* m_error;
    QLabel* m_waiting;
    QDialogButtonBox* m_buttons;
    QHash<QString, QLineEdit*> m_fields;
    domain::Account m_pending;
    domain::Account m_added;
    bool m_signingIn = false;
};

}  // namespace reelforge::ui
