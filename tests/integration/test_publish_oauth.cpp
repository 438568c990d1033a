#include "adapters/publishing/oauth/loopback_receiver.h"
#include "adapters/publishing/oauth/oauth_client.h"
#include "adapters/publishing/oauth/oauth_token_provider.h"
#include "adapters/publishing/oauth/pkce.h"
#include "fakes/fake_credential_store.h"
#include "servers/local_server.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace reelforge;
using namespace reelforge::adapters;
using namespace reelforge::testing;
using domain::ErrorCode;

// OAuth 2.0 authorization code + PKCE through a loopback redirect, against oidc-provider on
// 127.0.0.1 (curl plays the browser, following the provider's redirects to our listener), then
// refresh-token rotation and the clear "reconnect" error when a refresh token is refused.
class TestPublishOAuth final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalServer m_provider;
    std::vector<std::unique_ptr<QProcess>> m_browsers;

    OAuthConfig config() const
    {
        const QString issuer = m_provider.info().value(QStringLiteral("issuer")).toString();
        return { QUrl(issuer + QStringLiteral("/auth")), QUrl(issuer + QStringLiteral("/token")),
            QStringLiteral("reelforge-test"), {},
            { QStringLiteral("openid"), QStringLiteral("offline_access"), QStringLiteral("upload") },
            { { QStringLiteral("prompt"), QStringLiteral("consent") } } };
    }

    OAuthClient::OpenBrowser browser()
    {
        return [this](const QUrl& url) {
            auto curl = std::make_unique<QProcess>();
            const QString jar = m_dir.filePath(QStringLiteral("cookies-%1").arg(m_browsers.size()));
            curl->start(QStringLiteral("curl"),
                { QStringLiteral("-s"), QStringLiteral("-L"), QStringLiteral("-c"), jar, QStringLiteral("-b"),
                    jar, QStringLiteral("-o"), QStringLiteral("/dev/null"),
                    QString::fromLatin1(url.toEncoded()) });
            const bool started = curl->waitForStarted();
            m_browsers.push_back(std::move(curl));
            return started;
        };
    }

    domain::Result<TokenSet> signIn(HttpClient& http)
    {
        OAuthClient client(http, config());
        return client.connect(browser(), 20000);
    }

private slots:
    void initTestCase() { REELFORGE_START_SERVER(m_provider, QStringLiteral("oidc_server.mjs"), {}); }

    void cleanupTestCase()
    {
        for (auto& b : m_browsers)
            b->waitForFinished(3000);
    }

    void pkceMatchesTheRfcExample()
    {
        // RFC 7636, appendix B.
        QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const Pkce a = Pkce::generate();
        const Pkce b = Pkce::generate();
        QVERIFY(a.verifier.size() >= 43 && a.verifier.size() <= 128);
        QVERIFY(a.verifier != b.verifier);
        QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
    }

    void authorizationUrlCarriesTheChallengeAndLoopbackRedirect()
    {
        HttpClient http;
        OAuthClient client(http, config());
        const Pkce pkce = Pkce::generate();
        const QUrl url
            = client.authorizationUrl(pkce, "st", QStringLiteral("http://127.0.0.1:4321/callback"));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")), QString::fromLatin1(pkce.challenge));
        QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
            QStringLiteral("http://127.0.0.1:4321/callback"));
        QVERIFY(!url.toString().contains(QString::fromLatin1(pkce.verifier)));
    }

    void signsInThroughTheLoopbackRedirect()
    {
        HttpClient http;
        auto tokens = signIn(http);
        QVERIFY2(tokens, qPrintable(tokens ? QString() : tokens.error().toString()));
        QVERIFY(!tokens->accessToken.isEmpty());
        QVERIFY(!tokens->refreshToken.isEmpty());
        QVERIFY(tokens->expiresAt > QDateTime::currentDateTimeUtc());
    }

    void refreshRotatesAndTheOldRefreshTokenIsSpent()
    {
        HttpClient http;
        auto tokens = signIn(http);
        QVERIFY(tokens);
        FakeCredentialStore keychain;
        TokenSet expired = *tokens;
        expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);  // the access token has expired
        QVERIFY(keychain.write(QStringLiteral("account/yt"), QJsonDocument(expired.toJson()).toJson()));
        OAuthClient client(http, config());
        OAuthTokenProvider provider(keychain, QStringLiteral("account/yt"), client);
        auto access = provider.accessToken();
        QVERIFY2(access, qPrintable(access ? QString() : access.error().toString()));
        QVERIFY(*access != tokens->accessToken);
        const TokenSet saved = TokenSet::fromJson(
            QJsonDocument::fromJson(*keychain.read(QStringLiteral("account/yt"))).object());
        QVERIFY(saved.refreshToken != tokens->refreshToken);  // rotated, and saved at once
        QCOMPARE(saved.accessToken, *access);
        QCOMPARE(*provider.accessToken(), *access);  // still fresh: no second refresh
        // The spent refresh token is refused: the account must be reconnected.
        auto replay = client.refresh(tokens->refreshToken);
        QVERIFY(!replay);
        QCOMPARE(replay.error().code, ErrorCode::AuthExpired);
    }

    void anInvalidRefreshTokenAsksToReconnect()
    {
        HttpClient http;
        FakeCredentialStore keychain;
        TokenSet bogus;
        bogus.accessToken = QStringLiteral("old");
        bogus.refreshToken = QStringLiteral("not-a-refresh-token");
        bogus.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(keychain.write(QStringLiteral("k"), QJsonDocument(bogus.toJson()).toJson()));
        OAuthClient client(http, config());
        OAuthTokenProvider provider(keychain, QStringLiteral("k"), client);
        auto access = provider.accessToken();
        QVERIFY(!access);
        QCOMPARE(access.error().code, ErrorCode::AuthExpired);
        QVERIFY(access.error().message.contains(QStringLiteral("reconnect")));
        QVERIFY(!access.error().toString().contains(
            QStringLiteral("not-a-refresh-token")));  // never echo secrets
        FakeCredentialStore empty;
        OAuthTokenProvider none(empty, QStringLiteral("k"), client);
        QCOMPARE(none.accessToken().error().code, ErrorCode::AuthExpired);
    }

    void aRedirectWithAnotherStateIsRefused()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen());
        QVERIFY(receiver.redirectUri().startsWith(QStringLiteral("http://127.0.0.1:")));
        QProcess curl;
        curl.start(QStringLiteral("curl"),
            { QStringLiteral("-s"), receiver.redirectUri() + QStringLiteral("?code=abc&state=forged") });
        auto code = receiver.waitForCode("expected", 10000);
        curl.waitForFinished(3000);
        QVERIFY(!code);
        QCOMPARE(code.error().code, ErrorCode::AuthExpired);
    }
};

QTEST_GUILESS_MAIN(TestPublishOAuth)
#include "test_publish_oauth.moc"
