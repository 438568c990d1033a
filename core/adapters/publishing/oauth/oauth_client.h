#pragma once

#include "adapters/publishing/oauth/pkce.h"
#include "adapters/publishing/shared/http_client.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace reelforge::adapters {

// A platform's OAuth 2.0 endpoints and the app's client registration (client ids live in the
// settings; a desktop app has no real secret, so PKCE protects the code).
struct OAuthConfig {
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QString clientId;
    QString clientSecret;  // only where a platform insists on one for installed apps
    QStringList scopes;
    QList<QPair<QString, QString>> extraAuthorizeParams;  // e.g. access_type=offline, prompt=consent
    QString clientIdParameter = QStringLiteral("client_id");  // TikTok calls it client_key
    bool secretInBasicAuth = false;  // Vimeo wants the client credentials as HTTP Basic
};

// Tokens of one account. Serialised to JSON for the keychain only.
struct TokenSet {
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt;  // invalid: unknown
    QString scope;

    QJsonObject toJson() const;
    static TokenSet fromJson(const QJsonObject& json);
    bool expiresWithin(const QDateTime& now, int seconds) const
    {
        return accessToken.isEmpty() || (expiresAt.isValid() && now.secsTo(expiresAt) <= seconds);
    }
};

// Authorization code + PKCE through a loopback redirect on 127.0.0.1 and a random port
// (RFC 8252), code exchange, and refresh (rotated refresh tokens are kept; an answer without
// a new one keeps the old). Errors: AuthExpired when the platform refuses the grant (the
// account must be reconnected), IoError when it cannot be reached or fails (5xx).
class OAuthClient {
public:
    using OpenBrowser = std::function<bool(const QUrl& url)>;

    OAuthClient(HttpClient& http, OAuthConfig config);

    QUrl authorizationUrl(const Pkce& pkce, const QByteArray& state, const QString& redirectUri) const;
    domain::Result<TokenSet> exchange(
        const QString& code, const QByteArray& verifier, const QString& redirectUri);
    domain::Result<TokenSet> refresh(const QString& refreshToken);
    // The whole sign-in: listen on the loopback, open the browser, wait for the code, exchange.
    domain::Result<TokenSet> connect(
        const OpenBrowser& openBrowser, int timeoutMs, application::CancellationToken* cancel = nullptr);

private:
    domain::Result<TokenSet> tokenRequest(
        const QList<QPair<QString, QString>>& form, const QString& previousRefresh);

    HttpClient& m_http;
    OAuthConfig m_config;
};

}  // namespace reelforge::adapters
