#include "integration/publish_fake_state.h"
#include "integration/publish_world.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace reelforge;
using namespace reelforge::testing;
using domain::PublicationState;

// YouTube publishing against a local fake of the Data API v3 and Google's token endpoint
// (tests/servers/youtube_fake.mjs): metadata, privacy, category, tags, made-for-kids, playlist
// and thumbnail reach the API; publishAt goes to YouTube and forces private; quota errors are
// clear and final; an expired access token is refreshed (and the rotated refresh token saved);
// an invalid refresh token asks to reconnect; a thumbnail over 2 MB is refused before upload.
class TestPublishYouTube final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_worlds = 0;

    static QByteArray tokens(const QString& access, const QString& refresh, qint64 expiresInSeconds)
    {
        return QJsonDocument(
            QJsonObject { { QStringLiteral("accessToken"), access },
                { QStringLiteral("refreshToken"), refresh },
                { QStringLiteral("expiresAt"),
                    QDateTime::currentDateTimeUtc().addSecs(expiresInSeconds).toString(Qt::ISODate) } })
            .toJson();
    }

    std::unique_ptr<PublishWorld> world(const LocalServer& fake, const QByteArray& secret)
    {
        domain::Account a;
        a.id = QStringLiteral("yt");
        a.name = QStringLiteral("My channel");
        a.platform = domain::Platform::YouTube;
        a.endpoint = fake.url();
        a.settings = QJsonObject { { QStringLiteral("clientId"), QStringLiteral("reelforge-desktop") },
            { QStringLiteral("tokenUrl"), fake.url(QStringLiteral("/token")) } };
        return std::make_unique<PublishWorld>(
            m_dir.filePath(QStringLiteral("w%1").arg(++m_worlds)), a, secret);
    }

    bool startFake(LocalServer& fake, const QStringList& extra = {})
    {
        const QString store = m_dir.filePath(QStringLiteral("yt%1").arg(m_worlds + 1));
        QDir().mkpath(store);
        QString why;
        if (fake.startNode(QStringLiteral("youtube_fake.mjs"),
                QStringList { QStringLiteral("--dir"), store } + extra, &why))
            return true;
        qWarning() << why;
        return false;
    }

