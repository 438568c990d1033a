#include "integration/publish_fake_state.h"
#include "integration/publish_world.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace reelforge;
using namespace reelforge::testing;
using domain::PublicationState;

// Vimeo (create with the tus approach, then tus to the upload link: a real @tus/server behind
// a fake of the create call) and PeerTube (password grant, channel, resumable endpoint served by
// @uploadx/core, thumbnail) end to end on 127.0.0.1.
class TestPublishVimeoPeerTube final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString fresh(const QString& prefix)
    {
        const QString dir = m_dir.filePath(prefix + QString::number(++m_n));
        QDir().mkpath(dir);
        return dir;
    }

    static QString storedUpload(const QString& store, const QString& skipSuffix)
    {
        for (const QFileInfo& fi : QDir(store).entryInfoList(QDir::Files))
            if (fi.suffix() != skipSuffix)
                return fi.absoluteFilePath();
        return {};
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

    void vimeoCreatesWithTheTusApproachAndUploadsByTus()
    {
        const QString store = fresh(QStringLiteral("vimeo-store"));
        LocalServer fake;
        REELFORGE_START_SERVER(fake, QStringLiteral("vimeo_fake.mjs"), { QStringLiteral("--dir"), store });
        domain::Account a;
        a.id = QStringLiteral("vimeo");
        a.name = QStringLiteral("Vimeo");
        a.platform = domain::Platform::Vimeo;
        a.endpoint = fake.url();
        PublishWorld w(fresh(QStringLiteral("vimeo-lib")), a, R"({"accessToken":"vimeo-token"})");
        const QString file = makeRandomFile(m_dir.filePath(QStringLiteral("v.mp4")), 2 * 1000 * 1000, 1);
        application::PublishOrder o = w.order(file, QStringLiteral("Short film"));
        o.privacy = domain::Privacy::Unlisted;
        o.options.insert(QStringLiteral("chunkBytes"), 700 * 1000);
        const domain::Publication done = w.run(o);
        QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
        QCOMPARE(done.remoteUrl, QStringLiteral("https://vimeo.com/100001"));
        QCOMPARE(fileSha256(storedUpload(store, QStringLiteral("json"))), fileSha256(file));
        const QJsonObject request = fakeState(fake)
                                        .value(QStringLiteral("videos"))
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value(QStringLiteral("request"))
                                        .toObject();
        QCOMPARE(request.value(QStringLiteral("name")).toString(), QStringLiteral("Short film"));
        QCOMPARE(request.value(QStringLiteral("privacy")).toObject().value(QStringLiteral("view")).toString(),
            QStringLiteral("unlisted"));
    }

    void vimeoWithARevokedTokenAsksToReconnect()
    {
        const QString store = fresh(QStringLiteral("vimeo-store"));
        LocalServer fake;
        REELFORGE_START_SERVER(fake, QStringLiteral("vimeo_fake.mjs"), { QStringLiteral("--dir"), store });
        domain::Account a;
        a.id = QStringLiteral("vimeo");
        a.name = QStringLiteral("Vimeo");
        a.platform = domain::Platform::Vimeo;
        a.endpoint = fake.url();
        PublishWorld w(fresh(QStringLiteral("vimeo-lib")), a, R"({"accessToken":"revoked"})");
        const domain::Publication done
            = w.run(w.order(makeRandomFile(m_dir.filePath(QStringLiteral("r.mp4")), 1000, 2)));
        QCOMPARE(done.state, PublicationState::Failed);
        QVERIFY2(done.error.contains(QStringLiteral("reconnect")), qPrintable(done.error));
    }

    // An expired access token (or one Vimeo refuses early) is refreshed before the upload,
    // the rotated refresh token is kept in the keychain; a refresh token Vimeo refuses asks to
    // reconnect and creates nothing.
    void vimeoRefreshesAnExpiredToken_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<bool>("refreshes");
        const QString past = QDateTime::currentDateTimeUtc().addSecs(-30).toString(Qt::ISODate);
        QTest::newRow("expired") << QStringLiteral(
            R"({"accessToken":"old","refreshToken":"refresh-1","expiresAt":"%1"})")
                                        .arg(past)
                                 << true;
        QTest::newRow("refused early (401)")
            << QStringLiteral(R"({"accessToken":"old","refreshToken":"refresh-1"})") << true;
        QTest::newRow("invalid refresh token")
            << QStringLiteral(R"({"accessToken":"old","refreshToken":"stolen","expiresAt":"%1"})").arg(past)
            << false;
    }

    void vimeoRefreshesAnExpiredToken()
    {
        QFETCH(QString, stored);
        QFETCH(bool, refreshes);
        const QString store = fresh(QStringLiteral("vimeo-store"));
        LocalServer fake;
        REELFORGE_START_SERVER(fake, QStringLiteral("vimeo_fake.mjs"),
            { QStringLiteral("--dir"), store, QStringLiteral("--refresh"), QStringLiteral("refresh-1") });
        domain::Account a;
        a.id = QStringLiteral("vimeo");
        a.name = QStringLiteral("Vimeo");
        a.platform = domain::Platform::Vimeo;
        a.endpoint = fake.url();
        a.settings = QJsonObject { { QStringLiteral("clientId"), QStringLiteral("app") },
            { QStringLiteral("tokenUrl"), fake.url(QStringLiteral("/oauth/access_token")) } };
        PublishWorld w(fresh(QStringLiteral("vimeo-lib")), a, stored.toUtf8());
        const QString file = makeRandomFile(m_dir.filePath(QStringLiteral("t.mp4")), 1000 * 1000, 6);
        const domain::Publication done = w.run(w.order(file));
        const QJsonObject state = fakeState(fake);
        const QJsonObject keychain
            = QJsonDocument::fromJson(*w.credentials.read(w.account.credentialKey)).object();
        if (refreshes) {
            QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
            QCOMPARE(fileSha256(storedUpload(store, QStringLiteral("json"))), fileSha256(file));
            QCOMPARE(
                state.value(QStringLiteral("auth")).toObject().value(QStringLiteral("refreshes")).toInt(), 1);
            QCOMPARE(
                keychain.value(QStringLiteral("accessToken")).toString(), QStringLiteral("vimeo-token~1"));
            QCOMPARE(keychain.value(QStringLiteral("refreshToken")).toString(), QStringLiteral("refresh-2"));
        } else {
            QCOMPARE(done.state, PublicationState::Failed);
            QVERIFY2(done.error.contains(QStringLiteral("reconnect")), qPrintable(done.error));
            QVERIFY(!done.error.contains(QStringLiteral("stolen")));
            QVERIFY(state.value(QStringLiteral("videos")).toArray().isEmpty());
        }
    }

    // Cancelling deletes the unfinished Vimeo video, which drops its upload.
    void vimeoCancelDeletesTheUnfinishedVideo()
    {
        const QString store = fresh(QStringLiteral("vimeo-store"));
        LocalServer fake;
        REELFORGE_START_SERVER(fake, QStringLiteral("vimeo_fake.mjs"), { QStringLiteral("--dir"), store });
        domain::Account a;
        a.id = QStringLiteral("vimeo");
        a.name = QStringLiteral("Vimeo");
        a.platform = domain::Platform::Vimeo;
        a.endpoint = fake.url();
        PublishWorld w(fresh(QStringLiteral("vimeo-lib")), a, R"({"accessToken":"vimeo-token"})");
        application::PublishOrder o
            = w.order(makeRandomFile(m_dir.filePath(QStringLiteral("c.mp4")), 6 * 1000 * 1000, 7));
        o.options.insert(QStringLiteral("chunkBytes"), 500 * 1000);
        auto p = w.service->publish(o);
        QVERIFY(p);
        w.service->setBandwidthLimit(1000 * 1000);
        w.service->start();
        QVERIFY(QTest::qWaitFor([&] { return w.get(p->id).bytesSent >= 1000 * 1000; }, 20000));
        QVERIFY(w.service->cancel(p->id));
        QVERIFY(QTest::qWaitFor([&] { return w.get(p->id).state == PublicationState::Cancelled; }, 20000));
        w.service->waitForDone();
        QCOMPARE(fakeState(fake).value(QStringLiteral("deleted")).toArray(), QJsonArray { 100001 });
        QVERIFY(storedUpload(store, QStringLiteral("json")).isEmpty());  // the bytes are gone
    }

    void peerTubeSignsInUploadsResumablyAndSetsTheThumbnail()
    {
        const QString store = fresh(QStringLiteral("pt-store"));
        LocalServer fake;
        REELFORGE_START_SERVER(fake, QStringLiteral("peertube_fake.mjs"), { QStringLiteral("--dir"), store });
        domain::Account a;
        a.id = QStringLiteral("pt");
        a.name = QStringLiteral("Framatube");
        a.platform = domain::Platform::PeerTube;
        a.endpoint = fake.url();
        a.settings = QJsonObject { { QStringLiteral("username"), QStringLiteral("creator") } };
        PublishWorld w(fresh(QStringLiteral("pt-lib")), a, R"({"password":"secret"})");
        const QString file = makeRandomFile(m_dir.filePath(QStringLiteral("p.mp4")), 1500 * 1000, 3);
        application::PublishOrder o = w.order(file, QStringLiteral("Libre video"));
        o.privacy = domain::Privacy::Public;
        o.tags = { QStringLiteral("a"), QStringLiteral("b") };
        o.options = QJsonObject { { QStringLiteral("chunkBytes"), 512 * 1024 },
            { QStringLiteral("thumbnail"),
                makeRandomFile(m_dir.filePath(QStringLiteral("p.jpg")), 20000, 4) } };
        const domain::Publication done = w.run(o);
        QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
        QCOMPARE(done.remoteUrl, fake.url(QStringLiteral("/w/short1")));
        const QJsonObject state = fakeState(fake);
        const QJsonObject video = state.value(QStringLiteral("videos")).toArray().first().toObject();
        const QJsonObject meta = video.value(QStringLiteral("metadata")).toObject();
        QCOMPARE(meta.value(QStringLiteral("name")).toString(), QStringLiteral("Libre video"));
        QCOMPARE(meta.value(QStringLiteral("channelId")).toInt(), 7);
        QCOMPARE(meta.value(QStringLiteral("privacy")).toInt(), 1);
        QCOMPARE(fileSha256(store + QLatin1Char('/') + video.value(QStringLiteral("file")).toString()),
            fileSha256(file));
        QVERIFY(state.value(QStringLiteral("thumbnails")).toObject().contains(QStringLiteral("1")));
    }

    void peerTubeWithAWrongPasswordAsksToReconnect()
    {
        const QString store = fresh(QStringLiteral("pt-store"));
        LocalServer fake;
        REELFORGE_START_SERVER(fake, QStringLiteral("peertube_fake.mjs"), { QStringLiteral("--dir"), store });
        domain::Account a;
        a.id = QStringLiteral("pt");
        a.name = QStringLiteral("Framatube");
        a.platform = domain::Platform::PeerTube;
        a.endpoint = fake.url();
        a.settings = QJsonObject { { QStringLiteral("username"), QStringLiteral("creator") } };
        PublishWorld w(fresh(QStringLiteral("pt-lib")), a, R"({"password":"nope"})");
        const domain::Publication done
            = w.run(w.order(makeRandomFile(m_dir.filePath(QStringLiteral("w.mp4")), 1000, 5)));
        QCOMPARE(done.state, PublicationState::Failed);
        QVERIFY2(done.error.contains(QStringLiteral("reconnect")), qPrintable(done.error));
        QVERIFY(!done.error.contains(QStringLiteral("nope")));
    }
};

QTEST_GUILESS_MAIN(TestPublishVimeoPeerTube)
#include "test_publish_vimeo_peertube.moc"
