#include "application/services/publishing_service.h"
#include "fakes/fake_account_repository.h"
#include "fakes/fake_clock.h"
#include "fakes/fake_publication_locks.h"
#include "fakes/fake_publication_repository.h"
#include "fakes/fake_publisher.h"
#include "fakes/recording_notifier.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::application;
using namespace reelforge::testing;
using domain::ErrorCode;
using domain::PublicationState;

// PublishingService with fake ports: sessions saved as they advance, never twice, retries
// with backoff only where it can help, cancel/retry, limits and concurrency.
class TestPublishingService final : public QObject {
    Q_OBJECT

    struct World {
        FakePublicationRepository publications;
        FakeAccountRepository accounts;
        FakeUploadServer server;
        FakePublisherFactory factory { server };
        FakePublicationLocks locks;
        FakeClock clock;
        RecordingNotifier notifier;
        std::unique_ptr<PublishingService> service;

        World()
        {
            (void)accounts.add(account(QStringLiteral("acc-1"), QStringLiteral("Channel")));
            (void)accounts.add(account(QStringLiteral("acc-2"), QStringLiteral("Second")));
            reopen();
        }
        static domain::Account account(const QString& id, const QString& name)
        {
            domain::Account a;
            a.id = id;
            a.name = name;
            a.platform = domain::Platform::Tus;
            a.endpoint = QStringLiteral("http://127.0.0.1:1/files/");
            return a;
        }
        void reopen()
        {
            service.reset();
            service = std::make_unique<PublishingService>(
                PublishingPorts { publications, accounts, factory, locks, clock, notifier });
            service->setRetryPolicy(
                RetryPolicy { 4, std::chrono::milliseconds(5), std::chrono::milliseconds(20) });
        }
        PublicationState state(const QString& id) { return (*publications.find(id))->state; }
        bool waitFor(const QString& id, PublicationState s, int ms = 5000)
        {
            return QTest::qWaitFor([&] { return state(id) == s; }, ms);
        }
    };

    QTemporaryDir m_dir;
    int m_files = 0;

    QString file(qint64 size)
    {
        const QString path = m_dir.filePath(QStringLiteral("clip%1.mp4").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("fixture");
        f.write(QByteArray(static_cast<int>(size), static_cast<char>('a' + m_files)));
        return path;
    }

    static PublishOrder order(const QString& path, const QString& account = QStringLiteral("acc-1"))
    {
        PublishOrder o;
        o.filePath = path;
        o.accountId = account;
        o.title = QStringLiteral("Launch");
        return o;
    }

private slots:
    void publishesAndSavesTheSessionAsItAdvances()
    {
        World w;
        QSignalSpy progress(w.service.get(), &PublishingService::publicationProgress);
        auto p = w.service->publish(order(file(5000)));
        QVERIFY(p);
        QCOMPARE(p->state, PublicationState::Scheduled);
        w.service->start();
        QVERIFY(w.waitFor(p->id, PublicationState::Published));
        const std::vector<qint64> saved = w.publications.savedOffsets(p->id);
        QCOMPARE(saved.front(), 0);  // the session exists before any byte is sent
        QCOMPARE(saved.back(), 5000);
        QVERIFY(std::is_sorted(saved.begin(), saved.end()));
        QVERIFY(saved.size() >= 6);  // once per confirmed chunk
        QCOMPARE((*w.publications.find(p->id))->bytesSent, 5000);
        QCOMPARE((*w.publications.find(p->id))->remoteUrl, QStringLiteral("fake://upload/1"));
        QVERIFY(!*w.publications.session(p->id));  // done: the session is dropped
        QVERIFY(progress.count() >= 1);
        QCOMPARE(w.notifier.seen().back().kind, QStringLiteral("publication.published"));
    }

    void aPublishedFileIsNotPublishedTwiceUnlessForced()
    {
        World w;
        const QString path = file(2000);
        auto first = w.service->publish(order(path));
        w.service->start();
        QVERIFY(w.waitFor(first->id, PublicationState::Published));
        auto again = w.service->publish(order(path));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Duplicate);
        PublishOrder forced = order(path);
        forced.force = true;
        auto second = w.service->publish(forced);
        QVERIFY(second);
        QVERIFY(second->id != first->id);
        // Another destination is another publication.
        QVERIFY(w.service->publish(order(path, QStringLiteral("acc-2"))));
    }