private slots:
    void initTestCase()
    {
        if (testServersDir().isEmpty()) {
            if (testServersRequired())
                QFAIL("test servers not installed");
            QSKIP("test servers not installed (run ./dev test)");
        }
    }

    void metadataThumbnailAndPlaylistReachYouTube()
    {
        LocalServer fake;
        QVERIFY(startFake(fake));
        auto w = world(fake, tokens(QStringLiteral("access-0"), QStringLiteral("refresh-0"), 3600));
        const QString file = makeRandomFile(m_dir.filePath(QStringLiteral("video.mp4")), 1300 * 1000, 1);
        const QString thumb = makeRandomFile(m_dir.filePath(QStringLiteral("thumb.jpg")), 50 * 1000, 2);
        application::PublishOrder o = w->order(file, QStringLiteral("Sea trip"));
        o.description = QStringLiteral("Waves all day");
        o.tags = { QStringLiteral("sea"), QStringLiteral("vlog") };
        o.privacy = domain::Privacy::Unlisted;
        o.options = QJsonObject { { QStringLiteral("category"), QStringLiteral("19") },
            { QStringLiteral("madeForKids"), true }, { QStringLiteral("playlist"), QStringLiteral("PL123") },
            { QStringLiteral("thumbnail"), thumb }, { QStringLiteral("chunkBytes"), 256 * 1024 } };
        const domain::Publication done = w->run(o);
        QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
        QCOMPARE(done.remoteUrl, QStringLiteral("https://www.youtube.com/watch?v=vid1"));
        const QJsonObject state = fakeState(fake);
        const QJsonObject video = state.value(QStringLiteral("videos")).toArray().first().toObject();
        QCOMPARE(video.value(QStringLiteral("sha256")).toString().toLatin1(), fileSha256(file));
        const QJsonObject snippet = video.value(QStringLiteral("snippet")).toObject();
        QCOMPARE(snippet.value(QStringLiteral("title")).toString(), QStringLiteral("Sea trip"));
        QCOMPARE(snippet.value(QStringLiteral("categoryId")).toString(), QStringLiteral("19"));
        QCOMPARE(snippet.value(QStringLiteral("tags")).toArray().size(), 2);
        const QJsonObject status = video.value(QStringLiteral("status")).toObject();
        QCOMPARE(status.value(QStringLiteral("privacyStatus")).toString(), QStringLiteral("unlisted"));
        QCOMPARE(status.value(QStringLiteral("selfDeclaredMadeForKids")).toBool(), true);
        QCOMPARE(state.value(QStringLiteral("thumbnails"))
                     .toObject()
                     .value(QStringLiteral("vid1"))
                     .toObject()
                     .value(QStringLiteral("bytes"))
                     .toInt(),
            50 * 1000);
        const QJsonObject item = state.value(QStringLiteral("playlistItems")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("playlistId")).toString(), QStringLiteral("PL123"));
        QCOMPARE(
            item.value(QStringLiteral("resourceId")).toObject().value(QStringLiteral("videoId")).toString(),
            QStringLiteral("vid1"));
    }

    void publishAtGoesToYouTubeAndForcesPrivate()
    {
        LocalServer fake;
        QVERIFY(startFake(fake));
        auto w = world(fake, tokens(QStringLiteral("access-0"), QStringLiteral("refresh-0"), 3600));
        application::PublishOrder o
            = w->order(makeRandomFile(m_dir.filePath(QStringLiteral("premiere.mp4")), 300 * 1000, 3));
        o.privacy = domain::Privacy::Public;
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(2);
        o.publishAt = at;
        const domain::Publication done = w->run(o);  // uploads now: YouTube publishes at the time
        QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
        const QJsonObject status = fakeState(fake)
                                       .value(QStringLiteral("videos"))
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(QStringLiteral("status"))
                                       .toObject();
        QCOMPARE(status.value(QStringLiteral("privacyStatus")).toString(), QStringLiteral("private"));
        QCOMPARE(status.value(QStringLiteral("publishAt")).toString(), at.toString(Qt::ISODate));
    }

    void quotaExceededIsClearAndNotRetried()
    {
        LocalServer fake;
        QVERIFY(startFake(fake, { QStringLiteral("--quota"), QStringLiteral("1") }));
        auto w = world(fake, tokens(QStringLiteral("access-0"), QStringLiteral("refresh-0"), 3600));
        const domain::Publication done
            = w->run(w->order(makeRandomFile(m_dir.filePath(QStringLiteral("q.mp4")), 1000, 4)));
        QCOMPARE(done.state, PublicationState::Failed);
        QVERIFY2(done.error.contains(QStringLiteral("quota")), qPrintable(done.error));
        QCOMPARE(w->notifier.seen().back().kind, QStringLiteral("publication.failed"));
    }

    void anExpiredAccessTokenIsRefreshedAndTheRotatedTokenSaved()
    {
        LocalServer fake;
        QVERIFY(startFake(fake, { QStringLiteral("--reject-first-token"), QStringLiteral("1") }));
        // The token still looks valid by its time, but YouTube says 401.
        auto w = world(fake, tokens(QStringLiteral("access-0"), QStringLiteral("refresh-0"), 3600));
        const domain::Publication done
            = w->run(w->order(makeRandomFile(m_dir.filePath(QStringLiteral("e.mp4")), 1000, 5)));
        QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
        QCOMPARE(fakeState(fake).value(QStringLiteral("refreshes")).toInt(), 1);
        const QJsonObject saved
            = QJsonDocument::fromJson(*w->credentials.read(QStringLiteral("account/yt"))).object();
        QCOMPARE(saved.value(QStringLiteral("refreshToken")).toString(), QStringLiteral("refresh-1"));
        QCOMPARE(saved.value(QStringLiteral("accessToken")).toString(), QStringLiteral("access-1"));

        // A token that expired by its time is refreshed before use: no 401 at all.
        LocalServer second;
        QVERIFY(startFake(second));
        auto w2 = world(second, tokens(QStringLiteral("access-0"), QStringLiteral("refresh-0"), -60));
        const domain::Publication again
            = w2->run(w2->order(makeRandomFile(m_dir.filePath(QStringLiteral("e2.mp4")), 1000, 6)));
        QVERIFY2(again.state == PublicationState::Published, qPrintable(again.error));
        QCOMPARE(fakeState(second).value(QStringLiteral("rejectedTokens")).toInt(), 0);
        QCOMPARE(fakeState(second).value(QStringLiteral("refreshes")).toInt(), 1);
    }

    void anInvalidRefreshTokenAsksToReconnect()
    {
        LocalServer fake;
        QVERIFY(startFake(fake, { QStringLiteral("--reject-first-token"), QStringLiteral("1") }));
        auto w = world(fake, tokens(QStringLiteral("access-0"), QStringLiteral("revoked"), 3600));
        const domain::Publication done
            = w->run(w->order(makeRandomFile(m_dir.filePath(QStringLiteral("r.mp4")), 1000, 7)));
        QCOMPARE(done.state, PublicationState::Failed);
        QVERIFY2(done.error.contains(QStringLiteral("reconnect")), qPrintable(done.error));
        QVERIFY(!done.error.contains(QStringLiteral("revoked")));  // no token in messages
    }

    void aThumbnailOverTwoMegabytesIsRefusedBeforeUpload()
    {
        LocalServer fake;
        QVERIFY(startFake(fake));
        auto w = world(fake, tokens(QStringLiteral("access-0"), QStringLiteral("refresh-0"), 3600));
        application::PublishOrder o
            = w->order(makeRandomFile(m_dir.filePath(QStringLiteral("t.mp4")), 1000, 8));
        o.options.insert(QStringLiteral("thumbnail"),
            makeRandomFile(m_dir.filePath(QStringLiteral("big.jpg")), 2 * 1024 * 1024 + 1, 9));
        const domain::Publication done = w->run(o);
        QCOMPARE(done.state, PublicationState::Failed);
        QVERIFY2(done.error.contains(QStringLiteral("2 MB")), qPrintable(done.error));
        QVERIFY(fakeState(fake).value(QStringLiteral("videos")).toArray().isEmpty());
        QCOMPARE(fakeState(fake).value(QStringLiteral("rejectedTokens")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPublishYouTube)
#include "test_publish_youtube.moc"
