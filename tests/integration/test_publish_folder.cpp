#include "adapters/publishing/folder/folder_publisher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::adapters;
using application::UploadSession;

// The local/NAS folder destination: a complete file appears under its name only at the end
// (atomic), a partial copy resumes from its length, and nothing is overwritten.
class TestPublishFolder final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString makeFile(const QString& name, int size)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("fixture");
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            bytes[i] = static_cast<char>((i * 131) % 251);
        f.write(bytes);
        return path;
    }

    static QByteArray sha(const QString& path)
    {
        QFile f(path);
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (f.open(QIODevice::ReadOnly))
            h.addData(&f);
        return h.result().toHex();
    }

    static application::PublishRequest request(const QString& file)
    {
        application::PublishRequest r;
        r.publication.id = QStringLiteral("p");
        r.publication.title = QStringLiteral("Clip");
        r.filePath = file;
        r.fileSize = QFileInfo(file).size();
        return r;
    }

private slots:
    void aPartialCopyResumesAndAppearsOnlyWhenComplete()
    {
        const QString source = makeFile(QStringLiteral("clip.mp4"), 9 * 1024 * 1024 + 17);
        const QString target = m_dir.filePath(QStringLiteral("nas"));
        FolderPublisher publisher(target);
        auto session = publisher.begin(request(source));
        QVERIFY(session);
        QVERIFY(!QFile::exists(session->url));
        // A crash left 1 MiB behind.
        {
            QFile part(session->uploadId);
            QVERIFY(part.open(QIODevice::Append));
            QFile in(source);
            QVERIFY(in.open(QIODevice::ReadOnly));
            part.write(in.read(1024 * 1024));
        }
        application::CancellationToken cancel;
        application::ProgressSink sink({});
        std::vector<qint64> saved;
        application::UploadContext context { cancel, sink,
            [&](const UploadSession& s) { saved.push_back(s.offset); } };
        auto done = publisher.resume(request(source), *session, context);
        QVERIFY(done);
        QCOMPARE(saved.front(), 1024 * 1024 + FolderPublisher::kBlockBytes);  // from the part's length
        QVERIFY(!QFile::exists(session->url));  // still not under its name
        auto ref = publisher.finish(request(source), *done);
        QVERIFY(ref);
        QCOMPARE(sha(session->url), sha(source));
        QVERIFY(!QFile::exists(session->uploadId));
        QCOMPARE(ref->url, QUrl::fromLocalFile(session->url).toString());
    }

    void anExistingFileIsNeverOverwritten()
    {
        const QString source = makeFile(QStringLiteral("same.mp4"), 1000);
        const QString target = m_dir.filePath(QStringLiteral("nas2"));
        QDir().mkpath(target);
        QFile existing(QDir(target).filePath(QStringLiteral("same.mp4")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        FolderPublisher publisher(target);
        auto session = publisher.begin(request(source));
        QVERIFY(session);
        QCOMPARE(QFileInfo(session->url).fileName(), QStringLiteral("same (2).mp4"));
        application::CancellationToken cancel;
        application::ProgressSink sink({});
        application::UploadContext context { cancel, sink, [](const UploadSession&) {} };
        auto done = publisher.resume(request(source), *session, context);
        QVERIFY(done);
        QVERIFY(publisher.finish(request(source), *done));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
    }

    void cancelStopsBetweenBlocks()
    {
        const QString source = makeFile(QStringLiteral("big.mp4"), 12 * 1024 * 1024);
        FolderPublisher publisher(m_dir.filePath(QStringLiteral("nas3")));
        auto session = publisher.begin(request(source));
        QVERIFY(session);
        application::CancellationToken cancel;
        application::ProgressSink sink({});
        application::UploadContext context { cancel, sink, [&](const UploadSession&) { cancel.cancel(); } };
        auto done = publisher.resume(request(source), *session, context);
        QVERIFY(!done);
        QCOMPARE(done.error().code, domain::ErrorCode::Cancelled);
        QCOMPARE(QFileInfo(session->uploadId).size(), FolderPublisher::kBlockBytes);
    }
};

QTEST_GUILESS_MAIN(TestPublishFolder)
#include "test_publish_folder.moc"
