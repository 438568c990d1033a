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
    auto fresh = m_client.refresh(current.refreshToken);
    if (!fresh)
        return tl::unexpected(fresh.error());
    // Rotation: the old refresh token is now spent; losing the new one would lock the account out.
    if (domain::Status s
        = m_credentials.write(m_key, QJsonDocument(fresh->toJson()).toJson(QJsonDocument::Compact));
        !s)
        return tl::unexpected(s.error());
    return fresh->accessToken;
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

} // namespace reelforge::adapters
