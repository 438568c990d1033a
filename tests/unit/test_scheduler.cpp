#include "application/services/scheduler.h"
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
using domain::PublicationState;

// The scheduler fires publications at their time on the injected clock, and at start fires
// the ones whose time passed while the app was closed, telling the creator.
class TestScheduler final : public QObject {
    Q_OBJECT

    struct World {
        FakePublicationRepository publications;
        FakeAccountRepository accounts;
        FakeUploadServer server;
        FakePublisherFactory factory { server };
        FakePublicationLocks locks;
        FakeClock clock;
        RecordingNotifier notifier;
        PublishingService service { PublishingPorts {
            publications, accounts, factory, locks, clock, notifier } };
        Scheduler scheduler { clock, publications, notifier, service };

        World()
        {
            domain::Account a;
            a.id = QStringLiteral("acc");
            a.name = QStringLiteral("Archive");
            a.platform = domain::Platform::Folder;
            a.endpoint = QStringLiteral("/tmp");
            (void)accounts.add(a);
        }
        PublicationState state(const QString& id) { return (*publications.find(id))->state; }
    };

    QTemporaryDir m_dir;

    QString file()
    {
        const QString path = m_dir.filePath(QStringLiteral("clip.mp4"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("fixture");
        f.write(QByteArray(3000, 'x'));
        return path;
    }

    static PublishOrder order(const QString& path, std::optional<QDateTime> at)
    {
        PublishOrder o;
        o.filePath = path;
        o.accountId = QStringLiteral("acc");
        o.title = QStringLiteral("Premiere");
        o.publishAt = at;
        return o;
    }

private slots:
    void firesAtItsTimeOnTheInjectedClock()
    {
        World w;
        const QDateTime at = w.clock.now().addSecs(3600);
        auto p = w.service.publish(order(file(), at));
        QVERIFY(p);
        QSignalSpy fired(&w.scheduler, &Scheduler::fired);
        QSignalSpy missed(&w.scheduler, &Scheduler::missed);
        w.service.start();
        w.scheduler.start();
        QCOMPARE(w.scheduler.nextWake(), at);
        QTest::qWait(30);
        QCOMPARE(w.state(p->id), PublicationState::Scheduled);  // not before its time
        w.clock.advance(3599);
        w.scheduler.tick();
        QCOMPARE(fired.count(), 0);
        w.clock.advance(1);
        w.scheduler.tick();
        QCOMPARE(fired.count(), 1);
        QCOMPARE(fired.front().front().toStringList(), QStringList { p->id });
        QVERIFY(QTest::qWaitFor([&] { return w.state(p->id) == PublicationState::Published; }, 5000));
        QCOMPARE(missed.count(), 0);
        QVERIFY(!w.scheduler.nextWake().isValid());
    }

    void oneMissedWhileClosedFiresAtStartWithANotification()
    {
        World w;
        auto p = w.service.publish(order(file(), w.clock.now().addSecs(3600)));
        QVERIFY(p);
        w.clock.advance(2 * 3600);  // the app was closed over the publication time
        QSignalSpy missed(&w.scheduler, &Scheduler::missed);
        w.scheduler.start();  // before the service starts anything
        w.service.start();
        QCOMPARE(missed.count(), 1);
        const auto seen = w.notifier.seen();
        QVERIFY(std::any_of(seen.begin(), seen.end(), [&](const domain::Notification& n) {
            return n.kind == QStringLiteral("publication.missed") && n.subject == p->id
                && n.text == QStringLiteral("Premiere");
        }));
        QVERIFY(QTest::qWaitFor([&] { return w.state(p->id) == PublicationState::Published; }, 5000));
    }

    void immediatePublicationsAreNotReportedAsMissed()
    {
        World w;
        auto p = w.service.publish(order(file(), std::nullopt));
        QSignalSpy missed(&w.scheduler, &Scheduler::missed);
        w.service.start();
        w.scheduler.start();
        QCOMPARE(missed.count(), 0);
        QVERIFY(QTest::qWaitFor([&] { return w.state(p->id) == PublicationState::Published; }, 5000));
    }

    static RetryPolicy quickThenLater(std::vector<std::chrono::milliseconds> later, int maxRuns)
    {
        RetryPolicy policy { 2, std::chrono::milliseconds(1), std::chrono::milliseconds(2) };
        policy.later = std::move(later);
        policy.maxRuns = maxRuns;
        return policy;
    }

    static domain::Error networkDown()
    {
        return { domain::ErrorCode::IoError, QStringLiteral("connection refused"), {} };
    }

    static bool notified(World& w, const QString& kind, const QString& id)
    {
        const auto seen = w.notifier.seen();
        return std::any_of(seen.begin(), seen.end(),
            [&](const domain::Notification& n) { return n.kind == kind && n.subject == id; });
    }

    // The network is down longer than the quick retries: the publication waits (Scheduled,
    // with the error kept) and the scheduler runs it again at its time on the injected clock.
    void aTransientFailureIsRetriedLaterOnTheInjectedClock()
    {
        World w;
        w.service.setRetryPolicy(quickThenLater({ std::chrono::minutes(1), std::chrono::minutes(5) }, 4));
        w.server.beginFailures = { networkDown(), networkDown() };  // the whole first run
        auto p = w.service.publish(order(file(), std::nullopt));
        QVERIFY(p);
        QSignalSpy missed(&w.scheduler, &Scheduler::missed);
        w.scheduler.start();
        w.service.start();
        QVERIFY(QTest::qWaitFor([&] { return !(*w.publications.find(p->id))->error.isEmpty(); }, 5000));
        const domain::Publication waiting = **w.publications.find(p->id);
        QCOMPARE(waiting.state, PublicationState::Scheduled);
        QVERIFY(PublishingService::isWaitingToRetry(waiting));
        QVERIFY(waiting.error.contains(QStringLiteral("connection refused")));
        QCOMPARE(*waiting.publishAt, w.clock.now().addSecs(60));
        QVERIFY(notified(w, QStringLiteral("publication.retrying"), p->id));
        w.scheduler.tick();
        QCOMPARE(w.scheduler.nextWake(), w.clock.now().addSecs(60));

        w.clock.advance(59);
        w.scheduler.tick();
        QTest::qWait(30);
        QCOMPARE(w.server.begins, 2);  // not before its time
        w.clock.advance(1);
        w.scheduler.tick();
        QVERIFY(QTest::qWaitFor([&] { return w.state(p->id) == PublicationState::Published; }, 5000));
        QCOMPARE(w.server.begins, 3);
        QCOMPARE((*w.publications.find(p->id))->error, QString());
        QCOMPARE(missed.count(), 0);
    }

    void automaticRetriesBackOffAndStopAfterTheLastRun()
    {
        World w;
        w.service.setRetryPolicy(quickThenLater({ std::chrono::minutes(1), std::chrono::minutes(5) }, 3));
        for (int i = 0; i < 6; ++i)
            w.server.beginFailures.push_back(networkDown());  // three runs of two attempts
        auto p = w.service.publish(order(file(), std::nullopt));
        QVERIFY(p);
        w.scheduler.start();
        w.service.start();
        const auto waitsFor = [&](qint64 seconds) {
            return QTest::qWaitFor(
                [&] {
                    const domain::Publication now = **w.publications.find(p->id);
                    return PublishingService::isWaitingToRetry(now) && now.publishAt
                        && *now.publishAt == w.clock.now().addSecs(seconds);
                },
                5000);
        };
        QVERIFY(waitsFor(60));
        w.clock.advance(60);
        w.scheduler.tick();
        QVERIFY(waitsFor(5 * 60));  // the second wait is longer
        w.clock.advance(5 * 60);
        w.scheduler.tick();
        QVERIFY(QTest::qWaitFor([&] { return w.state(p->id) == PublicationState::Failed; }, 5000));
        QCOMPARE(w.server.begins, 6);
        QVERIFY(notified(w, QStringLiteral("publication.failed"), p->id));
        w.clock.advance(3600);
        w.scheduler.tick();
        QTest::qWait(30);
        QCOMPARE(w.server.begins, 6);  // given up: no more runs
    }

    void aRejectedUploadFailsWithoutAutomaticRetry()
    {
        World w;
        w.service.setRetryPolicy(quickThenLater({ std::chrono::minutes(1) }, 4));
        w.server.beginFailures = { { domain::ErrorCode::UploadRejected, QStringLiteral("HTTP 400"), {} } };
        auto p = w.service.publish(order(file(), std::nullopt));
        QVERIFY(p);
        w.scheduler.start();
        w.service.start();
        QVERIFY(QTest::qWaitFor([&] { return w.state(p->id) == PublicationState::Failed; }, 5000));
        QVERIFY(!(*w.publications.find(p->id))->publishAt);
        QVERIFY(!notified(w, QStringLiteral("publication.retrying"), p->id));
        QCOMPARE(w.server.begins, 1);
    }

    // The wait is stored with the publication: a studio started again (new service and
    // scheduler on the same storage) retries it at its time, without a "missed" notice.
    void aWaitingRetrySurvivesARestart()
    {
        World w;
        w.service.setRetryPolicy(quickThenLater({ std::chrono::minutes(15) }, 4));
        w.server.beginFailures = { networkDown(), networkDown() };
        auto p = w.service.publish(order(file(), std::nullopt));
        QVERIFY(p);
        w.scheduler.start();
        w.service.start();
        QVERIFY(QTest::qWaitFor(
            [&] { return PublishingService::isWaitingToRetry(**w.publications.find(p->id)); }, 5000));
        w.scheduler.stop();  // quit

        w.clock.advance(20 * 60);  // closed past the retry time
        PublishingService again(
            PublishingPorts { w.publications, w.accounts, w.factory, w.locks, w.clock, w.notifier });
        Scheduler scheduler(w.clock, w.publications, w.notifier, again);
        QSignalSpy missed(&scheduler, &Scheduler::missed);
        scheduler.start();
        again.start();
        QVERIFY(QTest::qWaitFor([&] { return w.state(p->id) == PublicationState::Published; }, 5000));
        QCOMPARE(missed.count(), 0);
        QVERIFY(!notified(w, QStringLiteral("publication.missed"), p->id));
    }

    void theTimerSleepsAtMostAMinute()
    {
        World w;
        (void)w.service.publish(order(file(), w.clock.now().addDays(3)));
        w.scheduler.start();
        QCOMPARE(w.scheduler.nextWake(), w.clock.now().addDays(3));
        w.scheduler.stop();
        QVERIFY(!w.scheduler.nextWake().isValid());
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "test_scheduler.moc"
