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
        const QString owner = QStringLiteral("8c1f6a1e-0000-4000-8000-000000000001");
        const auto staged
            = s.stageOriginal(src, hash, owner, cancel, [&](qint64 done, qint64) { lastDone = done; });
        QVERIFY(staged);
        const QString finalPath = s.originalPath(hash, QStringLiteral("MP4"));
        QCOMPARE(finalPath,
            s.originalsDir() + QLatin1Char('/') + hash.left(2) + QLatin1Char('/') + hash
                + QStringLiteral(".mp4"));
        // Staged under a hidden name of its process, in the final folder, until placed.
        QVERIFY(QFileInfo(*staged).fileName().startsWith(QStringLiteral(".stage-") + owner));
        QCOMPARE(QFileInfo(*staged).absolutePath(), QFileInfo(finalPath).absolutePath());
        const auto listed = *s.files();
        QCOMPARE(listed.size(), 1u);
        QCOMPARE(listed[0].owner, owner);
        QVERIFY(s.place(*staged, finalPath));
        QFile copy(finalPath);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), bytes);
        QCOMPARE(lastDone, bytes.size());
        // Until the record is committed the staged name stays, as a second link of the same
        // file: the sign by which a sweep knows a placed copy of a dead import.
        QCOMPARE(filesUnder(s.originalsDir()).size(), 2);
        const auto both = *s.files();
        QVERIFY(!both[0].identity.isEmpty());
        QCOMPARE(both[0].identity, both[1].identity);
        QVERIFY(s.removeOwned(*staged));  // what the import does once committed
        QCOMPARE(filesUnder(s.originalsDir()), QStringList { finalPath });  // no temp file left
        QVERIFY(s.files()->at(0).owner.isEmpty());
        QVERIFY(s.files()->at(0).identity.isEmpty());  // one name again
        // Set aside (a removal not yet committed) names its process too, and can be put back.
        const auto aside = s.setAside(finalPath, owner);
        QVERIFY(aside && !QFileInfo::exists(finalPath));
        QCOMPARE(s.files()->at(0).owner, owner);
        QVERIFY(s.place(*aside, finalPath));
        QVERIFY(s.removeOwned(*aside));  // as a removal that is rolled back does
        QCOMPARE(filesUnder(s.originalsDir()), QStringList { finalPath });
    }

    void placeReplacesWhatACrashLeftUnderTheFinalName()
    {
        LibraryStorage s(m_dir.filePath(QStringLiteral("lib2b")));
        QVERIFY(s.ensureLayout());
        const QString src = writeSource(QStringLiteral("a.mov"), 1000);
        application::CancellationToken cancel;
        const QString hash = *s.contentHash(src, cancel);
        const QString finalPath = s.originalPath(hash, QStringLiteral("mov"));
        QDir().mkpath(QFileInfo(finalPath).absolutePath());
        QFile half(finalPath);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write("half");
        half.close();
        const auto staged = s.stageOriginal(src, hash, QStringLiteral("p1"), cancel, {});
        QVERIFY(s.place(*staged, finalPath));
        QCOMPARE(QFileInfo(finalPath).size(), 1000);
        QVERIFY(
            !s.place(finalPath, m_dir.filePath(QStringLiteral("outside.mov"))));  // never out of the library
    }

    void fullDiskIsRefusedBeforeWritingAnything()
    {
        LibraryStorage s(m_dir.filePath(QStringLiteral("lib3")), [](const QString&) { return qint64(1024); });
        QVERIFY(s.ensureLayout());
        const QString src = writeSource(QStringLiteral("big.mov"), 2 * 1024 * 1024);
        application::CancellationToken cancel;
        const auto r = s.stageOriginal(src, QString(64, QLatin1Char('b')), QStringLiteral("p1"), cancel, {});
        QCOMPARE(r.error().code, ErrorCode::DiskFull);
        // The message says how much is needed, why more than the file, and how much is free.
        QVERIFY2(r.error().detail.contains(QStringLiteral("2.0 MB")), qPrintable(r.error().detail));
        QVERIFY(r.error().detail.contains(QStringLiteral("kept free")));
        QVERIFY(r.error().detail.contains(QStringLiteral("0.0 MB free")));
        QVERIFY(filesUnder(s.root()).isEmpty());
    }

    void cancelledCopyLeavesNoFile()
    {
        LibraryStorage s(m_dir.filePath(QStringLiteral("lib4")));
        QVERIFY(s.ensureLayout());
        const QString src = writeSource(QStringLiteral("long.mkv"), 8 * 1024 * 1024);
        application::CancellationToken cancel;
        const auto r = s.stageOriginal(
            src, QString(64, QLatin1Char('c')), QStringLiteral("p1"), cancel, [&](qint64 done, qint64) {
                if (done >= 2 * 1024 * 1024)
                    cancel.cancel();
            });
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(filesUnder(s.root()).isEmpty());
    }

    void onlyRegularFilesAreHashed()
    {
        LibraryStorage s(m_dir.filePath(QStringLiteral("lib5b")));
        application::CancellationToken cancel;
        // A device never ends: it must be refused at once, not read forever.
        QCOMPARE(s.contentHash(QStringLiteral("/dev/zero"), cancel).error().code, ErrorCode::NotMedia);
        QCOMPARE(s.contentHash(m_dir.path(), cancel).error().code, ErrorCode::NotMedia);
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
        const auto thumb = s.stageThumbnail(QStringLiteral("p1"), QByteArray("jpeg"));
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
