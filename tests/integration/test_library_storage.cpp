#include "adapters/storage/library_storage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::adapters;
using domain::ErrorCode;

class TestLibraryStorage final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString writeSource(const QString& name, qint64 size)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        QByteArray chunk(64 * 1024, '\0');
        for (qint64 i = 0; i < size; i += chunk.size()) {
            for (int j = 0; j < chunk.size(); ++j)
                chunk[j] = static_cast<char>((i + j) * 31 % 251);
            f.write(chunk.constData(), qMin<qint64>(chunk.size(), size - i));
        }
        return path;
    }

    static QStringList filesUnder(const QString& root)
    {
        QStringList out;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        out.sort();
        return out;
    }

private slots:
    void createsTheLayout()
    {
        LibraryStorage s(m_dir.filePath(QStringLiteral("lib1")));
        QVERIFY(s.ensureLayout());
        for (const char* sub : { "originals", "artifacts", "thumbnails" })
            QVERIFY(QFileInfo(s.root() + QLatin1Char('/') + QLatin1String(sub)).isDir());
    }

    void hashMatchesSha256AndCopyIsByteIdentical()
    {
        LibraryStorage s(m_dir.filePath(QStringLiteral("lib2")));
        QVERIFY(s.ensureLayout());
        const QString src = writeSource(QStringLiteral("clip.MP4"), 3 * 1024 * 1024 + 17);
        application::CancellationToken cancel;
        const QString hash = *s.contentHash(src, cancel);
        QFile f(src);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QCOMPARE(
            hash, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        qint64 lastDone = 0;
        const auto stored = s.storeOriginal(src, hash, cancel, [&](qint64 done, qint64) { lastDone = done; });
        QVERIFY(stored);
        QCOMPARE(*stored,
            s.originalsDir() + QLatin1Char('/') + hash.left(2) + QLatin1Char('/') + hash
                + QStringLiteral(".mp4"));
        QFile copy(*stored);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), bytes);
        QCOMPARE(lastDone, bytes.size());
        QCOMPARE(filesUnder(s.originalsDir()), QStringList { *stored });  // no temp file left
    }

    void fullDiskIsRefusedBeforeWritingAnything()
    {
        LibraryStorage s(m_dir.filePath(QStringLiteral("lib3")), [](const QString&) { return qint64(1024); });
        QVERIFY(s.ensureLayout());
        const QString src = writeSource(QStringLiteral("big.mov"), 2 * 1024 * 1024);
        application::CancellationToken cancel;
        const auto r = s.storeOriginal(src, QString(64, QLatin1Char('b')), cancel, {});
        QCOMPARE(r.error().code, ErrorCode::DiskFull);
        QVERIFY(filesUnder(s.root()).isEmpty());
    }

    void cancelledCopyLeavesNoFile()
    {
        LibraryStorage s(m_dir.filePath(QStringLiteral("lib4")));
        QVERIFY(s.ensureLayout());
        const QString src = writeSource(QStringLiteral("long.mkv"), 8 * 1024 * 1024);
        application::CancellationToken cancel;
        const auto r = s.storeOriginal(src, QString(64, QLatin1Char('c')), cancel, [&](qint64 done, qint64) {
            if (done >= 2 * 1024 * 1024)
                cancel.cancel();
        });
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(filesUnder(s.root()).isEmpty());
    }

    void missingSourceIsReported()
    {
        LibraryStorage s(m_dir.filePath(QStringLiteral("lib5")));
        application::CancellationToken cancel;
        QCOMPARE(s.contentHash(m_dir.filePath(QStringLiteral("gone.mp4")), cancel).error().code,
            ErrorCode::FileMissing);
    }

    void onlyFilesInsideTheLibraryCanBeRemoved()
    {
        LibraryStorage s(m_dir.filePath(QStringLiteral("lib6")));
        QVERIFY(s.ensureLayout());
        const QString outside = writeSource(QStringLiteral("precious.mp4"), 10);
        QVERIFY(!s.owns(outside));
        QVERIFY(!s.owns(s.root() + QStringLiteral("/../precious.mp4")));
        QVERIFY(!s.removeOwned(outside));
        QVERIFY(QFileInfo::exists(outside));
        const auto thumb = s.storeThumbnail(QStringLiteral("id1"), QByteArray("jpeg"));
        QVERIFY(thumb && s.owns(*thumb));
        QVERIFY(s.removeOwned(*thumb));
        QVERIFY(!QFileInfo::exists(*thumb));
    }

    void atomicWriteReplacesWholeFiles()
    {
        const QString path = m_dir.filePath(QStringLiteral("settings.json"));
        QVERIFY(writeFileAtomically(path, QByteArray("first version")));
        QVERIFY(writeFileAtomically(path, QByteArray("second")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("second"));
        QVERIFY(!writeFileAtomically(m_dir.filePath(QStringLiteral("no/such/dir/x")), QByteArray("x")));
    }
};

QTEST_GUILESS_MAIN(TestLibraryStorage)
#include "test_library_storage.moc"
