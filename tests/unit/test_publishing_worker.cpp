#include "application/secrets/secret_redactor.h"
#include "application/services/publishing_worker.h"
#include "fakes/fake_publication_repository.h"
#include "fakes/fake_publisher.h"

#include <QTest>

using namespace reelforge;
using namespace reelforge::application;
using namespace reelforge::testing;
using domain::ErrorCode;

// What leaves PublishingWorker (the error it returns, the lines it logs) is stored in
// publications.error, logged and shown: it is redacted and short whatever the publisher put in
// it, so a publisher that forgets to redact cannot leak.
class TestPublishingWorker final : public QObject {
    Q_OBJECT

    static PublishRequest request()
    {
        PublishRequest r;
        r.publication.id = QStringLiteral("p1");
        r.publication.accountId = QStringLiteral("acc");
        r.fileSize = 5000;
        return r;
    }

private slots:
    void errorsAndLogLinesLeaveRedactedAndShort()
    {
        FakePublicationRepository publications;
        FakeUploadServer server;
        const QString basic = QString::fromLatin1(QByteArray("bob:hunter22").toBase64());
        // A transient failure first (logged with its error), then a final one.
        server.beginFailures.push_back({ ErrorCode::IoError, QStringLiteral("begin failed"),
            QStringLiteral("HTTP 503: authorization: Basic ") + basic });
        server.beginFailures.push_back(
            { ErrorCode::UploadRejected, QStringLiteral("PUT https://bob:hunter22@dav.example/x failed"),
                QStringLiteral("HTTP 400: {\"refresh_token\":\"rt-secret-1\"} ")
                    + QString(5000, QLatin1Char('x')) });
        FakePublisherFactory factory(server);
        PublishingWorker worker(publications, factory,
            RetryPolicy { 4, std::chrono::milliseconds(1), std::chrono::milliseconds(2) },
            [] { return 0.5; });
        CancellationToken cancel;
        ProgressSink sink([](const Progress&) {});
        QStringList logged;
        const auto result
            = worker.run(request(), cancel, sink, nullptr, [&](const QString& line) { logged << line; });

        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::UploadRejected);
        const QString error = result.error().toString();
        QCOMPARE(result.error().message, QStringLiteral("PUT https://[redacted]@dav.example/x failed"));
        QVERIFY(result.error().detail.startsWith(
            QStringLiteral("HTTP 400: {\"refresh_token\":\"[redacted]\"} xxx")));
        QVERIFY(result.error().detail.size() <= 700);
        QVERIFY(!error.contains(QStringLiteral("hunter22")));
        QVERIFY(!error.contains(QStringLiteral("rt-secret-1")));

        const QString log = logged.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(
                     QStringLiteral("attempt 1 failed (begin failed: HTTP 503: authorization: [redacted]")),
            qPrintable(log));
        QVERIFY(!log.contains(basic));
    }
};

QTEST_GUILESS_MAIN(TestPublishingWorker)
#include "test_publishing_worker.moc"
