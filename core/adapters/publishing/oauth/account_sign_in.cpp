#include "adapters/publishing/oauth/account_sign_in.h"

#include "adapters/publishing/oauth/oauth_client.h"
#include "adapters/publishing/oauth/oauth_token_provider.h"
#include "adapters/publishing/oauth/platform_oauth.h"

#include <QJsonDocument>

namespace reelforge::adapters {

using domain::ErrorCode;
using domain::Platform;

AccountSignIn::AccountSignIn(application::ICredentialStore& credentials)
    : m_credentials(credentials)
{
}

bool AccountSignIn::signsInWithBrowser(Platform platform) const
{
    return platform == Platform::YouTube || platform == Platform::Vimeo || platform == Platform::TikTok;
}

domain::Result<QByteArray> AccountSignIn::signIn(const domain::Account& account, const QString& clientSecret,
    const OpenBrowser& openBrowser, int timeoutMs, application::CancellationToken& cancel)
{
    const QString& appSecret = clientSecret;
    const auto config = platformOAuth(account, appSecret);
    if (!config)
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("this platform does not sign in with OAuth"),
            domain::platformName(account.platform));
    if (config->clientId.isEmpty())
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("the account has no client id"));
    HttpClient http;
    CancellationScope scope(http, cancel);
    OAuthClient client(http, *config);
    auto tokens = client.connect(openBrowser, timeoutMs, &cancel);
    if (!tokens)
        return tl::unexpected(tokens.error());
    QJsonObject stored = tokens->toJson();
    if (!appSecret.isEmpty())
        stored.insert(QStringLiteral("clientSecret"), appSecret);
    return QJsonDocument(stored).toJson(QJsonDocument::Compact);
}

domain::Status AccountSignIn::check(const domain::Account& account)
{
    const bool needsSecret = account.platform != Platform::Folder && account.platform != Platform::Tus
        && !(account.platform == Platform::WebDav
            && account.settings.value(QStringLiteral("username")).toString().isEmpty());
    if (!needsSecret)
        return domain::ok();
    auto raw = m_credentials.read(account.credentialKey);
    if (!raw) {
        if (raw.error().code == ErrorCode::NotFound)
            return domain::fail(
                ErrorCode::AuthExpired, QStringLiteral("no sign-in stored for this account"), account.name);
        return tl::unexpected(raw.error());
    }
    const QJsonObject secret = QJsonDocument::fromJson(*raw).object();
    if (signsInWithBrowser(account.platform))
        return checkOAuth(account, secret);
    const bool complete = account.platform == Platform::S3
        ? !secret.value(QStringLiteral("accessKeyId")).toString().isEmpty()
            && !secret.value(QStringLiteral("secretAccessKey")).toString().isEmpty()
        : !secret.value(QStringLiteral("password")).toString().isEmpty();
    if (!complete)
        return domain::fail(ErrorCode::AuthExpired,
            QStringLiteral("the account's keys or password are missing"), account.name);
    return domain::ok();
}

domain::Status AccountSignIn::checkOAuth(const domain::Account& account, const QJsonObject& secret)
{
    const TokenSet tokens = TokenSet::fromJson(secret);
    if (tokens.accessToken.isEmpty())
        return domain::fail(
            ErrorCode::AuthExpired, QStringLiteral("the account is not signed in"), account.name);
    if (!tokens.expiresWithin(QDateTime::currentDateTimeUtc(), OAuthTokenProvider::kRefreshMarginSeconds))
        return domain::ok();
    // Expired or about to: refresh now, so a refused sign-in shows before an upload starts.
    HttpClient http(15000);
    OAuthClient client(
        http, *platformOAuth(account, secret.value(QStringLiteral("clientSecret")).toString()));
    OAuthTokenProvider provider(m_credentials, account.credentialKey, client);
    auto refreshed = provider.refreshNow();
    if (!refreshed)
        return tl::unexpected(refreshed.error());
    return domain::ok();
}

}  // namespace reelforge::adapters
