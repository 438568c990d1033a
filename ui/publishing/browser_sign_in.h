#pragma once

#include "application/interfaces/i_account_sign_in.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace reelforge::ui {

// How a sign-in ended: the secret to keep, or why there is none.
struct SignInResult {
    QByteArray secret;
    std::optional<domain::Error> error;
    explicit operator bool() const { return !error.has_value(); }
};

// One browser sign-in at a time, off the GUI thread: the system browser opens the platform's
// sign-in page and the platform sends the browser back to ReelForge (a loopback address),
// which finishes the sign-in. Cancellable; gives up after five minutes. The secret it returns
// goes straight to the keychain through AccountService. Lives on the GUI thread.
class BrowserSignIn : public QObject {
    Q_OBJECT
public:
    using Opener = application::IAccountSignIn::OpenBrowser;
    static constexpr int kTimeoutMs = 5 * 60 * 1000;

    explicit BrowserSignIn(application::IAccountSignIn& signIn, QObject* parent = nullptr);
    ~BrowserSignIn() override;

    // The default opens the system browser; tests hand in their own.
    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void start(const domain::Account& account, const QString& clientSecret);
    void cancel();
    bool isRunning() const { return m_cancel != nullptr; }

signals:
    void browserOpened(const QUrl& url);
    void finished(const reelforge::ui::SignInResult& result);

private:
    application::IAccountSignIn& m_signIn;
    Opener m_opener;
    QThreadPool m_pool;
    std::shared_ptr<application::CancellationToken> m_cancel;
};

}  // namespace reelforge::ui

Q_DECLARE_METATYPE(reelforge::ui::SignInResult)
