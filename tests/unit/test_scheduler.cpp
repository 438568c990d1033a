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
        QCOMPARE(w.state(p->id), PublicationState::Scheduled); // not before its time
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
        w.clock.advance(2 * 3600); // the app was closed over the publication time
        QSignalSpy missed(&w.scheduler, &Scheduler::missed);
        w.scheduler.start(); // before the service starts anything
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
