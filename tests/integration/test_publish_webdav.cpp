#include "integration/publish_world.h"
#include "servers/local_server.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace reelforge;
using namespace reelforge::testing;
using domain::PublicationState;

// WebDAV publishing against `rclone serve webdav` on 127.0.0.1 with basic authentication:
// missing folders are created, the file lands complete under its name (MOVE from a part
// file), a name that exists is not overwritten, and a wrong password asks to reconnect.
class TestPublishWebDav final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalServer m_server;
    QString m_root;
    int m_worlds = 0;

    std::unique_ptr<PublishWorld> world(const QString& password)
    {
        domain::Account a;
        a.id = QStringLiteral("dav");
        a.name = QStringLiteral("Cloud");
        a.platform = domain::Platform::WebDav;
        a.endpoint = m_server.url(QStringLiteral("/"));
        a.settings = QJsonObject { { QStringLiteral("username"), QStringLiteral("creator") } };
        return std::make_unique<PublishWorld>(m_dir.filePath(QStringLiteral("w%1").arg(++m_worlds)), a,
            QJsonDocument(QJsonObject { { QStringLiteral("password"), password } }).toJson());
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("rclone")).isEmpty()) {
            if (testServersRequired())
                QFAIL("rclone is not installed (./dev deps test)");
            QSKIP("rclone is not installed");
        }
        m_root = m_dir.filePath(QStringLiteral("remote"));
        QDir().mkpath(m_root);
        const int port = freeLoopbackPort();
        QString why;
        const bool started = m_server.startProgram(QStringLiteral("rclone"),
            { QStringLiteral("serve"), QStringLiteral("webdav"), m_root, QStringLiteral("--addr"),
                QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--user"), QStringLiteral("creator"),
                QStringLiteral("--pass"), QStringLiteral("s3cret"), QStringLiteral("--config"),
                m_dir.filePath(QStringLiteral("rclone.conf")) },
            port, &why);
        QVERIFY2(started, qPrintable(why));
    }

    void uploadsIntoNewFoldersAndNeverOverwrites()
    {
        auto w = world(QStringLiteral("s3cret"));
        const QString file = makeRandomFile(m_dir.filePath(QStringLiteral("trip.mp4")), 5 * 1000 * 1000, 1);
        application::PublishOrder o = w->order(file);
        o.destination = QStringLiteral("/Videos/2026/trip.mp4");
        const domain::Publication done = w->run(o);
        QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
        const QString landed = m_root + QStringLiteral("/Videos/2026/trip.mp4");
        QCOMPARE(fileSha256(landed), fileSha256(file));
        QVERIFY(!QFile::exists(m_root + QStringLiteral("/Videos/2026/.trip.mp4.reelforge-part")));

        // Another file under the same remote name: refused, the first one stays.
        application::PublishOrder other
            = w->order(makeRandomFile(m_dir.filePath(QStringLiteral("other.mp4")), 1000, 2));
        other.destination = QStringLiteral("/Videos/2026/trip.mp4");
        const domain::Publication refused = w->run(other);
        QCOMPARE(refused.state, PublicationState::Failed);
        QCOMPARE(fileSha256(landed), fileSha256(file));
    }

    void aWrongPasswordAsksToReconnect()
    {
        auto w = world(QStringLiteral("wrong"));
        application::PublishOrder o
            = w->order(makeRandomFile(m_dir.filePath(QStringLiteral("x.mp4")), 1000, 3));
        o.destination = QStringLiteral("/x.mp4");
        const domain::Publication done = w->run(o);
        QCOMPARE(done.state, PublicationState::Failed);
        QVERIFY2(done.error.contains(QStringLiteral("reconnect")), qPrintable(done.error));
        QVERIFY(!done.error.contains(QStringLiteral("wrong")));
    }
};

QTEST_GUILESS_MAIN(TestPublishWebDav)
#include "test_publish_webdav.moc"
