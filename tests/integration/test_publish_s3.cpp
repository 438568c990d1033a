#include "adapters/publishing/publication_lock_files.h"
#include "adapters/publishing/publisher_factory.h"
#include "application/services/publishing_service.h"
#include "fakes/fake_clock.h"
#include "fakes/fake_credential_store.h"
#include "fakes/recording_notifier.h"
#include "infrastructure/repositories/sqlite_account_repository.h"
#include "infrastructure/repositories/sqlite_database.h"
#include "infrastructure/repositories/sqlite_publication_repository.h"
#include "servers/local_server.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::testing;
using domain::PublicationState;

// S3 multipart upload to s3rver on 127.0.0.1 with the real SQLite repositories: the object
// equals the file, an interrupted upload continues from the saved part list (s3rver has no
// ListParts) without sending a part twice, and 503s are retried.
class TestPublishS3 final : public QObject {
    Q_OBJECT

    struct World {
        infrastructure::SqliteDatabase db;
        infrastructure::SqliteAccountRepository accounts { db };
        infrastructure::SqlitePublicationRepository publications { db };
        FakeCredentialStore credentials;
        adapters::PublicationLockFiles locks;
        adapters::PublisherFactory factory { credentials };
        FakeClock clock { QDateTime::currentDateTimeUtc() };
        RecordingNotifier notifier;
        std::unique_ptr<application::PublishingService> service;
        domain::Account account;

        static QString made(const QString& dir)
        {
            QDir().mkpath(dir);
            return dir;
        }
        World(const QString& dir, const QString& endpoint)
            : db(made(dir) + QStringLiteral("/lib.db"))
            , locks(dir + QStringLiteral("/locks"))
        {
            if (!db.open())
                qFatal("db");
            account.id = QStringLiteral("s3");
            account.name = QStringLiteral("Archive");
            account.platform = domain::Platform::S3;
            account.endpoint = endpoint;
            account.credentialKey = QStringLiteral("account/s3");
            account.connectedAt = clock.now();
            (void)accounts.add(account);
            (void)credentials.write(
                account.credentialKey, R"({"accessKeyId":"S3RVER","secretAccessKey":"S3RVER"})");
            reopen();
        }
        void reopen()
        {
            service.reset();
            service = std::make_unique<application::PublishingService>(
                application::PublishingPorts { publications, accounts, factory, locks, clock, notifier });
            service->setRetryPolicy({ 6, std::chrono::milliseconds(20), std::chrono::milliseconds(200) });
        }
        domain::Publication get(const QString& id) { return **publications.find(id); }
        bool waitForEnd(const QString& id)
        {
            return QTest::qWaitFor(
                [&] {
                    const auto s = get(id).state;
                    return s == PublicationState::Published || s == PublicationState::Failed
                        || s == PublicationState::Cancelled;
                },
                30000);
        }
    };

    QTemporaryDir m_dir;
    constexpr static qint64 kFileSize = 12 * 1024 * 1024 + 4321;  // three 5 MiB parts

    QString makeFile(const QString& name, quint32 seed)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("fixture");
        QRandomGenerator random(seed);
        QByteArray bytes(static_cast<int>(kFileSize + 3) / 4 * 4, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        f.write(bytes.left(static_cast<int>(kFileSize)));
        return path;
    }

    static QByteArray sha256(const QString& path)
    {
        QFile f(path);
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly))
            h.addData(&f);
        return h.result().toHex();
    }

    // s3rver keeps an object's bytes in "<key>._S3rver_object" under the bucket folder.
    static QString storedObject(const QString& store, const QString& key)
    {
        QDirIterator it(store, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(key + QStringLiteral("._S3rver_object")))
                return path;
        }
        return {};
    }

    static int uploadedParts(const LocalServer& server)
    {
        return stat(server, QStringLiteral("uploadParts"));
    }
    static int pendingUploads(const LocalServer& server)
    {
        return stat(server, QStringLiteral("pendingUploads"));
    }

    static int stat(const LocalServer& server, const QString& name)
    {
        QNetworkAccessManager nam;
        std::unique_ptr<QNetworkReply> reply(
            nam.get(QNetworkRequest(QUrl(server.url(QStringLiteral("/__stats"))))));
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        return QJsonDocument::fromJson(reply->readAll()).object().value(name).toInt(-1);
    }

    application::PublishOrder order(const QString& file, const QString& key)
    {
        application::PublishOrder o;
        o.filePath = file;
        o.accountId = QStringLiteral("s3");
        o.destination = QStringLiteral("videos/") + key;
        o.title = key;
        o.options.insert(QStringLiteral("chunkBytes"), 5 * 1024 * 1024);
        return o;
    }

