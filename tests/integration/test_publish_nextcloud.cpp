#include "integration/publish_fake_state.h"
#include "integration/publish_world.h"
#include "servers/local_server.h"
#include "support/media_fixtures.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

using namespace reelforge;
using namespace reelforge::testing;
using domain::PublicationState;

// WebDAV publishing to Nextcloud with its chunked upload (v2), against a local fake of the
// documented endpoints: the file is assembled on the server with the same bytes, a CLI killed
// halfway continues when run again without sending the chunks the server already holds, and
// cancelling drops the upload folder there. Without the Nextcloud setting the plain PUT is used.
class TestPublishNextcloud final : public QObject {
    Q_OBJECT

    static constexpr qint64 kMiB = 1024 * 1024;

    QTemporaryDir m_dir;
    int m_n = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QString filesUrl(const LocalServer& server)
    {
        return server.url(QStringLiteral("/remote.php/dav/files/creator/"));
    }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.remove(QStringLiteral("REELFORGE_LIBRARY"));
        return env;
    }

    std::unique_ptr<PublishWorld> world(const LocalServer& server, bool nextcloud)
    {
        domain::Account a;
        a.id = QStringLiteral("nc");
        a.name = QStringLiteral("Nextcloud");
        a.platform = domain::Platform::WebDav;
        a.endpoint = filesUrl(server);
        a.settings = QJsonObject { { QStringLiteral("username"), QStringLiteral("creator") },
            { QStringLiteral("nextcloud"), nextcloud } };
        return std::make_unique<PublishWorld>(path(QStringLiteral("w%1").arg(++m_n)), a,
            QJsonDocument(QJsonObject { { QStringLiteral("password"), QStringLiteral("s3cret") } }).toJson());
    }

    static int chunkPuts(const QJsonObject& state)
    {
        int n = 0;
        const QJsonObject puts = state.value(QStringLiteral("chunkPuts")).toObject();
        for (auto it = puts.begin(); it != puts.end(); ++it)
            n += it.value().toInt();
        return n;
    }

