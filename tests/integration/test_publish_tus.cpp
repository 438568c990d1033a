#include "servers/local_server.h"
#include "support/media_fixtures.h"
#include "wiring/app_context.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::testing;
using domain::PublicationState;

// Publishing to a real tus 1.0 server (@tus/server + @tus/file-store) on 127.0.0.1, through
// the CLI as a user runs it: the server ends up with the same bytes, a second run does not
// upload twice, a CLI killed halfway continues where the server stopped, and an upload gets
// through a server that answers 503 or drops the connection a few times.
class TestPublishTus final : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QString makeFile(const QString& path, qint64 size, quint32 seed)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        QRandomGenerator random(seed);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 left = size; left > 0;) {
            random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
            const qint64 n = qMin<qint64>(left, block.size());
            f.write(block.constData(), n);
            left -= n;
        }
        return path;
    }

    static QByteArray sha256(const QString& path)
    {
        QFile f(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(&f);
        return hash.result().toHex();
    }

    // The uploads a tus FileStore holds: one data file (plus its .json) per upload.
    static QStringList uploads(const QString& store)
    {
        QStringList out;
        for (const QFileInfo& fi : QDir(store).entryInfoList(QDir::Files))
            if (fi.suffix() != QLatin1String("json"))
                out << fi.absoluteFilePath();
        return out;
    }

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.remove(QStringLiteral("REELFORGE_LIBRARY"));
        return env;
    }

    Run cli(const QStringList& args)
    {
        QProcess p;
        p.setProcessEnvironment(cliEnvironment());
        p.start(cliPath(), args);
        if (!p.waitForFinished(120000))
            qWarning() << "cli timed out";
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }

    static Run runCurl(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral("curl"), args);
        p.waitForFinished(10000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    QStringList publishArgs(const QString& library, const QString& file, const QString& endpoint) const
    {
        return { QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("publish"),
            file, QStringLiteral("--target"), QStringLiteral("tus"), QStringLiteral("--endpoint"), endpoint,
            QStringLiteral("--title"), QStringLiteral("Trip to the sea") };
    }

private slots:
    void theServerHoldsTheSameBytesAndASecondRunDoesNotUploadTwice()
    {
        const QString store = path(QStringLiteral("store-a"));
        QDir().mkpath(store);
        LocalServer tus;
        REELFORGE_START_SERVER(tus, QStringLiteral("tus_server.mjs"), { QStringLiteral("--dir"), store });
        const QString file = makeFile(path(QStringLiteral("trip.mp4")), 6 * 1000 * 1000 + 123, 7);
        const QString library = path(QStringLiteral("lib-a"));

        const Run first = cli(publishArgs(library, file, tus.url(QStringLiteral("/files/"))));
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject p = first.json().value(QStringLiteral("publications")).toArray().first().toObject();
        QCOMPARE(p.value(QStringLiteral("state")).toString(), QStringLiteral("published"));
        QVERIFY(
            p.value(QStringLiteral("remoteUrl")).toString().startsWith(tus.url(QStringLiteral("/files/"))));
        QCOMPARE(uploads(store).size(), 1);
        QCOMPARE(sha256(uploads(store).first()), sha256(file));
        QFile meta(uploads(store).first() + QStringLiteral(".json"));
        QVERIFY(meta.open(QIODevice::ReadOnly));
        QVERIFY(meta.readAll().contains("Trip to the sea"));

        const Run again = cli(publishArgs(library, file, tus.url(QStringLiteral("/files/"))));
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("Duplicate"));
        QCOMPARE(uploads(store).size(), 1);
    }

    void aCliKilledHalfwayContinuesWhenTheSameCommandRunsAgain()
    {
        const QString store = path(QStringLiteral("store-b"));
        QDir().mkpath(store);
        LocalServer tus;
        REELFORGE_START_SERVER(tus, QStringLiteral("tus_server.mjs"), { QStringLiteral("--dir"), store });
        const qint64 size = 16 * 1000 * 1000;
        const QString file = makeFile(path(QStringLiteral("long.mp4")), size, 11);
        const QString library = path(QStringLiteral("lib-b"));
        const QStringList args = publishArgs(library, file, tus.url(QStringLiteral("/files/")));

        QProcess slow;
        slow.setProcessEnvironment(cliEnvironment());
        slow.start(cliPath(),
            args
                + QStringList { QStringLiteral("--limit-rate"), QStringLiteral("4000000"),
                    QStringLiteral("--chunk-size"), QStringLiteral("1048576") });
        QVERIFY(slow.waitForStarted());
        const auto received = [&] {
            return uploads(store).isEmpty() ? qint64 { 0 } : QFileInfo(uploads(store).first()).size();
        };
        QVERIFY2(
            QTest::qWaitFor([&] { return received() >= size / 2; }, 30000), "the upload did not get halfway");
        slow.kill();  // SIGKILL: no chance to clean up or save anything more
        QVERIFY(slow.waitForFinished(5000));
        const qint64 atKill = received();
        QVERIFY2(atKill < size, "the upload finished before it was killed");

        const Run again = cli(args);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(uploads(store).size(), 1);  // continued, not a second upload
        QCOMPARE(sha256(uploads(store).first()), sha256(file));
        const Run list = cli({ QStringLiteral("--library"), library, QStringLiteral("--json"),
            QStringLiteral("publications"), QStringLiteral("list") });
        const QJsonArray all = list.json().value(QStringLiteral("publications")).toArray();
        QCOMPARE(all.size(), 1);
        QCOMPARE(
            all.first().toObject().value(QStringLiteral("state")).toString(), QStringLiteral("published"));
        QCOMPARE(all.first().toObject().value(QStringLiteral("attempts")).toInt(), 2);
    }

    void uploadsGetThroughServerErrorsAndDroppedConnections_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::newRow("503 three times") << QStringLiteral("PATCH:3:503");
        QTest::newRow("500 twice") << QStringLiteral("PATCH:2:500");
        QTest::newRow("connection dropped twice") << QStringLiteral("PATCH:2:drop");
    }

    void uploadsGetThroughServerErrorsAndDroppedConnections()
    {
        QFETCH(QString, faults);
        const QString store = path(QStringLiteral("store-") + QString::number(qHash(faults)));
        QDir().mkpath(store);
        LocalServer tus;
        REELFORGE_START_SERVER(tus, QStringLiteral("tus_server.mjs"),
            { QStringLiteral("--dir"), store, QStringLiteral("--faults"), faults });
        const QString file = makeFile(path(QStringLiteral("faulty.mp4")), 3 * 1000 * 1000, 5);
        auto context = app::AppContext::open(path(QStringLiteral("lib-") + QString::number(qHash(faults))));
        QVERIFY(context);
        application::PublishingService& publishing = (*context)->publishing();
        publishing.setRetryPolicy({ 6, std::chrono::milliseconds(20), std::chrono::milliseconds(200) });
        domain::Account draft;
        draft.name = QStringLiteral("tus server");
        draft.platform = domain::Platform::Tus;
        draft.endpoint = tus.url(QStringLiteral("/files/"));
        auto account = (*context)->accounts().add(draft);
        QVERIFY(account);
        application::PublishOrder order;
        order.filePath = file;
        order.accountId = account->id;
        order.title = QStringLiteral("Faulty");
        order.options.insert(QStringLiteral("chunkBytes"), 1000 * 1000);
        auto p = publishing.publish(order);
        QVERIFY(p);
        publishing.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                auto now = publishing.publication(p->id);
                return now
                    && (now->state == PublicationState::Published || now->state == PublicationState::Failed);
            },
            30000));
        const auto done = *publishing.publication(p->id);
        QVERIFY2(done.state == PublicationState::Published, qPrintable(done.error));
        QCOMPARE(uploads(store).size(), 1);
        QCOMPARE(sha256(uploads(store).first()), sha256(file));
    }

    // Cancel terminates the upload on a server with the termination extension (its bytes are
    // gone there) and forgets the session; a server without it keeps the partial upload until
    // it expires it, and the publication is cancelled all the same.
    void cancellingTerminatesTheUploadOnTheServer_data()
    {
        QTest::addColumn<bool>("termination");
        QTest::newRow("termination extension") << true;
        QTest::newRow("no termination extension") << false;
    }

    void cancellingTerminatesTheUploadOnTheServer()
    {
        QFETCH(bool, termination);
        const QString tag = termination ? QStringLiteral("t1") : QStringLiteral("t0");
        const QString store = path(QStringLiteral("store-") + tag);
        QDir().mkpath(store);
        LocalServer tus;
        REELFORGE_START_SERVER(tus, QStringLiteral("tus_server.mjs"),
            { QStringLiteral("--dir"), store, QStringLiteral("--termination"),
                termination ? QStringLiteral("1") : QStringLiteral("0") });
        const qint64 size = 8 * 1000 * 1000;
        const QString file = makeFile(path(tag + QStringLiteral(".mp4")), size, 17);
        auto context = app::AppContext::open(path(QStringLiteral("lib-") + tag));
        QVERIFY(context);
        application::PublishingService& publishing = (*context)->publishing();
        domain::Account draft;
        draft.name = QStringLiteral("tus server");
        draft.platform = domain::Platform::Tus;
        draft.endpoint = tus.url(QStringLiteral("/files/"));
        auto account = (*context)->accounts().add(draft);
        QVERIFY(account);
        application::PublishOrder order;
        order.filePath = file;
        order.accountId = account->id;
        order.options.insert(QStringLiteral("chunkBytes"), 1000 * 1000);
        auto p = publishing.publish(order);
        QVERIFY(p);
        publishing.setBandwidthLimit(2 * 1000 * 1000);
        publishing.start();
        const auto received = [&] {
            return uploads(store).isEmpty() ? qint64 { 0 } : QFileInfo(uploads(store).first()).size();
        };
        QVERIFY(QTest::qWaitFor([&] { return received() >= 2 * 1000 * 1000; }, 30000));
        const QString uploadUrl = (*(*context)->publications().session(p->id))->url;
        QVERIFY(publishing.cancel(p->id));
        QVERIFY(QTest::qWaitFor(
            [&] { return publishing.publication(p->id)->state == PublicationState::Cancelled; }, 20000));
        publishing.waitForDone();
        QVERIFY(received() < size);
        auto session = (*context)->publications().session(p->id);
        QVERIFY(session && !session->has_value());  // forgotten: a retry starts a new upload
        if (termination) {
            QCOMPARE(uploads(store).size(), 0);  // the partial upload is gone from the server
            const Run head
                = runCurl({ QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                    QStringLiteral("-w"), QStringLiteral("%{http_code}"), QStringLiteral("-I"),
                    QStringLiteral("-H"), QStringLiteral("Tus-Resumable: 1.0.0"), uploadUrl });
            QVERIFY2(head.out == "404" || head.out == "410", head.out.constData());
        } else {
            QCOMPARE(uploads(store).size(), 1);  // it cannot delete: left for the server to expire
        }
    }
};

QTEST_GUILESS_MAIN(TestPublishTus)
#include "test_publish_tus.moc"
