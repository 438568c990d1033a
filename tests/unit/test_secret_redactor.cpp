#include "application/secrets/remembering_credential_store.h"
#include "application/secrets/secret_redactor.h"
#include "fakes/fake_credential_store.h"

#include <QTest>

using namespace reelforge::application;
using reelforge::domain::Error;
using reelforge::domain::ErrorCode;
using reelforge::testing::FakeCredentialStore;

// Every kind of credential an HTTP exchange can carry is removed from text before it is
// stored, logged or printed, and the text around it stays readable.
class TestSecretRedactor final : public QObject {
    Q_OBJECT

    static void verifyGone(const QString& text, const QStringList& secrets)
    {
        const QString clean = redactSecrets(text);
        for (const QString& secret : secrets)
            QVERIFY2(!clean.contains(secret), qPrintable(clean));
        QVERIFY2(clean.contains(redactionMark()), qPrintable(clean));
        QCOMPARE(redactSecrets(clean), clean);  // idempotent
    }

private slots:
    void authorizationHeaders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("secrets");
        const QString basic = QString::fromLatin1(QByteArray("bob:hunter22").toBase64());
        QTest::newRow("basic header")
            << QStringLiteral("authorization: Basic %1\r\nhost: x").arg(basic) << QStringList { basic };
        QTest::newRow("short basic") << QStringLiteral("Authorization: Basic dXNlcjpwYXNz")
                                     << QStringList { QStringLiteral("dXNlcjpwYXNz") };
        QTest::newRow("basic anywhere")
            << QStringLiteral("you sent Basic %1, which is wrong").arg(basic) << QStringList { basic };
        QTest::newRow("bearer") << QStringLiteral("Authorization: Bearer ya29.a0AfH6SMBx-token_42")
                                << QStringList { QStringLiteral("ya29.a0AfH6SMBx-token_42") };
        QTest::newRow("bearer anywhere") << QStringLiteral("got bearer abc.def-123 from you")
                                         << QStringList { QStringLiteral("abc.def-123") };
        QTest::newRow("proxy") << QStringLiteral("Proxy-Authorization: Basic %1").arg(basic)
                               << QStringList { basic };
        QTest::newRow("aws sigv4") << QStringLiteral(
            "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/"
            "s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9")
                                   << QStringList { QStringLiteral("AKIDEXAMPLE"),
                                          QStringLiteral("5d672d79c15b13162d9") };
        QTest::newRow("sigv4 without the header name")
            << QStringLiteral("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/s3/aws4_request, "
                              "SignedHeaders=host, Signature=5d672d79c15b13162d9")
            << QStringList { QStringLiteral("AKIDEXAMPLE"), QStringLiteral("5d672d79c15b13162d9") };
        QTest::newRow("cookie") << QStringLiteral("Cookie: session=abc123def; theme=dark")
                                << QStringList { QStringLiteral("abc123def") };
        QTest::newRow("set-cookie") << QStringLiteral("Set-Cookie: sid=s3cr3tvalue; Path=/; HttpOnly")
                                    << QStringList { QStringLiteral("s3cr3tvalue") };
        QTest::newRow("json header echo")
            << QStringLiteral("{\"headers\":{\"authorization\":\"Basic %1\",\"host\":\"x\"}}").arg(basic)
            << QStringList { basic };
    }
    void authorizationHeaders()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, secrets);
        verifyGone(text, secrets);
    }

    void oauthAndPasswordFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("secrets");
        for (const char* name : { "access_token", "refresh_token", "id_token", "client_secret", "password",
                 "token", "code", "code_verifier", "accessToken", "refreshToken", "clientSecret" }) {
            const QString key = QString::fromLatin1(name);
            QTest::newRow(qPrintable(key + QStringLiteral(" query")))
                << QStringLiteral("GET /cb?state=xyz&%1=V4lue-1/2%2B3&x=1").arg(key)
                << QStringList { QStringLiteral("V4lue-1") };
            QTest::newRow(qPrintable(key + QStringLiteral(" form")))
                << QStringLiteral("grant_type=password&%1=V4lue-1&username=bob").arg(key)
                << QStringList { QStringLiteral("V4lue-1") };
            QTest::newRow(qPrintable(key + QStringLiteral(" json")))
                << QStringLiteral("{\"%1\": \"V4lue \\\"quoted\\\" 1\", \"ok\": true}").arg(key)
                << QStringList { QStringLiteral("V4lue"), QStringLiteral("quoted") };
            QTest::newRow(qPrintable(key + QStringLiteral(" json in a json string")))
                << QStringLiteral("{\"message\":\"body was {\\\"%1\\\":\\\"V4lue-1\\\"}\"}").arg(key)
                << QStringList { QStringLiteral("V4lue-1") };
        }
        QTest::newRow("after an escaped line break")
            << QStringLiteral("{\"message\":\"x\\nrefresh_token=V4lue-1\\nBearer tok-V4lue-2\"}")
            << QStringList { QStringLiteral("V4lue-1"), QStringLiteral("V4lue-2") };
        QTest::newRow("xml password") << QStringLiteral("<d:error><s:password>V4lue-1</s:password></d:error>")
                                      << QStringList { QStringLiteral("V4lue-1") };
        QTest::newRow("quoted form value") << QStringLiteral("password=\"two words\" user=bob")
                                           << QStringList { QStringLiteral("two words") };
    }
    void oauthAndPasswordFields()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, secrets);
        verifyGone(text, secrets);
    }

    void presignedUrlParameters()
    {
        const QString url = QStringLiteral(
            "PUT https://bucket.s3.amazonaws.com/key?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
            "AKIDEXAMPLE%2F20150830%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20150830T123600Z&"
            "X-Amz-Security-Token=FQoGZXIvYXdzEPT&X-Amz-Signature="
            "aeeed9bbccd4d02ee5c0109b86d86835f995330da4c2"
            "65957d157751f604d404 failed");
        const QString clean = redactSecrets(url);
        for (const char* secret : { "AKIDEXAMPLE", "FQoGZXIvYXdzEPT", "aeeed9bbccd4d02ee5c0" })
            QVERIFY2(!clean.contains(QLatin1String(secret)), qPrintable(clean));
        QVERIFY(clean.contains(QStringLiteral("https://bucket.s3.amazonaws.com/key?")));
        QVERIFY(clean.contains(QStringLiteral("X-Amz-Date=20150830T123600Z")));
        QVERIFY(clean.endsWith(QStringLiteral(" failed")));
    }

    void userInfoInUrls()
    {
        const QString clean
            = redactSecrets(QStringLiteral("cannot reach https://bob:hunter22@cloud.example/dav/ now"));
        QVERIFY(!clean.contains(QStringLiteral("hunter22")));
        QVERIFY(!clean.contains(QStringLiteral("bob")));
        QVERIFY2(
            clean.contains(QStringLiteral("https://[redacted]@cloud.example/dav/ now")), qPrintable(clean));
        // An address in a query is not user information.
        const QString mail = QStringLiteral("https://host/invite?to=ann@example.org");
        QCOMPARE(redactSecrets(mail), mail);
    }

    void ordinaryMessagesStayAsTheyAre_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("reconnect") << QStringLiteral("no refresh token: reconnect the account");
        QTest::newRow("sign-in") << QStringLiteral("the account's sign-in is no longer valid: reconnect it");
        QTest::newRow("quota") << QStringLiteral(
            "upload failed: HTTP 403 quotaExceeded: The request cannot be completed because you have "
            "exceeded your quota.");
        QTest::newRow("bearer realm") << QStringLiteral("HTTP 401 invalid_token: Bearer realm required");
        QTest::newRow("basic words") << QStringLiteral("Basic authentication is required");
        QTest::newRow("url") << QStringLiteral("tus PATCH failed: http://127.0.0.1:1080/files/abc: HTTP 409");
        QTest::newRow("token type") << QStringLiteral("{\"token_type\":\"Bearer\",\"expires_in\":3600}");
        QTest::newRow("empty") << QString();
    }
    void ordinaryMessagesStayAsTheyAre()
    {
        QFETCH(QString, text);
        QCOMPARE(redactSecrets(text), text);
    }

    void errorsAreRedactedInMessageAndDetail()
    {
        const Error e = redactSecrets(
            Error { ErrorCode::UploadRejected, QStringLiteral("PUT https://u:p4ssw0rd@h/x failed"),
                QStringLiteral("HTTP 400: password=p4ssw0rd") });
        QCOMPARE(e.code, ErrorCode::UploadRejected);
        QVERIFY(!e.message.contains(QStringLiteral("p4ssw0rd")));
        QVERIFY(!e.detail.contains(QStringLiteral("p4ssw0rd")));
        QVERIFY(e.detail.startsWith(QStringLiteral("HTTP 400: ")));
    }

    void knownSecretsAreRemovedInEveryEncoding()
    {
        SecretRedactor redactor;
        const QString password = QStringLiteral("p@ss w/rd\"1");
        redactor.remember(password);
        const QStringList echoes { QStringLiteral("you said p@ss w/rd\"1 there"),
            QStringLiteral("form: p%40ss%20w%2Frd%221 there"),
            QStringLiteral("form: p%40ss+w%2Frd%221 there"),
            QStringLiteral("json: \"p@ss w\\/rd\\\"1\" there"),
            QStringLiteral("b64: ") + QString::fromLatin1(password.toUtf8().toBase64()),
            // Basic credentials echoed without their scheme: base64 of "user:password".
            QStringLiteral("creds ")
                + QString::fromLatin1((QStringLiteral("bob:") + password).toUtf8().toBase64()) };
        for (const QString& echo : echoes) {
            const QString clean = redactor.redact(echo);
            QVERIFY2(!clean.contains(QStringLiteral("w/rd")) && !clean.contains(QStringLiteral("w%2Frd"))
                    && !clean.contains(QStringLiteral("w\\/rd")),
                qPrintable(clean));
            QVERIFY2(clean.contains(redactionMark()), qPrintable(clean));
        }
    }

    void knownSecretsAlsoGetThePatternRules()
    {
        SecretRedactor redactor;
        const QString clean = redactor.redact(QStringLiteral("refresh_token=abcdef123 and Bearer tok-12345"));
        QVERIFY(!clean.contains(QStringLiteral("abcdef123")));
        QVERIFY(!clean.contains(QStringLiteral("tok-12345")));
    }

    void shortValuesAreNotRemembered()
    {
        SecretRedactor redactor;
        redactor.remember(QStringLiteral("cat"));
        redactor.remember(QString());
        QCOMPARE(redactor.redact(QStringLiteral("the catalogue")), QStringLiteral("the catalogue"));
    }

    void keychainEntriesTeachTheirSecretValuesOnly()
    {
        SecretRedactor redactor;
        redactor.rememberCredential(
            "{\"accessToken\":\"at-1234567\",\"refreshToken\":\"rt-7654321\",\"clientSecret\":\"cs-abcdefg\","
            "\"secretAccessKey\":\"wJalrXUtnFEMI\",\"accessKeyId\":\"AKIDEXAMPLE\",\"scope\":\"upload edit\","
            "\"expiresAt\":\"2030-01-01T00:00:00Z\",\"password\":\"hunter22\"}");
        const QString clean = redactor.redact(QStringLiteral(
            "at-1234567 rt-7654321 cs-abcdefg wJalrXUtnFEMI hunter22 | AKIDEXAMPLE upload edit 2030-01-01"));
        for (const char* secret : { "at-1234567", "rt-7654321", "cs-abcdefg", "wJalrXUtnFEMI", "hunter22" })
            QVERIFY2(!clean.contains(QLatin1String(secret)), qPrintable(clean));
        QVERIFY(clean.endsWith(QStringLiteral("| AKIDEXAMPLE upload edit 2030-01-01")));
    }

    void theCredentialStoreTellsTheRedactorWhatPassesThrough()
    {
        FakeCredentialStore keychain;
        QVERIFY(keychain.write(QStringLiteral("account/a"), "{\"password\":\"from-the-keychain\"}"));
        SecretRedactor redactor;
        RememberingCredentialStore store(keychain, redactor);
        QCOMPARE(redactor.redact(QStringLiteral("from-the-keychain")), QStringLiteral("from-the-keychain"));
        QVERIFY(store.read(QStringLiteral("account/a")));
        QCOMPARE(redactor.redact(QStringLiteral("from-the-keychain")), redactionMark());
        QVERIFY(store.write(QStringLiteral("account/b"), "{\"accessToken\":\"rotated-token-9\"}"));
        QCOMPARE(redactor.redact(QStringLiteral("rotated-token-9")), redactionMark());
        QCOMPARE(keychain.read(QStringLiteral("account/b")).value(),
            QByteArray("{\"accessToken\":\"rotated-token-9\"}"));
        QVERIFY(!store.read(QStringLiteral("account/none")));
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "test_secret_redactor.moc"
