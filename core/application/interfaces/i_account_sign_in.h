#pragma once

#include "application/cancellation_token.h"
#include "domain/models/account.h"

#include <QByteArray>
#include <QUrl>

#include <functional>

namespace reelforge::application {

// Signing accounts in and checking that they still are, for the studio's account screens.
//
// signIn() runs the platform's browser sign-in (OAuth authorization code with PKCE and a
// loopback redirect): it calls openBrowser with the address to show, waits for the redirect
// (at most timeoutMs, or until `cancel`), exchanges the code and returns the secret to keep in
// the keychain (the tokens, plus `clientSecret` when one is given). It never touches the
// keychain, so it may run on any thread (openBrowser is called on that thread). check() says
// whether an account can publish now: ok, AuthExpired (no secret, or the platform refused to
// refresh the sign-in: reconnect), or IoError (the platform could not be reached). It reads the
// keychain, whose client (QtKeychain) only works on the thread that owns the credential store:
// call it there; it waits in a local event loop, so a window stays responsive. Secrets never
// appear in an Error.
class IAccountSignIn {
public:
    using OpenBrowser = std::function<bool(const QUrl& url)>;

    virtual ~IAccountSignIn() = default;
    virtual bool signsInWithBrowser(domain::Platform platform) const = 0;
    virtual domain::Result<QByteArray> signIn(const domain::Account& account, const QString& clientSecret,
        const OpenBrowser& openBrowser, int timeoutMs, CancellationToken& cancel)
        = 0;
    virtual domain::Status check(const domain::Account& account) = 0;
};

}  // namespace reelforge::application
