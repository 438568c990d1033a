#include "application/services/library_recovery.h"
#include "fakes/fake_asset_repository.h"
#include "fakes/fake_clock.h"
#include "fakes/fake_media_probe.h"
#include "fakes/fake_media_storage.h"
#include "fakes/fake_process_registry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::application;
using namespace reelforge::testing;
using domain::ErrorCode;

// GIVEN the files a library stored under originals/ and an index that lost them WHEN the
// recovery service rebuilds it THEN every usable file is a record again, named by its hash, and
// nothing else is touched.
class TestLibraryRecovery final : public QObject {
    Q_OBJECT

    struct World {
        FakeAssetRepository assets;
        FakeMediaProbe probe;
        FakeMediaStorage storage;
        FakeThumbnailGrabber thumbnails;
        FakeClock clock;
        FakeProcessRegistry processes;
        LibraryRecovery recovery { RecoveryPorts { assets, probe, storage, thumbnails, clock, processes } };
    };

    QTemporaryDir m_dir;

    static QString sha256(const QByteArray& bytes)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    // A stored original as the library names it: originals/ab/<sha256 of `named`>.mp4.
    StoredOriginal stored(const QByteArray& bytes, const QByteArray& named = {})
    {
        const QString hash = sha256(named.isEmpty() ? bytes : named);
        const QString path = m_dir.filePath(QStringLiteral("originals/%1/%2.mp4").arg(hash.left(2), hash));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(bytes);
        return { path, hash, QDateTime(QDate(2025, 6, 1), QTime(9, 30), Qt::UTC) };
    }

private slots:
    void init() { QVERIFY(QDir(m_dir.path()).removeRecursively() && QDir().mkpath(m_dir.path())); }

    void anEmptyIndexOverStoredFilesIsLost()
    {
        World w;
        QCOMPARE(*w.recovery.lostOriginals(), 0);  // a new library: nothing stored, nothing lost
        w.storage.originals = { stored("VIDEO-a"), stored("VIDEO-b") };
        QCOMPARE(*w.recovery.lostOriginals(), 2);
        CancellationToken cancel;
        QVERIFY(w.recovery.rebuild(cancel));
        QCOMPARE(*w.recovery.lostOriginals(), 0);
    }

    void rebuildRecordsEveryUsableFileAndReportsTheRest()
    {
        World w;
        const StoredOriginal video = stored("VIDEO-holiday");
        const StoredOriginal audio = stored("AUDIO-voice");
        const StoredOriginal changed = stored("VIDEO-changed later", "VIDEO-as stored");
        const StoredOriginal notMedia = stored("notes, not a video");
        w.storage.originals = { video, audio, changed, notMedia };

        CancellationToken cancel;
        const auto report = w.recovery.rebuild(cancel);
        QVERIFY(report);
        QCOMPARE(report->rebuilt.size(), std::size_t(2));
        QCOMPARE(report->failed.size(), std::size_t(2));
        QCOMPARE(report->failed[0].path, changed.path);
        QCOMPARE(report->failed[0].error.code, ErrorCode::MediaUnreadable);
        QVERIFY(report->failed[0].error.message.contains(QLatin1String("does not match")));
        QCOMPARE(report->failed[1].error.code, ErrorCode::NotMedia);
        QVERIFY(
            QFileInfo::exists(changed.path) && QFileInfo::exists(notMedia.path));  // reported, not removed

        const auto asset = *w.assets.findByHash(video.sha256);
        QVERIFY(asset.has_value());
        QCOMPARE(asset->storedPath(), video.path);
        QCOMPARE(asset->mode(), domain::ImportMode::Copy);
        QCOMPARE(asset->title(), video.sha256.left(12));
        QCOMPARE(asset->importedAt(), video.modified);  // about when it was copied in
        QVERIFY(asset->originalPath().isEmpty());  // only the lost index knew
        QVERIFY(w.storage.has(asset->thumbnailPath()));
        QVERIFY((*w.assets.findByHash(audio.sha256))->thumbnailPath().isEmpty());
    }

    void aTitleTagIsTheTitle()
    {
        const StoredOriginal original { QStringLiteral("/lib/originals/ab/x.mp4"),
            QString(64, QLatin1Char('a')), {} };
        domain::MediaInfo info;
        QCOMPARE(LibraryRecovery::titleFor(original, info), QString(12, QLatin1Char('a')));
        info.title = QStringLiteral("  Sunset over the bay ");
        QCOMPARE(LibraryRecovery::titleFor(original, info), QStringLiteral("Sunset over the bay"));
    }

    void aSecondRunLeavesIndexedFilesAlone()
    {
        World w;
        w.storage.originals = { stored("VIDEO-1"), stored("VIDEO-2") };
        CancellationToken cancel;
        QCOMPARE(w.recovery.rebuild(cancel)->rebuilt.size(), std::size_t(2));
        w.storage.originals.push_back(stored("VIDEO-3"));
        QCOMPARE(*w.recovery.unindexedOriginals(), 1);
        const auto again = w.recovery.rebuild(cancel);
        QCOMPARE(again->rebuilt.size(), std::size_t(1));
        QCOMPARE(again->alreadyIndexed.size(), std::size_t(2));
        QCOMPARE(*w.assets.count(), 3);
    }

    void aRecordThatCannotBeWrittenLeavesNoThumbnail()
    {
        World w;
        w.storage.originals = { stored("VIDEO-1") };
        w.assets.failNextAdd = true;
        CancellationToken cancel;
        const auto report = w.recovery.rebuild(cancel);
        QCOMPARE(report->failed.size(), std::size_t(1));
        QCOMPARE(report->failed[0].error.code, ErrorCode::DatabaseError);
        QCOMPARE(w.storage.fileCount(), std::size_t(0));
    }

    void cancellingStopsBeforeTheNextFile()
    {
        World w;
        w.storage.originals = { stored("VIDEO-1"), stored("VIDEO-2") };
        CancellationToken cancel;
        cancel.cancel();
        const auto report = w.recovery.rebuild(cancel);
        QVERIFY(report->cancelled);
        QCOMPARE(*w.assets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLibraryRecovery)
#include "test_library_recovery.moc"
