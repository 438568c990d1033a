#pragma once

#include "application/interfaces/i_account_sign_in.h"
#include "application/interfaces/i_credential_store.h"

namespace reelforge::adapters {

// IAccountSignIn over the platform OAuth clients and the keychain. check() reads the account's
// secret and, for OAuth platforms whose access token is about to expire, refreshes it (the
// rotated tokens are written back, exactly as an upload would). Thread-safe as its ports; each
// call builds its own network stack on the calling thread.
class AccountSignIn final : public application::IAccountSignIn {
public:
    explicit AccountSignIn(application::ICredentialStore& credentials);

    bool signsInWithBrowser(domain::Platform platform) const override;
    domain::Result<QByteArray> signIn(const domain::Account& account, const QString& clientSecret,
        const OpenBrowser& openBrowser, int timeoutMs, application::CancellationToken& cancel) override;
    domain::Status check(const domain::Account& account) override;

private:
    domain::Status checkOAuth(const domain::Account& account, const QJsonObject& secret);

    application::ICredentialStore& m_credentials;
};

}  // namespace reelforge::adapters
