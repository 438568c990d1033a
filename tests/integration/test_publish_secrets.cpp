#include "adapters/publishing/redacting_publisher.h"
#include "adapters/publishing/shared/http_client.h"
#include "infrastructure/repositories/publication_error_scrub.h"
#include "integration/publish_world.h"
#include "servers/local_server.h"
#include "wiring/redacting_log.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <mutex>

using namespace reelforge;
using namespace reelforge::testing;
using domain::ErrorCode;
using domain::PublicationState;

namespace {

std::mutex g_logMutex;
QStringList g_log;  // every message logged while the tests run

void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    std::lock_guard lock(g_logMutex);
    g_log << message;
}

QString loggedSoFar()
{
    std::lock_guard lock(g_logMutex);
    return g_log.join(QLatin1Char('\n'));
}

// A publisher whose platform code put the account's password into its errors.
class LeakyPublisher final : public application::IPublisher {
public:
    explicit LeakyPublisher(QString password)
        : m_password(std::move(password))
    {
    }
    domain::Result<application::UploadSession> begin(const application::PublishRequest&) override
    {
        return domain::fail(ErrorCode::UploadRejected, QStringLiteral("begin ") + m_password);
    }
    domain::Result<application::UploadSession> resume(const application::PublishRequest&,
        const application::UploadSession&, application::UploadContext&) override
    {
        return domain::fail(
            ErrorCode::IoError, QStringLiteral("resume"), QStringLiteral("said ") + m_password);
    }
    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest&, const application::UploadSession&) override
    {
        return domain::fail(ErrorCode::UploadRejected, QStringLiteral("finish"),
            QStringLiteral("user:") + m_password + QStringLiteral(" as base64 ")
                + QString::fromLatin1((QStringLiteral("bob:") + m_password).toUtf8().toBase64()));
    }
    domain::Status abort(const application::UploadSession&) override
    {
        return domain::fail(ErrorCode::IoError, QStringLiteral("abort"), m_password);
    }

private:
    QString m_password;
};

