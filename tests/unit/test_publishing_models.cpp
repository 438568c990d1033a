#include "domain/models/account.h"
#include "domain/models/artifact.h"
#include "domain/models/notification.h"
#include "domain/models/publication.h"
#include "domain/models/watch_rule.h"

#include <QTest>

using namespace reelforge::domain;

// Account, Publication, Artifact, WatchRule and Notification: small value types whose
// validation guards what later gets persisted and uploaded.
class TestPublishingModels final : public QObject {
    Q_OBJECT

    const QDateTime m_t = QDateTime(QDate(2026, 5, 1), QTime(18, 0), Qt::UTC);

private slots:
    void accountNeedsAnEndpointWhereThePlatformHasNoFixedOne()
    {
        Account a { QStringLiteral("1"), QStringLiteral("Archive"), Platform::S3, {}, {}, m_t };
        QVERIFY(!a.validate());
        a.endpoint = QStringLiteral("https://s3.example.test");
        QVERIFY(a.validate());
        a.endpoint = QStringLiteral("ftp://old");
        QVERIFY(!a.validate());
        const Account yt { QStringLiteral("2"), QStringLiteral("Channel"), Platform::YouTube, {},
            QStringLiteral("kc:2"), m_t };
        QVERIFY(yt.validate());
    }

    void platformNamesRoundTrip()
    {
        for (const char* name : { "youtube", "vimeo", "peertube", "tiktok", "s3", "webdav", "tus", "folder" })
            QCOMPARE(platformName(*parsePlatform(QLatin1String(name))), QLatin1String(name));
        QVERIFY(!parsePlatform(QStringLiteral("myspace")));
    }

    void publicationIsDueOnlyWhenScheduledAndTimeHasCome()
    {
        Publication p;
        p.id = QStringLiteral("p");
        p.artifactPath = QStringLiteral("/x.mp4");
        p.accountId = QStringLiteral("a");
        p.title = QStringLiteral("Launch");
        p.publishAt = m_t;
        QVERIFY(p.validate());
        QVERIFY(!p.isDue(m_t.addSecs(-1)));
        QVERIFY(p.isDue(m_t));
        p.state = PublicationState::Published;
        QVERIFY(!p.isDue(m_t.addSecs(60)));
    }

    void publicationRejectsInconsistentByteCounts()
    {
        Publication p;
        p.id = QStringLiteral("p");
        p.artifactPath = QStringLiteral("/x.mp4");
        p.accountId = QStringLiteral("a");
        p.title = QStringLiteral("t");
        p.bytesTotal = 10;
        p.bytesSent = 11;
        QVERIFY(!p.validate());
        p.title.clear();
        p.bytesSent = 5;
        QVERIFY(!p.validate());
    }

    void artifactNeedsPathKindAndTime()
    {
        Artifact a;
        a.id = QStringLiteral("a");
        a.kind = QStringLiteral("video");
        a.path = QStringLiteral("/out/x.mp4");
        QVERIFY(!a.validate());
        a.createdAt = m_t;
        QVERIFY(a.validate());
        a.sizeBytes = -1;
        QVERIFY(!a.validate());
    }

    void watchRuleMatchesItsPatternsCaseInsensitively()
    {
        WatchRule r;
        r.id = QStringLiteral("w");
        r.folder = QStringLiteral("/in");
        QVERIFY(r.validate());
        QVERIFY(r.matches(QStringLiteral("CLIP.MP4")));
        QVERIFY(!r.matches(QStringLiteral("clip.mp4.part")));
        r.patterns.clear();
        QVERIFY(!r.validate());
    }

    void notificationNeedsKindAndTime()
    {
        Notification n;
        n.id = QStringLiteral("n");
        QVERIFY(!n.validate());
        n.kind = QStringLiteral("import.finished");
        n.createdAt = m_t;
        QVERIFY(n.validate());
    }
};

QTEST_GUILESS_MAIN(TestPublishingModels)
#include "test_publishing_models.moc"