private slots:
    void theServerAssemblesTheSameBytesFromChunks()
    {
        const QString root = path(QStringLiteral("root-a"));
        LocalServer nc;
        REELFORGE_START_SERVER(nc, QStringLiteral("nextcloud_fake.mjs"),
            { QStringLiteral("--dir"), root, QStringLiteral("--pass"), QStringLiteral("s3cret") });
        auto w = world(nc, true);
        const QString file = makeRandomFile(path(QStringLiteral("trip.mp4")), 12 * kMiB + 321, 1);
        application::PublishOrder o = w->order(file);
        o.destination = QStringLiteral("/Videos/2026/trip.mp4");
        o.options.insert(QStringLiteral("chunkBytes"), 5 * kMiB);
        const domain::Publication done = w->run(o);
        QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
        QCOMPARE(fileSha256(root + QStringLiteral("/files/Videos/2026/trip.mp4")), fileSha256(file));
        const QJsonObject state = fakeState(nc);
        QCOMPARE(chunkPuts(state), 3);  // 5 + 5 + 2 MiB
        QCOMPARE(state.value(QStringLiteral("assembled")).toInt(), 1);
        QCOMPARE(state.value(QStringLiteral("uploads")).toInt(), 0);  // the upload folder is gone
    }

    void withoutTheNextcloudSettingItIsOnePut()
    {
        const QString root = path(QStringLiteral("root-b"));
        LocalServer nc;
        REELFORGE_START_SERVER(nc, QStringLiteral("nextcloud_fake.mjs"),
            { QStringLiteral("--dir"), root, QStringLiteral("--pass"), QStringLiteral("s3cret") });
        auto w = world(nc, false);
        const QString file = makeRandomFile(path(QStringLiteral("plain.mp4")), 3 * kMiB, 2);
        application::PublishOrder o = w->order(file);
        o.destination = QStringLiteral("/plain.mp4");
        const domain::Publication done = w->run(o);
        QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
        QCOMPARE(fileSha256(root + QStringLiteral("/files/plain.mp4")), fileSha256(file));
        QCOMPARE(chunkPuts(fakeState(nc)), 0);
    }

    void aCliKilledHalfwaySendsOnlyTheMissingChunks()
    {
        const QString root = path(QStringLiteral("root-c"));
        LocalServer nc;
        REELFORGE_START_SERVER(nc, QStringLiteral("nextcloud_fake.mjs"), { QStringLiteral("--dir"), root });
        const qint64 size = 30 * kMiB + 17;  // six 5 MiB chunks and a small last one
        const QString file = makeRandomFile(path(QStringLiteral("long.mp4")), size, 3);
        const QStringList args { QStringLiteral("--library"), path(QStringLiteral("lib-c")),
            QStringLiteral("--json"), QStringLiteral("publish"), file, QStringLiteral("--target"),
            QStringLiteral("webdav"), QStringLiteral("--endpoint"), filesUrl(nc),
            QStringLiteral("--nextcloud"), QStringLiteral("--chunk-size"), QString::number(5 * kMiB) };

        QProcess slow;
        slow.setProcessEnvironment(cliEnvironment());
        slow.start(
            cliPath(), args + QStringList { QStringLiteral("--limit-rate"), QStringLiteral("8000000") });
        QVERIFY(slow.waitForStarted());
        const auto held = [&] { return fakeState(nc).value(QStringLiteral("heldChunks")).toArray().size(); };
        QVERIFY2(QTest::qWaitFor([&] { return held() >= 3; }, 30000), "the upload did not get halfway");
        slow.kill();  // SIGKILL: nothing more is saved
        QVERIFY(slow.waitForFinished(5000));
        const QJsonObject atKill = fakeState(nc);
        const QJsonArray heldAtKill = atKill.value(QStringLiteral("heldChunks")).toArray();
        QVERIFY2(heldAtKill.size() < 7, "the upload finished before it was killed");

        QProcess again;
        again.setProcessEnvironment(cliEnvironment());
        again.start(cliPath(), args);
        QVERIFY(again.waitForFinished(60000));
        const QByteArray out = again.readAllStandardOutput();
        QVERIFY2(again.exitCode() == 0, (out + again.readAllStandardError()).constData());
        const QJsonObject p = QJsonDocument::fromJson(out)
                                  .object()
                                  .value(QStringLiteral("publications"))
                                  .toArray()
                                  .first()
                                  .toObject();
        QCOMPARE(p.value(QStringLiteral("state")).toString(), QStringLiteral("published"));
        QCOMPARE(fileSha256(root + QStringLiteral("/files/long.mp4")), fileSha256(file));
        const QJsonObject after = fakeState(nc);
        const QJsonObject puts = after.value(QStringLiteral("chunkPuts")).toObject();
        for (const QJsonValue& n : heldAtKill)  // chunks the server held were not sent again
            QCOMPARE(puts.value(QString::number(n.toInt())).toInt(), 1);
        QCOMPARE(puts.size(), 7);
        QCOMPARE(after.value(QStringLiteral("assembled")).toInt(), 1);
        QCOMPARE(after.value(QStringLiteral("uploads")).toInt(), 0);
    }

    void cancellingDropsTheUploadFolder()
    {
        const QString root = path(QStringLiteral("root-d"));
        LocalServer nc;
        REELFORGE_START_SERVER(nc, QStringLiteral("nextcloud_fake.mjs"),
            { QStringLiteral("--dir"), root, QStringLiteral("--pass"), QStringLiteral("s3cret") });
        auto w = world(nc, true);
        const QString file = makeRandomFile(path(QStringLiteral("cancel.mp4")), 20 * kMiB, 4);
        application::PublishOrder o = w->order(file);
        o.destination = QStringLiteral("/cancel.mp4");
        o.options.insert(QStringLiteral("chunkBytes"), 5 * kMiB);
        auto p = w->service->publish(o);
        QVERIFY(p);
        w->service->setBandwidthLimit(8 * 1000 * 1000);
        w->service->start();
        QVERIFY(QTest::qWaitFor(
            [&] { return fakeState(nc).value(QStringLiteral("heldChunks")).toArray().size() >= 1; }, 20000));
        QCOMPARE(fakeState(nc).value(QStringLiteral("uploads")).toInt(), 1);
        QVERIFY(w->service->cancel(p->id));
        QVERIFY(QTest::qWaitFor([&] { return w->get(p->id).state == PublicationState::Cancelled; }, 20000));
        w->service->waitForDone();
        QCOMPARE(fakeState(nc).value(QStringLiteral("uploads")).toInt(), 0);
        QVERIFY(!QFile::exists(root + QStringLiteral("/files/cancel.mp4")));
    }
};

QTEST_GUILESS_MAIN(TestPublishNextcloud)
#include "test_publish_nextcloud.moc"