QByteArray filesOf(const QString& dir)
{
    QByteArray all;
    for (const QFileInfo& fi : QDir(dir).entryInfoList(QDir::Files)) {
        QFile f(fi.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

}  // namespace

// No credential a server echoes back reaches publications.error, notifications or the log:
// errors keep the HTTP status and the server's short code and message (from the JSON and XML
// shapes the platforms use), every publisher's errors go through the redactor, and rows stored
// by earlier versions are scrubbed. echo_fake.mjs answers every request with an error that
// echoes the request, credentials included.
class TestPublishSecrets final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QtMessageHandler m_previousHandler = nullptr;

    QString fresh(const QString& prefix)
    {
        const QString dir = m_dir.filePath(prefix + QString::number(++m_n));
        QDir().mkpath(dir);
        return dir;
    }

    // The publication failed with the server's answer, and no secret is in its error, the
    // notifications, the log or the library files.
    static void verifyNothingLeaked(PublishWorld& w, const domain::Publication& done, const QString& dir,
        const QStringList& secrets, const QString& detail)
    {
        QCOMPARE(done.state, PublicationState::Failed);
        QVERIFY2(done.error.contains(detail), qPrintable(done.error));
        QString notified;
        for (const domain::Notification& n : w.notifier.seen())
            notified += n.text + QLatin1Char('\n');
        const QByteArray files = filesOf(dir);
        const QString logged = loggedSoFar();
        for (const QString& secret : secrets) {
            QVERIFY2(!done.error.contains(secret), qPrintable(done.error));
            QVERIFY2(!notified.contains(secret), qPrintable(notified));
            QVERIFY2(!logged.contains(secret), qPrintable(logged));
            QVERIFY2(!files.contains(secret.toUtf8()), qPrintable(secret));
        }
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("reelforge.*=true"));
        m_previousHandler = qInstallMessageHandler(captureLog);
    }
    void cleanupTestCase() { qInstallMessageHandler(m_previousHandler); }

    void httpErrorsKeepTheServersWordsNeverTheBody_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("detail");
        QTest::newRow("google") << 403
                                << QByteArray(
                                       "{\"error\":{\"code\":403,\"message\":\"You exceeded your quota.\","
                                       "\"errors\":[{\"reason\":\"quotaExceeded\",\"domain\":\"youtube\"}]}}")
                                << QStringLiteral("HTTP 403 quotaExceeded: You exceeded your quota.");
        QTest::newRow("oauth") << 400
                               << QByteArray(
                                      "{\"error\":\"invalid_grant\",\"error_description\":\"expired\"}")
                               << QStringLiteral("HTTP 400 invalid_grant: expired");
        QTest::newRow("vimeo") << 400
                               << QByteArray(
                                      "{\"error\":\"Bad upload\",\"developer_message\":\"size is required\","
                                      "\"error_code\":2204}")
                               << QStringLiteral("HTTP 400 Bad upload: size is required");
        QTest::newRow("tiktok") << 400
                                << QByteArray(
                                       "{\"error\":{\"code\":\"invalid_params\",\"message\":\"bad chunk\","
                                       "\"log_id\":\"x\"}}")
                                << QStringLiteral("HTTP 400 invalid_params: bad chunk");
        QTest::newRow("peertube") << 400
                                  << QByteArray(
                                         "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"detail\":"
                                         "\"Incorrect request parameters: name\",\"status\":400,"
                                         "\"code\":\"invalid_params\"}")
                                  << QStringLiteral(
                                         "HTTP 400 invalid_params: Incorrect request parameters: name");
        QTest::newRow("s3") << 403
                            << QByteArray(
                                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied"
                                   "</Code><Message>Access Denied</Message><RequestId>1</RequestId></Error>")
                            << QStringLiteral("HTTP 403 AccessDenied: Access Denied");
        QTest::newRow("webdav") << 400
                                << QByteArray("<?xml version=\"1.0\"?><d:error xmlns:d=\"DAV:\" xmlns:s=\""
                                              "http://sabredav.org/ns\"><s:exception>BadRequest</s:exception>"
                                              "<s:message>Expected 10 bytes</s:message></d:error>")
                                << QStringLiteral("HTTP 400 BadRequest: Expected 10 bytes");
        QTest::newRow("text echo") << 400 << QByteArray("authorization: Basic Ym9iOmh1bnRlcjIy\nhunter22")
                                   << QStringLiteral("HTTP 400");
        QTest::newRow("html") << 404 << QByteArray("<html><body>hunter22 not found</body></html>")
                              << QStringLiteral("HTTP 404");
        QTest::newRow("json echo")
            << 400
            << QByteArray("{\"error\":{\"message\":\"authorization: Basic Ym9iOmh1bnRlcjIy\\nhost: x\"}}")
            << QStringLiteral("HTTP 400 authorization: [redacted] host: x");
    }
    void httpErrorsKeepTheServersWordsNeverTheBody()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, detail);
        const domain::Error e
            = adapters::httpError(QStringLiteral("step"), adapters::HttpResponse { status, body, {} });
        QCOMPARE(e.detail, detail);
        QVERIFY(!e.toString().contains(QStringLiteral("hunter22")));
        QVERIFY(!e.toString().contains(QStringLiteral("Ym9iOmh1bnRlcjIy")));
    }

    void longServerMessagesAreCut()
    {
        const QByteArray body = "{\"error\":{\"message\":\"" + QByteArray(5000, 'x') + "\"}}";
        const domain::Error e
            = adapters::httpError(QStringLiteral("step"), adapters::HttpResponse { 400, body, {} });
        QVERIFY2(e.detail.size() <= 220, qPrintable(e.detail));
    }

    void aPublishersErrorsCannotCarryAKnownSecret()
    {
        const QString password = QStringLiteral("Leaky-pa55word");
        auto redactor = std::make_shared<application::SecretRedactor>();
        redactor->rememberCredential("{\"password\":\"Leaky-pa55word\"}");
        adapters::RedactingPublisher publisher(std::make_unique<LeakyPublisher>(password), redactor);
        application::PublishRequest request;
        application::UploadSession session;
        application::CancellationToken cancel;
        application::ProgressSink sink([](const application::Progress&) {});
        application::UploadContext context { cancel, sink, [](const application::UploadSession&) {},
            nullptr };
        QStringList errors { publisher.begin(request).error().toString(),
            publisher.resume(request, session, context).error().toString(),
            publisher.finish(request, session).error().toString(),
            publisher.abort(session).error().toString() };
        QCOMPARE(publisher.resume(request, session, context).error().code, ErrorCode::IoError);
        for (const QString& e : errors) {
            QVERIFY2(!e.contains(password), qPrintable(e));
            QVERIFY2(
                !e.contains(QString::fromLatin1(QByteArray("bob:Leaky-pa55word").toBase64())), qPrintable(e));
            QVERIFY2(e.contains(application::redactionMark()), qPrintable(e));
        }
    }

    void webdavBasicCredentialsEchoedByTheServerAreNotKept()
    {
        LocalServer echo;
        REELFORGE_START_SERVER(
            echo, QStringLiteral("echo_fake.mjs"), { QStringLiteral("--first"), QStringLiteral("503") });
        domain::Account a;
        a.id = QStringLiteral("dav");
        a.name = QStringLiteral("Cloud");
        a.platform = domain::Platform::WebDav;
        a.endpoint = echo.url(QStringLiteral("/"));
        a.settings = QJsonObject { { QStringLiteral("username"), QStringLiteral("creator") } };
        const QString password = QStringLiteral("Echo-pa55word");
        const QString dir = fresh(QStringLiteral("dav"));
        PublishWorld w(
            dir, a, QJsonDocument(QJsonObject { { QStringLiteral("password"), password } }).toJson());
        application::PublishOrder o
            = w.order(makeRandomFile(m_dir.filePath(QStringLiteral("d.mp4")), 10000, 1));
        o.destination = QStringLiteral("/d.mp4");
        const domain::Publication done = w.run(o);
        // The first answer was a 503: the retry was logged with the error.
        QVERIFY2(loggedSoFar().contains(QStringLiteral("attempt 1 failed")), qPrintable(loggedSoFar()));
        verifyNothingLeaked(w, done, dir,
            { password, QString::fromLatin1((QStringLiteral("creator:") + password).toUtf8().toBase64()) },
            QStringLiteral("HTTP 400 echo: request echo"));
    }

    void bearerTokensEchoedByTheServerAreNotKept()
    {
        LocalServer echo;
        REELFORGE_START_SERVER(echo, QStringLiteral("echo_fake.mjs"), {});
        domain::Account a;
        a.id = QStringLiteral("vimeo");
        a.name = QStringLiteral("Vimeo");
        a.platform = domain::Platform::Vimeo;
        a.endpoint = echo.url();
        const QString dir = fresh(QStringLiteral("vimeo"));
        PublishWorld w(
            dir, a, "{\"accessToken\":\"vimeo-echo-token-123\",\"refreshToken\":\"vimeo-refresh-456\"}");
        const domain::Publication done
            = w.run(w.order(makeRandomFile(m_dir.filePath(QStringLiteral("v.mp4")), 10000, 2)));
        verifyNothingLeaked(w, done, dir,
            { QStringLiteral("vimeo-echo-token-123"), QStringLiteral("vimeo-refresh-456") },
            QStringLiteral("HTTP 400 echo: request echo"));
    }

    void s3SignaturesEchoedByTheServerAreNotKept()
    {
        LocalServer echo;
        REELFORGE_START_SERVER(echo, QStringLiteral("echo_fake.mjs"), {});
        domain::Account a;
        a.id = QStringLiteral("s3");
        a.name = QStringLiteral("Archive");
        a.platform = domain::Platform::S3;
        a.endpoint = echo.url();
        const QString dir = fresh(QStringLiteral("s3"));
        PublishWorld w(dir, a,
            "{\"accessKeyId\":\"AKIDECHOEXAMPLE\",\"secretAccessKey\":\"wJalrXUtnFEMI/K7MDENG/echo\"}");
        application::PublishOrder o
            = w.order(makeRandomFile(m_dir.filePath(QStringLiteral("s.mp4")), 10000, 3));
        o.destination = QStringLiteral("bucket/s.mp4");
        const domain::Publication done = w.run(o);
        verifyNothingLeaked(w, done, dir,
            { QStringLiteral("wJalrXUtnFEMI"), QStringLiteral("AKIDECHOEXAMPLE") },
            QStringLiteral("HTTP 400 echo: request echo"));
        static const QRegularExpression signature(QStringLiteral("Signature=[0-9a-f]{8}"));
        QVERIFY2(!done.error.contains(signature), qPrintable(done.error));
    }

    void errorsAreRedactedWhenStored()
    {
        domain::Account a;
        a.id = QStringLiteral("folder");
        a.name = QStringLiteral("Folder");
        a.platform = domain::Platform::Folder;
        a.endpoint = m_dir.filePath(QStringLiteral("out"));
        const QString dir = fresh(QStringLiteral("stored"));
        PublishWorld w(dir, a, {});
        auto redactor = std::make_shared<application::SecretRedactor>();
        redactor->remember(QStringLiteral("known-secret-1"));
        infrastructure::SqlitePublicationRepository records(w.db, redactor);
        domain::Publication p;
        p.id = QStringLiteral("p1");
        p.artifactPath = m_dir.filePath(QStringLiteral("x.mp4"));
        p.accountId = a.id;
        p.title = QStringLiteral("x");
        p.error = QStringLiteral("Authorization: Basic Ym9iOmh1bnRlcjIy");
        QVERIFY(records.add(p));
        QCOMPARE(w.get(p.id).error, QStringLiteral("Authorization: [redacted]"));
        p.state = PublicationState::Failed;
        p.error = QStringLiteral("server said known-secret-1 and password=hunter22 ")
            + QString(5000, QLatin1Char('x'));
        QVERIFY(records.update(p));
        const QString stored = w.get(p.id).error;
        QVERIFY(stored.startsWith(QStringLiteral("server said [redacted] and password=[redacted] xxx")));
        QVERIFY(stored.size() <= infrastructure::kMaxStoredError);
        // A raw answer body in the form earlier versions wrote is never stored.
        p.error = QStringLiteral("tus PATCH failed: HTTP 400: you sent hunter22");
        QVERIFY(records.update(p));
        QCOMPARE(w.get(p.id).error, QStringLiteral("tus PATCH failed: HTTP 400"));
    }

    void leakedErrorsOfEarlierVersionsAreScrubbed()
    {
        domain::Account a;
        a.id = QStringLiteral("folder");
        a.name = QStringLiteral("Folder");
        a.platform = domain::Platform::Folder;
        a.endpoint = m_dir.filePath(QStringLiteral("out"));
        const QString dir = fresh(QStringLiteral("scrub"));
        PublishWorld w(dir, a, {});
        domain::Publication p;
        p.id = QStringLiteral("old");
        p.artifactPath = m_dir.filePath(QStringLiteral("x.mp4"));
        p.accountId = a.id;
        p.title = QStringLiteral("x");
        p.state = PublicationState::Failed;
        QVERIFY(w.publications.add(p));
        // As an earlier version wrote it: the start of an echoing server's body.
        const QString leaked = QStringLiteral(
            "WebDAV PUT failed: HTTP 400: {\"message\":\"authorization: Basic Y3JlYXRvcjpPbGQtcGE1NXdvcmQ=\\n"
            "refresh_token=Old-refresh-token-77\"}");
        {
            auto db = w.db.connection();
            QVERIFY(db);
            QSqlQuery q(*db);
            q.prepare(QStringLiteral("UPDATE publications SET error = ? WHERE id = ?"));
            q.addBindValue(leaked);
            q.addBindValue(p.id);
            QVERIFY(q.exec());
        }
        QVERIFY(filesOf(dir).contains("Old-refresh-token-77"));  // the test sees what it looks for

        auto scrubbed = infrastructure::scrubPublicationErrors(w.db, nullptr);
        QVERIFY(scrubbed);
        QCOMPARE(*scrubbed, 1);
        // The raw body those versions kept after "HTTP 400: " goes; the step and status stay.
        const QString clean = w.get(p.id).error;
        QCOMPARE(clean, QStringLiteral("WebDAV PUT failed: HTTP 400"));
        const QByteArray files = filesOf(dir);  // the old text does not linger in the files
        QVERIFY(!files.contains("Old-refresh-token-77"));
        QVERIFY(!files.contains("Y3JlYXRvcjpPbGQtcGE1NXdvcmQ"));

        auto again = infrastructure::scrubPublicationErrors(w.db, nullptr);
        QVERIFY(again);
        QCOMPARE(*again, 0);  // idempotent
        QCOMPARE(w.get(p.id).error, clean);
    }

    void theLogHandlerRedactsEveryMessage()
    {
        app::installRedactingMessageHandler();  // in front of captureLog
        qWarning(
            "retrying PUT https://bob:hunter22@cloud.example/x with Authorization: Bearer tok-987654321");
        const QString logged = loggedSoFar();
        QVERIFY2(logged.contains(QStringLiteral("retrying PUT https://[redacted]@cloud.example/x")),
            qPrintable(logged));
        QVERIFY(!logged.contains(QStringLiteral("hunter22")));
        QVERIFY(!logged.contains(QStringLiteral("tok-987654321")));
    }
};

QTEST_GUILESS_MAIN(TestPublishSecrets)
#include "test_publish_secrets.moc"
