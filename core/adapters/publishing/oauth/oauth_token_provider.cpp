#include "adapters/publishing/oauth/oauth_token_provider.h"

#include <QJsonDocument>

namespace reelforge::adapters {

using domain::ErrorCode;

OAuthTokenProvider::OAuthTokenProvider(
    application::ICredentialStore& credentials, QString key, OAuthClient& client)
    : m_credentials(credentials)
    , m_key(std::move(key))
    , m_client(client)
{
}

domain::Result<TokenSet> OAuthTokenProvider::stored()
{
    auto raw = m_credentials.read(m_key);
    if (!raw) {
        if (raw.error().code == ErrorCode::NotFound)
            return domain::fail(
                ErrorCode::AuthExpired, QStringLiteral("the account is not signed in: reconnect it"));
        return tl::unexpected(raw.error());
    }
    return TokenSet::fromJson(QJsonDocument::fromJson(*raw).object());
}

domain::Result<QString> OAuthTokenProvider::refreshed(const TokenSet& current)
{
    if (current.refreshToken.isEmpty())
        return domain::fail(ErrorCode::AuthExpired,
            QStringLiteral("the account's sign-in expired and cannot be renewed: reconnect it"));
    auto fresh = m_client.refresh(current.refreshToken);
    if (!fresh)
        return tl::unexpected(fresh.error());
    // Rotation: the old refresh token is now spent; losing the new one would lock the account out.
    // Other entries kept with the tokens (the app's client secret) stay.
    QJsonObject stored;
    if (auto raw = m_credentials.read(m_key))
        stored = QJsonDocument::fromJson(*raw).object();
    const QJsonObject tokens = fresh->toJson();
    for (auto it = tokens.begin(); it != tokens.end(); ++it)
        stored.insert(it.key(), it.value());
    if (domain::Status s = m_credentials.write(m_key, QJsonDocument(stored).toJson(QJsonDocument::Compact));
        !s)
        return tl::unexpected(s.error());
    return fresh->accessToken;
}

domain::Result<HttpResponse> OAuthTokenProvider::send(HttpClient& http, const QByteArray& verb,
    QNetworkRequest request, const QByteArray& body, const QByteArray& scheme)
{
    auto token = accessToken();
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!token)
            return tl::unexpected(token.error());
        request.setRawHeader("Authorization", scheme + ' ' + token->toUtf8());
        auto reply = http.send(verb, request, body);
        if (!reply || reply->status != 401 || attempt > 0)
            return reply;
        token = refreshNow();  // the access token expired early or was revoked
    }
    return tl::unexpected(token.error());
}

domain::Result<QString> OAuthTokenProvider::accessToken()
{
    auto tokens = stored();
    if (!tokens)
        return tl::unexpected(tokens.error());
    if (!tokens->expiresWithin(QDateTime::currentDateTimeUtc(), kRefreshMarginSeconds))
        return tokens->accessToken;
    return refreshed(*tokens);
}

domain::Result<QString> OAuthTokenProvider::refreshNow()
{
    auto tokens = stored();
    if (!tokens)
        return tl::unexpected(tokens.error());
    return refreshed(*tokens);
}

}  // namespace reelforge::adapters
