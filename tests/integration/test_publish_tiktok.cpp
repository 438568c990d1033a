#include "adapters/publishing/tiktok/tiktok_publisher.h"
#include "integration/publish_fake_state.h"
#include "integration/publish_world.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace reelforge;
using namespace reelforge::adapters;
using namespace reelforge::testing;
using domain::PublicationState;

// TikTok's Content Posting API against a local fake that follows its documentation: the
// chunk rules, FILE_UPLOAD chunks with Content-Range, status polling, private-only posting for
// unaudited apps (said in the result), and the 4 GB limit checked before anything is sent.
class TestPublishTikTok final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    std::unique_ptr<PublishWorld> world(const LocalServer& fake)
    {
        domain::Account a;
        a.id = QStringLiteral("tt");
        a.name = QStringLiteral("TikTok");
        a.platform = domain::Platform::TikTok;
        a.endpoint = fake.url();
        a.settings = QJsonObject { { QStringLiteral("pollMs"), 20 } };
        return std::make_unique<PublishWorld>(
            m_dir.filePath(QStringLiteral("w%1").arg(++m_n)), a, R"({"accessToken":"tiktok-token"})");
    }

    QString store()
    {
        const QString dir = m_dir.filePath(QStringLiteral("store%1").arg(m_n + 1));
        QDir().mkpath(dir);
        return dir;
    }