    void anUnfinishedPublicationIsContinuedNotStartedAgain()
    {
        World w;
        w.server.resumeFailures.push_back({ ErrorCode::UploadRejected, QStringLiteral("rejected"), {} });
        const QString path = file(4000);
        auto p = w.service->publish(order(path));
        w.service->start();
        QVERIFY(w.waitFor(p->id, PublicationState::Failed));
        QCOMPARE(w.server.resumes, 1);  // a 4xx that cannot succeed is not retried
        QVERIFY((*w.publications.find(p->id))->error.contains(QStringLiteral("rejected")));
        auto again = w.service->publish(order(path));
        QVERIFY(again);
        QCOMPARE(again->id, p->id);
        w.service->start();
        QVERIFY(w.waitFor(p->id, PublicationState::Published));
        QCOMPARE(w.server.begins, 1);  // the same upload, continued from the server's offset
        QCOMPARE(w.publications.list()->size(), std::size_t { 1 });
    }

    void transientFailuresAreRetriedWithBackoff()
    {
        World w;
        for (int i = 0; i < 3; ++i)
            w.server.resumeFailures.push_back(
                { ErrorCode::IoError, QStringLiteral("network error"), QStringLiteral("503") });
        auto p = w.service->publish(order(file(6000)));
        w.service->start();
        QVERIFY(w.waitFor(p->id, PublicationState::Published));
        QCOMPARE(w.server.resumes, 4);
        QCOMPARE(w.server.begins, 1);
    }

    // The run ends after the retry budget; the publication then waits for its automatic retry
    // (see the scheduler's tests), or fails at once when automatic retries are off.
    void givesUpTheRunAfterTheRetryBudgetWithoutProgress()
    {
        World w;
        for (int i = 0; i < 10; ++i)
            w.server.beginFailures.push_back({ ErrorCode::IoError, QStringLiteral("network error"), {} });
        auto p = w.service->publish(order(file(1000)));
        w.service->start();
        QVERIFY(QTest::qWaitFor(
            [&] { return PublishingService::isWaitingToRetry(**w.publications.find(p->id)); }, 5000));
        QCOMPARE(w.server.begins, 4);  // RetryPolicy::maxAttempts
        QCOMPARE(w.notifier.seen().back().kind, QStringLiteral("publication.retrying"));
        QCOMPARE(*(*w.publications.find(p->id))->publishAt, w.clock.now().addSecs(60));

        World off;
        RetryPolicy noLater { 4, std::chrono::milliseconds(5), std::chrono::milliseconds(20) };
        noLater.later.clear();
        off.service->setRetryPolicy(noLater);
        for (int i = 0; i < 10; ++i)
            off.server.beginFailures.push_back({ ErrorCode::IoError, QStringLiteral("network error"), {} });
        auto q = off.service->publish(order(file(1000)));
        off.service->start();
        QVERIFY(off.waitFor(q->id, PublicationState::Failed));
        QCOMPARE(off.server.begins, 4);
        QCOMPARE(off.notifier.seen().back().kind, QStringLiteral("publication.failed"));
    }

    void aForgottenSessionStartsOver()
    {
        World w;
        w.server.forgetNextSession = true;
        auto p = w.service->publish(order(file(3000)));
        w.service->start();
        QVERIFY(w.waitFor(p->id, PublicationState::Published));
        QCOMPARE(w.server.begins, 2);
    }

    void aFileOverThePlatformLimitIsRefusedBeforeUpload()
    {
        World w;
        w.factory.setLimits({ 1000, 2 });
        auto p = w.service->publish(order(file(1001)));
        QVERIFY(!p);
        QCOMPARE(p.error().code, ErrorCode::UploadRejected);
        QVERIFY(w.publications.list()->empty());
        QCOMPARE(w.server.begins, 0);
    }

    // Cancel stops the upload, drops it on the server and forgets the session; a retry then
    // starts a new upload. A quit, by contrast, keeps the session (see the restart tests).
    void cancelDropsTheUploadAndRetryStartsANewOne()
    {
        World w;
        w.server.chunkDelayMs = 10;
        auto p = w.service->publish(order(file(100000)));
        w.service->start();
        QVERIFY(QTest::qWaitFor([&] { return (*w.publications.find(p->id))->bytesSent >= 5000; }, 5000));
        const QString firstUpload = (*w.publications.session(p->id))->url;
        QVERIFY(w.service->cancel(p->id));
        QVERIFY(w.waitFor(p->id, PublicationState::Cancelled));
        w.service->waitForDone();
        QCOMPARE(w.server.aborts, 1);
        QVERIFY(w.server.offsets.count(firstUpload) == 0);  // gone from the server
        QVERIFY(!w.publications.session(p->id)->has_value());
        w.server.chunkDelayMs = 0;
        QVERIFY(w.service->retry(p->id));
        QVERIFY(w.waitFor(p->id, PublicationState::Published));
        QCOMPARE(w.server.begins, 2);
        QVERIFY((*w.publications.find(p->id))->remoteUrl != firstUpload);
    }

