#include "adapters/publishing/shared/google_resumable_upload.h"
#include "servers/local_server.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::adapters;
using namespace reelforge::testing;
using application::UploadSession;

// The Google-style resumable protocol (YouTube, PeerTube) against @uploadx/core on 127.0.0.1:
// a protocol-relative session URI, chunks in multiples of 256 KiB answered 308 + Range, a
// status query to resume after an interruption, and the server's Range followed.
class TestPublishResumable final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeFile(const QString& name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("fixture");
        QRandomGenerator random(42);
        QByteArray bytes(static_cast<int>((size + 3) / 4 * 4), Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        f.write(bytes.left(static_cast<int>(size)));
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

    static domain::Result<UploadSession> create(
        HttpClient& http, const LocalServer& server, const QString& file)
    {
        const QUrl init(server.url(QStringLiteral("/upload")));
        QNetworkRequest request = makeRequest(init);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("X-Upload-Content-Length", QByteArray::number(QFileInfo(file).size()));
        request.setRawHeader("X-Upload-Content-Type", "video/mp4");
        auto reply = http.send("POST", request,
            QJsonDocument(QJsonObject { { QStringLiteral("name"), QFileInfo(file).fileName() } }).toJson());
        if (!reply)
            return tl::unexpected(reply.error());
        if (reply->status != 201 && reply->status != 200)
            return tl::unexpected(httpError(QStringLiteral("init"), *reply));
        auto uri = GoogleResumableUpload::sessionFrom(init, *reply);
        if (!uri)
            return tl::unexpected(uri.error());
        UploadSession s;
        s.url = uri->toString();
        s.total = QFileInfo(file).size();
        return s;
    }

    static QString storedFile(const QString& store)
    {
        for (const QFileInfo& fi : QDir(store).entryInfoList(QDir::Files))
            if (fi.suffix() != QLatin1String("META"))
                return fi.absoluteFilePath();
        return {};
    }

private slots:
    void uploadsInChunksAndResumesFromTheServersRange()
    {
        const QString store = m_dir.filePath(QStringLiteral("store"));
        QDir().mkpath(store);
        LocalServer server;
        REELFORGE_START_SERVER(
            server, QStringLiteral("uploadx_server.mjs"), { QStringLiteral("--dir"), store });
        const QString file = makeFile(QStringLiteral("clip.mp4"), 3 * 1024 * 1024 + 999);
        HttpClient http;
        auto session = create(http, server, file);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
        QVERIFY(session->url.startsWith(server.url()));  // "//127.0.0.1:PORT/..." resolved

        // First run: stopped after the second confirmed chunk, like a crash.
        GoogleResumableUpload upload(http, {});
        application::CancellationToken cancel;
        application::ProgressSink sink({});
        std::vector<qint64> offsets;
        application::UploadContext first { cancel, sink, [&](const UploadSession& s) {
                                              offsets.push_back(s.offset);
                                              if (offsets.size() == 3)
                                                  cancel.cancel();
                                          } };
        auto stopped = upload.sendRest(file, *session, first, 512 * 1024);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, domain::ErrorCode::Cancelled);
        auto where = upload.query(QUrl(session->url), session->total);
        QVERIFY(where);
        QCOMPARE(where->received, 2 * 512 * 1024);

        // Second run from the saved session (offset 0 on purpose): the server's Range wins.
        application::CancellationToken again;
        std::vector<qint64> resumed;
        application::UploadContext second { again, sink,
            [&](const UploadSession& s) { resumed.push_back(s.offset); } };
        auto done = upload.sendRest(file, *session, second, 512 * 1024);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        QCOMPARE(resumed.front(), 2 * 512 * 1024);
        QCOMPARE(done->offset, done->total);
        QCOMPARE(done->extra.value(QStringLiteral("resource"))
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
            QStringLiteral("completed"));
        QCOMPARE(sha256(storedFile(store)), sha256(file));
    }

    // Cancel (YouTube, PeerTube): DELETE on the session URI drops the partial upload; the
    // session is gone afterwards, and cancelling it again is not an error.
    void cancellingDeletesTheSessionOnTheServer()
    {
        const QString store = m_dir.filePath(QStringLiteral("store4"));
        QDir().mkpath(store);
        LocalServer server;
        REELFORGE_START_SERVER(
            server, QStringLiteral("uploadx_server.mjs"), { QStringLiteral("--dir"), store });
        const QString file = makeFile(QStringLiteral("cancel.mp4"), 2 * 1024 * 1024);
        HttpClient http;
        auto session = create(http, server, file);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
        GoogleResumableUpload upload(http, {});
        application::CancellationToken cancel;
        application::ProgressSink sink({});
        int saves = 0;
        application::UploadContext context { cancel, sink, [&](const UploadSession&) {
                                                if (++saves == 2)
                                                    cancel.cancel();
                                            } };
        QVERIFY(!upload.sendRest(file, *session, context, 512 * 1024));
        QVERIFY(!storedFile(store).isEmpty());  // the partial upload is there

        QVERIFY(upload.cancel(QUrl(session->url)));
        QVERIFY(storedFile(store).isEmpty());  // and gone
        auto where = upload.query(QUrl(session->url), session->total);
        QVERIFY(!where);
        QCOMPARE(where.error().code, domain::ErrorCode::NotFound);
        QVERIFY(upload.cancel(QUrl(session->url)));
    }

    void anExpiredSessionIsNotFound()
    {
        const QString store = m_dir.filePath(QStringLiteral("store2"));
        QDir().mkpath(store);
        LocalServer server;
        REELFORGE_START_SERVER(
            server, QStringLiteral("uploadx_server.mjs"), { QStringLiteral("--dir"), store });
        HttpClient http;
        GoogleResumableUpload upload(http, {});
        auto where = upload.query(QUrl(server.url(QStringLiteral("/upload?upload_id=gone"))), 100);
        QVERIFY(!where);
        QVERIFY2(where.error().code == domain::ErrorCode::NotFound, qPrintable(where.error().toString()));
    }

    void serverErrorsAreTransient()
    {
        const QString store = m_dir.filePath(QStringLiteral("store3"));
        QDir().mkpath(store);
        LocalServer server;
        REELFORGE_START_SERVER(server, QStringLiteral("uploadx_server.mjs"),
            { QStringLiteral("--dir"), store, QStringLiteral("--faults"), QStringLiteral("PUT:1:503") });
        const QString file = makeFile(QStringLiteral("small.mp4"), 300 * 1024);
        HttpClient http;
        auto session = create(http, server, file);
        QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
        GoogleResumableUpload upload(http, {});
        application::CancellationToken cancel;
        application::ProgressSink sink({});
        application::UploadContext context { cancel, sink, [](const UploadSession&) {} };
        auto first = upload.sendRest(file, *session, context, 256 * 1024);
        QVERIFY(!first);
        QCOMPARE(first.error().code, domain::ErrorCode::IoError);  // the worker retries these
        auto second = upload.sendRest(file, *session, context, 256 * 1024);
        QVERIFY(second);
        QCOMPARE(sha256(storedFile(store)), sha256(file));
    }
};

QTEST_GUILESS_MAIN(TestPublishResumable)
#include "test_publish_resumable.moc"
