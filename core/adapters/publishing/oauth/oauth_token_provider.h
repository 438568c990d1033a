#pragma once

#include "adapters/publishing/oauth/oauth_client.h"
#include "application/interfaces/i_credential_store.h"

namespace reelforge::adapters {

// An account's access token, kept fresh: read from the keychain, refreshed shortly before it
// expires (or when the platform answered 401), the rotated refresh token written back at
// once. A refused refresh is AuthExpired ("reconnect the account"). Used on the publisher's
// worker thread.
class OAuthTokenProvider {
public:
    static constexpr int kRefreshMarginSeconds = 60;

    OAuthTokenProvider(application::ICredentialStore& credentials, QString key, OAuthClient& client);

    domain::Result<QString> accessToken();
    domain::Result<QString> refreshNow();  // after a 401 with a token that looked valid
    // Sends `request` with "Authorization: <scheme> <access token>"; on 401 refreshes once
    // and sends again. A refused refresh is AuthExpired.
    domain::Result<HttpResponse> send(HttpClient& http, const QByteArray& verb, QNetworkRequest request,
        const QByteArray& body = {}, const QByteArray& scheme = QByteArrayLiteral("Bearer"));

private:
    domain::Result<TokenSet> stored();
    domain::Result<QString> refreshed(const TokenSet& current);

    application::ICredentialStore& m_credentials;
    QString m_key;
    OAuthClient& m_client;
};

}  // namespace reelforge::adapters