private slots:
    void multipartUploadLandsTheSameBytes()
    {
        const QString store = m_dir.filePath(QStringLiteral("store-a"));
        LocalServer s3;
        REELFORGE_START_SERVER(s3, QStringLiteral("s3_server.mjs"), { QStringLiteral("--dir"), store });
        World w(m_dir.filePath(QStringLiteral("a")), s3.url());
        const QString file = makeFile(QStringLiteral("trip.mp4"), 3);
        auto p = w.service->publish(order(file, QStringLiteral("2026/trip one.mp4")));
        QVERIFY(p);
        w.service->start();
        QVERIFY(w.waitForEnd(p->id));
        QVERIFY2(w.get(p->id).state == PublicationState::Published, qPrintable(w.get(p->id).error));
        QCOMPARE(uploadedParts(s3), 3);
        const QString object = storedObject(store, QStringLiteral("trip one.mp4"));
        QVERIFY(!object.isEmpty());
        QCOMPARE(sha256(object), sha256(file));
        QVERIFY(w.get(p->id).remoteUrl.endsWith(QStringLiteral("/videos/2026/trip%20one.mp4")));
    }

    void anInterruptedUploadContinuesFromTheSavedPartList()
    {
        const QString store = m_dir.filePath(QStringLiteral("store-b"));
        LocalServer s3;
        REELFORGE_START_SERVER(s3, QStringLiteral("s3_server.mjs"), { QStringLiteral("--dir"), store });
        World w(m_dir.filePath(QStringLiteral("b")), s3.url());
        const QString file = makeFile(QStringLiteral("long.mp4"), 4);
        auto p = w.service->publish(order(file, QStringLiteral("long.mp4")));
        QVERIFY(p);
        w.service->setBandwidthLimit(20 * 1024 * 1024);  // slow enough to stop between parts
        w.service->start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto s = w.publications.session(p->id);
                return s && s->has_value() && (*s)->parts.size() >= 1;
            },
            20000));
        w.reopen();  // quit mid-upload
        QCOMPARE(w.get(p->id).state, PublicationState::Uploading);
        const int before = uploadedParts(s3);
        QVERIFY(before >= 1 && before < 3);
        w.service->setBandwidthLimit(0);
        w.service->start();
        QVERIFY(w.waitForEnd(p->id));
        QVERIFY2(w.get(p->id).state == PublicationState::Published, qPrintable(w.get(p->id).error));
        QVERIFY2(uploadedParts(s3) <= 4, "confirmed parts were sent again");  // at most the one in flight
        QCOMPARE(sha256(storedObject(store, QStringLiteral("long.mp4"))), sha256(file));
    }

    // Cancel drops the multipart upload on the server (AbortMultipartUpload) and forgets the
    // session: the parts are gone there, and a retry starts a new upload that lands whole.
    void cancellingAbortsTheMultipartUploadOnTheServer_data()
    {
        QTest::addColumn<bool>("whileRunning");
        QTest::newRow("while uploading") << true;
        QTest::newRow("after a quit") << false;
    }

    void cancellingAbortsTheMultipartUploadOnTheServer()
    {
        QFETCH(bool, whileRunning);
        const QString tag = whileRunning ? QStringLiteral("e1") : QStringLiteral("e2");
        const QString store = m_dir.filePath(QStringLiteral("store-") + tag);
        LocalServer s3;
        REELFORGE_START_SERVER(s3, QStringLiteral("s3_server.mjs"), { QStringLiteral("--dir"), store });
        World w(m_dir.filePath(tag), s3.url());
        const QString file = makeFile(tag + QStringLiteral(".mp4"), 8);
        auto p = w.service->publish(order(file, tag + QStringLiteral(".mp4")));
        QVERIFY(p);
        w.service->setBandwidthLimit(10 * 1024 * 1024);
        w.service->start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto s = w.publications.session(p->id);
                return s && s->has_value() && (*s)->parts.size() >= 1;
            },
            20000));
        QCOMPARE(pendingUploads(s3), 1);
        if (!whileRunning)
            w.reopen();  // quit mid-upload: the session stays saved, nothing runs
        QVERIFY(w.service->cancel(p->id));
        QVERIFY(QTest::qWaitFor([&] { return w.get(p->id).state == PublicationState::Cancelled; }, 20000));
        w.service->waitForDone();
        QCOMPARE(pendingUploads(s3), 0);  // the parts are gone on the server
        auto session = w.publications.session(p->id);
        QVERIFY(session && !session->has_value());
        QVERIFY(storedObject(store, tag + QStringLiteral(".mp4")).isEmpty());

        w.service->setBandwidthLimit(0);
        QVERIFY(w.service->retry(p->id));
        w.service->start();
        QVERIFY(w.waitForEnd(p->id));
        QVERIFY2(w.get(p->id).state == PublicationState::Published, qPrintable(w.get(p->id).error));
        QCOMPARE(sha256(storedObject(store, tag + QStringLiteral(".mp4"))), sha256(file));
        QCOMPARE(pendingUploads(s3), 0);
    }

    void serverErrorsAreRetried()
    {
        const QString store = m_dir.filePath(QStringLiteral("store-c"));
        LocalServer s3;
        REELFORGE_START_SERVER(s3, QStringLiteral("s3_server.mjs"),
            { QStringLiteral("--dir"), store, QStringLiteral("--faults"), QStringLiteral("PUT:2:503") });
        World w(m_dir.filePath(QStringLiteral("c")), s3.url());
        const QString file = makeFile(QStringLiteral("flaky.mp4"), 5);
        auto p = w.service->publish(order(file, QStringLiteral("flaky.mp4")));
        w.service->start();
        QVERIFY(w.waitForEnd(p->id));
        QVERIFY2(w.get(p->id).state == PublicationState::Published, qPrintable(w.get(p->id).error));
        QCOMPARE(sha256(storedObject(store, QStringLiteral("flaky.mp4"))), sha256(file));
    }

    void missingKeysAskToReconnect()
    {
        World w(m_dir.filePath(QStringLiteral("d")), QStringLiteral("http://127.0.0.1:9"));
        (void)w.credentials.remove(w.account.credentialKey);
        auto p
            = w.service->publish(order(makeFile(QStringLiteral("nokeys.mp4"), 6), QStringLiteral("x.mp4")));
        w.service->start();
        QVERIFY(w.waitForEnd(p->id));
        QCOMPARE(w.get(p->id).state, PublicationState::Failed);
        QVERIFY(w.get(p->id).error.contains(QStringLiteral("reconnect")));
    }
};

QTEST_GUILESS_MAIN(TestPublishS3)
#include "test_publish_s3.moc"
