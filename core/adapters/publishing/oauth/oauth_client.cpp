#include "adapters/publishing/oauth/oauth_client.h"

#include "adapters/publishing/oauth/loopback_receiver.h"
#include "adapters/publishing/shared/server_message.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace reelforge::adapters {

using domain::ErrorCode;

QJsonObject TokenSet::toJson() const
{
    return { { QStringLiteral("accessToken"), accessToken }, { QStringLiteral("refreshToken"), refreshToken },
        { QStringLiteral("expiresAt"),
            expiresAt.isValid() ? expiresAt.toUTC().toString(Qt::ISODate) : QString() },
        { QStringLiteral("scope"), scope } };
}

TokenSet TokenSet::fromJson(const QJsonObject& json)
{
    TokenSet t;
    t.accessToken = json.value(QStringLiteral("accessToken")).toString();
    t.refreshToken = json.value(QStringLiteral("refreshToken")).toString();
    t.expiresAt = QDateTime::fromString(json.value(QStringLiteral("expiresAt")).toString(), Qt::ISODate);
    t.scope = json.value(QStringLiteral("scope")).toString();
    return t;
}

OAuthClient::OAuthClient(HttpClient& http, OAuthConfig config)
    : m_http(http)
    , m_config(std::move(config))
{
}

QUrl OAuthClient::authorizationUrl(
    const Pkce& pkce, const QByteArray& state, const QString& redirectUri) const
{
    QUrl url = m_config.authorizeUrl;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(m_config.clientIdParameter, m_config.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), redirectUri);
    query.addQueryItem(QStringLiteral("scope"), m_config.scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    for (const auto& [key, value] : m_config.extraAuthorizeParams)
        query.addQueryItem(key, value);
    // QUrlQuery leaves some reserved characters as they are; encode the values fully.
    QStringList items;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        items << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    url.setQuery(items.join(QLatin1Char('&')), QUrl::StrictMode);
    return url;
}

domain::Result<TokenSet> OAuthClient::tokenRequest(
    const QList<QPair<QString, QString>>& form, const QString& previousRefresh)
{
    QByteArrayList items;
    QList<QPair<QString, QString>> all = form;
    all.append({ m_config.clientIdParameter, m_config.clientId });
    if (!m_config.clientSecret.isEmpty() && !m_config.secretInBasicAuth)
        all.append({ QStringLiteral("client_secret"), m_config.clientSecret });
    for (const auto& [key, value] : all)
        items << QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    QNetworkRequest request = makeRequest(m_config.tokenUrl);
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    if (m_config.secretInBasicAuth)
        request.setRawHeader("Authorization",
            "Basic " + (m_config.clientId + QLatin1Char(':') + m_config.clientSecret).toUtf8().toBase64());
    auto reply = m_http.send("POST", request, items.join('&'));
    if (!reply)
        return tl::unexpected(reply.error());
    const QJsonObject body = QJsonDocument::fromJson(reply->body).object();
    if (!reply->isSuccess()) {
        if (reply->status >= 500 || reply->status == 429)
            return tl::unexpected(httpError(QStringLiteral("token request"), *reply));
        // invalid_grant (refresh token revoked, expired or already used), invalid_client, ...
        // Only the error code goes into the detail: never the body, which may echo the form.
        return domain::fail(ErrorCode::AuthExpired,
            QStringLiteral("the account's sign-in is no longer valid: reconnect it"),
            shortServerText(
                body.value(QStringLiteral("error")).toString(QStringLiteral("HTTP %1").arg(reply->status))));
    }
    TokenSet tokens;
    tokens.accessToken = body.value(QStringLiteral("access_token")).toString();
    tokens.refreshToken = body.value(QStringLiteral("refresh_token")).toString(previousRefresh);
    tokens.scope = body.value(QStringLiteral("scope")).toString();
    const int expiresIn = body.value(QStringLiteral("expires_in")).toInt(0);
    if (expiresIn > 0)
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    if (tokens.accessToken.isEmpty())
        return domain::fail(
            ErrorCode::AuthExpired, QStringLiteral("the platform sent no access token: reconnect"));
    return tokens;
}

domain::Result<TokenSet> OAuthClient::exchange(
    const QString& code, const QByteArray& verifier, const QString& redirectUri)
{
    return tokenRequest({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                            { QStringLiteral("code"), code }, { QStringLiteral("redirect_uri"), redirectUri },
                            { QStringLiteral("code_verifier"), QString::fromLatin1(verifier) } },
        {});
}

domain::Result<TokenSet> OAuthClient::refresh(const QString& refreshToken)
{
    if (refreshToken.isEmpty())
        return domain::fail(
            ErrorCode::AuthExpired, QStringLiteral("no refresh token: reconnect the account"));
    return tokenRequest({ { QStringLiteral("grant_type"), QStringLiteral("refresh_token") },
                            { QStringLiteral("refresh_token"), refreshToken } },
        refreshToken);
}

domain::Result<TokenSet> OAuthClient::connect(
    const OpenBrowser& openBrowser, int timeoutMs, application::CancellationToken* cancel)
{
    LoopbackReceiver receiver;
    if (domain::Status s = receiver.listen(); !s)
        return tl::unexpected(s.error());
    const Pkce pkce = Pkce::generate();
    const QByteArray state = Pkce::randomToken(24);
    if (!openBrowser(authorizationUrl(pkce, state, receiver.redirectUri())))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot open the browser for the sign-in"));
    auto code = receiver.waitForCode(state, timeoutMs, cancel);
    if (!code)
        return tl::unexpected(code.error());
    return exchange(*code, pkce.verifier, receiver.redirectUri());
}

}  // namespace reelforge::adapters