private slots:
    void chunkingFollowsTikToksRules()
    {
        constexpr qint64 MB = 1000 * 1000;
        QCOMPARE(TikTokPublisher::chunking(3 * MB, 10 * MB), std::make_pair(3 * MB, 1));  // small: one chunk
        QCOMPARE(
            TikTokPublisher::chunking(25 * MB, 10 * MB), std::make_pair(10 * MB, 2));  // last takes 15 MB
        QCOMPARE(TikTokPublisher::chunking(100 * MB, 1 * MB), std::make_pair(5 * MB, 20));  // at least 5 MB
        QCOMPARE(
            TikTokPublisher::chunking(1000 * MB, 100 * MB), std::make_pair(64 * MB, 15));  // at most 64 MB
    }

    void postsInChunksAndPollsUntilPublished()
    {
        LocalServer fake;
        REELFORGE_START_SERVER(fake, QStringLiteral("tiktok_fake.mjs"), { QStringLiteral("--dir"), store() });
        auto w = world(fake);
        const QString file
            = makeRandomFile(m_dir.filePath(QStringLiteral("clip.mp4")), 12 * 1000 * 1000 + 7, 1);
        application::PublishOrder o = w->order(file, QStringLiteral("Dance"));
        o.privacy = domain::Privacy::Public;
        o.options.insert(QStringLiteral("chunkBytes"), 5 * 1000 * 1000);
        const domain::Publication done = w->run(o);
        QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
        QCOMPARE(done.privacy, domain::Privacy::Public);
        QCOMPARE(done.remoteUrl, QStringLiteral("https://www.tiktok.com/video/7000000001"));
        const QJsonObject post = fakeState(fake)
                                     .value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("posts"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(post.value(QStringLiteral("chunksReceived")).toInt(), 2);  // 5 MB + the last 7 MB
        QCOMPARE(post.value(QStringLiteral("sha256")).toString().toLatin1(), fileSha256(file));
        QVERIFY(post.value(QStringLiteral("polls")).toInt() >= 3);
    }

    void anUnauditedAppPostsPrivatelyAndSaysSo()
    {
        LocalServer fake;
        REELFORGE_START_SERVER(fake, QStringLiteral("tiktok_fake.mjs"),
            { QStringLiteral("--dir"), store(), QStringLiteral("--unaudited"), QStringLiteral("1") });
        auto w = world(fake);
        application::PublishOrder o
            = w->order(makeRandomFile(m_dir.filePath(QStringLiteral("p.mp4")), 2 * 1000 * 1000, 2));
        o.privacy = domain::Privacy::Public;
        const domain::Publication done = w->run(o);
        QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
        QCOMPARE(done.privacy, domain::Privacy::Private);  // what was really posted
        const QJsonObject post = fakeState(fake)
                                     .value(QStringLiteral("data"))
                                     .toObject()
                                     .value(QStringLiteral("posts"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(post.value(QStringLiteral("postInfo"))
                     .toObject()
                     .value(QStringLiteral("privacy_level"))
                     .toString(),
            QStringLiteral("SELF_ONLY"));
    }

    // TikTok access tokens live a day: an expired one is refreshed before the upload (the
    // rotated refresh token kept); a refused refresh token asks to reconnect, nothing is posted.
    void anExpiredTokenIsRefreshedBeforeTheUpload_data()
    {
        QTest::addColumn<QString>("refreshToken");
        QTest::newRow("valid refresh token") << QStringLiteral("refresh-1");
        QTest::newRow("invalid refresh token") << QStringLiteral("spent");
    }

    void anExpiredTokenIsRefreshedBeforeTheUpload()
    {
        QFETCH(QString, refreshToken);
        const bool valid = refreshToken == QLatin1String("refresh-1");
        LocalServer fake;
        REELFORGE_START_SERVER(fake, QStringLiteral("tiktok_fake.mjs"),
            { QStringLiteral("--dir"), store(), QStringLiteral("--refresh"), QStringLiteral("refresh-1") });
        domain::Account a;
        a.id = QStringLiteral("tt");
        a.name = QStringLiteral("TikTok");
        a.platform = domain::Platform::TikTok;
        a.endpoint = fake.url();
        a.settings = QJsonObject { { QStringLiteral("pollMs"), 20 },
            { QStringLiteral("clientId"), QStringLiteral("key") },
            { QStringLiteral("tokenUrl"), fake.url(QStringLiteral("/v2/oauth/token/")) } };
        const QJsonObject tokens { { QStringLiteral("accessToken"), QStringLiteral("yesterday") },
            { QStringLiteral("refreshToken"), refreshToken },
            { QStringLiteral("expiresAt"),
                QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODate) } };
        PublishWorld w(m_dir.filePath(QStringLiteral("w%1").arg(++m_n)), a, QJsonDocument(tokens).toJson());
        const QString file = makeRandomFile(m_dir.filePath(QStringLiteral("r.mp4")), 1000 * 1000, 9);
        const domain::Publication done = w.run(w.order(file));
        const QJsonObject data = fakeState(fake).value(QStringLiteral("data")).toObject();
        if (valid) {
            QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
            const QJsonObject stored
                = QJsonDocument::fromJson(*w.credentials.read(w.account.credentialKey)).object();
            QCOMPARE(
                stored.value(QStringLiteral("accessToken")).toString(), QStringLiteral("tiktok-token~1"));
            QCOMPARE(stored.value(QStringLiteral("refreshToken")).toString(), QStringLiteral("refresh-2"));
            QCOMPARE(data.value(QStringLiteral("posts"))
                         .toArray()
                         .first()
                         .toObject()
                         .value(QStringLiteral("sha256"))
                         .toString()
                         .toLatin1(),
                fileSha256(file));
        } else {
            QCOMPARE(done.state, PublicationState::Failed);
            QVERIFY2(done.error.contains(QStringLiteral("reconnect")), qPrintable(done.error));
            QVERIFY(data.value(QStringLiteral("posts")).toArray().isEmpty());
        }
    }

    void aFileOverFourGigabytesIsRefusedBeforeUpload()
    {
        LocalServer fake;
        REELFORGE_START_SERVER(fake, QStringLiteral("tiktok_fake.mjs"), { QStringLiteral("--dir"), store() });
        auto w = world(fake);
        const QString huge = m_dir.filePath(QStringLiteral("huge.mp4"));
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(4LL * 1024 * 1024 * 1024 + 1));  // sparse: no disk used
        f.close();
        auto p = w->service->publish(w->order(huge));
        QVERIFY(!p);
        QCOMPARE(p.error().code, domain::ErrorCode::UploadRejected);
        QVERIFY(fakeState(fake)
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("posts"))
                    .toArray()
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublishTikTok)
#include "test_publish_tiktok.moc"