    // A publication interrupted by a quit (not running here) is dropped on the server as well.
    void cancellingAnInterruptedPublicationDropsItsUpload()
    {
        World w;
        w.server.chunkDelayMs = 10;
        auto p = w.service->publish(order(file(100000)));
        w.service->start();
        QVERIFY(QTest::qWaitFor([&] { return (*w.publications.find(p->id))->bytesSent >= 5000; }, 5000));
        w.reopen();  // quit mid-upload
        const QString upload = (*w.publications.session(p->id))->url;
        QVERIFY(w.server.offsets.count(upload) == 1);
        QVERIFY(w.service->cancel(p->id));
        w.service->waitForDone();
        QCOMPARE(w.state(p->id), PublicationState::Cancelled);
        QCOMPARE(w.server.aborts, 1);
        QVERIFY(w.server.offsets.count(upload) == 0);
        QVERIFY(!w.publications.session(p->id)->has_value());
    }

    // A retry asked for while the cancelled upload is still being dropped starts once that is
    // done, with a new upload.
    void aRetryRightAfterCancelStartsANewUpload()
    {
        World w;
        w.server.chunkDelayMs = 10;
        auto p = w.service->publish(order(file(100000)));
        w.service->start();
        QVERIFY(QTest::qWaitFor([&] { return (*w.publications.find(p->id))->bytesSent >= 5000; }, 5000));
        w.reopen();  // quit mid-upload
        w.server.chunkDelayMs = 0;
        w.server.abortDelayMs = 200;  // the retry is asked for while the server still drops it
        QVERIFY(w.service->cancel(p->id));  // not running here: dropped on a worker thread
        QVERIFY(w.service->retry(p->id));
        w.service->start();
        QVERIFY(w.waitFor(p->id, PublicationState::Published));
        QCOMPARE(w.server.aborts, 1);
        QCOMPARE(w.server.begins, 2);
        QCOMPARE((*w.publications.find(p->id))->remoteUrl, QStringLiteral("fake://upload/2"));
    }

    void concurrencyIsLimitedPerAccount()
    {
        World w;
        w.factory.setLimits({ 0, 1 });
        w.server.chunkDelayMs = 5;
        w.service->setConcurrency(4);
        std::vector<QString> ids;
        for (int i = 0; i < 3; ++i)
            ids.push_back(w.service->publish(order(file(20000)))->id);
        w.service->start();
        for (const QString& id : ids)
            QVERIFY(w.waitFor(id, PublicationState::Published, 10000));
        QCOMPARE(w.server.maxRunning.load(), 1);

        World two;
        two.factory.setLimits({ 0, 1 });
        two.server.chunkDelayMs = 5;
        const QString a = two.service->publish(order(file(20000)))->id;
        const QString b = two.service->publish(order(file(20000), QStringLiteral("acc-2")))->id;
        two.service->start();
        QVERIFY(two.waitFor(a, PublicationState::Published));
        QVERIFY(two.waitFor(b, PublicationState::Published));
        QCOMPARE(two.server.maxRunning.load(), 2);
    }

    void anInterruptedUploadContinuesAtTheNextStart()
    {
        World w;
        w.server.chunkDelayMs = 10;
        auto p = w.service->publish(order(file(100000)));
        w.service->start();
        QVERIFY(QTest::qWaitFor([&] { return (*w.publications.find(p->id))->bytesSent >= 3000; }, 5000));
        w.reopen();  // the app quits mid-upload and starts again
        QCOMPARE(w.state(p->id), PublicationState::Uploading);
        w.server.chunkDelayMs = 0;
        w.service->start();
        QVERIFY(w.waitFor(p->id, PublicationState::Published));
        QCOMPARE(w.server.begins, 1);
    }

    void anUploadHeldByAnotherProcessIsLeftAlone()
    {
        World w;
        auto p = w.service->publish(order(file(1000)));
        w.locks.holdElsewhere(p->id);
        w.service->start();
        QTest::qWait(50);
        QVERIFY(!w.service->isRunning(p->id));
        QCOMPARE(w.server.begins, 0);
        w.locks.releaseElsewhere(p->id);
        w.service->runDue();
        QVERIFY(w.waitFor(p->id, PublicationState::Published));
    }
};

QTEST_GUILESS_MAIN(TestPublishingService)
#include "test_publishing_service.moc"
