#include "application/services/import_service.h"
#include "fakes/fake_asset_repository.h"
#include "fakes/fake_clock.h"
#include "fakes/fake_media_probe.h"
#include "fakes/fake_media_storage.h"
#include "fakes/fake_process_registry.h"
#include "fakes/recording_notifier.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::application;
using namespace reelforge::testing;
using domain::ErrorCode;

// GIVEN files on disk WHEN they are imported through the service with in-memory ports THEN the
// library records exactly the usable ones and leaves no trace of the others.
class TestImportService final : public QObject {
    Q_OBJECT

    struct World {
        FakeAssetRepository assets;
        FakeMediaProbe probe;
        FakeMediaStorage storage;
        FakeThumbnailGrabber thumbnails;
        RecordingNotifier notifier;
        FakeClock clock;
        FakeProcessRegistry processes;
        ImportService service { ImportPorts {
            assets, probe, storage, thumbnails, notifier, clock, processes } };

        ImportReport import(const QStringList& paths, domain::ImportMode mode = domain::ImportMode::Copy)
        {
            CancellationToken cancel;
            return service.run({ paths, mode }, cancel);
        }
    };

    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(bytes);
        return path;
    }

private slots:
    void init() { QVERIFY(QDir(m_dir.path()).removeRecursively() && QDir().mkpath(m_dir.path())); }

    void importsAVideoWithTitleThumbnailAndNotification()
    {
        World w;
        const QString path = write(QStringLiteral("my_holiday.mp4"), "VIDEO-1");
        const ImportReport r = w.import({ path });
        QCOMPARE(r.imported.size(), 1u);
        QCOMPARE(r.failed.size(), 0u);
        auto asset = *w.assets.findById(r.imported[0].id);
        QVERIFY(asset.has_value());
        QCOMPARE(asset->title(), QStringLiteral("my holiday"));
        QCOMPARE(asset->originalPath(), path);
        QVERIFY(w.storage.has(asset->storedPath()));
        QVERIFY(w.storage.has(asset->thumbnailPath()));
        QCOMPARE(asset->importedAt(), w.clock.now());
        QCOMPARE(w.notifier.seen().size(), 1u);
        QCOMPARE(w.notifier.seen()[0].kind, QStringLiteral("import.finished"));
    }

    void referenceModeKeepsTheFileWhereItIs()
    {
        World w;
        const QString path = write(QStringLiteral("ref.mov"), "VIDEO-2");
        const ImportReport r = w.import({ path }, domain::ImportMode::Reference);
        QCOMPARE(r.imported.size(), 1u);
        auto asset = *w.assets.findById(r.imported[0].id);
        QCOMPARE(asset->storedPath(), path);
        QCOMPARE(asset->mode(), domain::ImportMode::Reference);
        QCOMPARE(w.storage.fileCount(), 1u);  // only the thumbnail
    }

    void sameContentIsNotImportedTwice()
    {
        World w;
        const QString a = write(QStringLiteral("a.mp4"), "VIDEO-same");
        const QString b = write(QStringLiteral("copy of a.mp4"), "VIDEO-same");
        const ImportReport first = w.import({ a });
        const ImportReport second = w.import({ b });
        QCOMPARE(second.imported.size(), 0u);
        QCOMPARE(second.skipped.size(), 1u);
        QCOMPARE(second.skipped[0].reason, QStringLiteral("duplicate"));
        QCOMPARE(second.skipped[0].existingId, first.imported[0].id);
        QCOMPARE(*w.assets.count(), 1);
    }

    void foldersAreWalkedSkippingHiddenAndNonMediaQuietly()
    {
        World w;
        write(QStringLiteral("shoot/a.mp4"), "VIDEO-a");
        write(QStringLiteral("shoot/day2/b.MOV"), "VIDEO-b");
        write(QStringLiteral("shoot/voice.wav"), "AUDIO-c");
        write(QStringLiteral("shoot/notes.txt"), "hello");
        write(QStringLiteral("shoot/.hidden.mp4"), "VIDEO-h");
        write(QStringLiteral("shoot/.cache/x.mp4"), "VIDEO-x");
        const ImportReport r = w.import({ m_dir.filePath(QStringLiteral("shoot")) });
        QCOMPARE(r.imported.size(), 3u);
        QCOMPARE(r.failed.size(), 0u);
        QCOMPARE(r.skipped.size(), 0u);
    }

    void badFilesFailWithAReasonAndLeaveNothingBehind_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("zero bytes") << "empty.mp4" << QByteArray() << ErrorCode::EmptyFile;
        QTest::newRow("text named .mov") << "notes.mov" << QByteArray("just text") << ErrorCode::NotMedia;
        QTest::newRow("random bytes")
            << "noise.mp4" << QByteArray("\x13\x37\x00\xff", 4) << ErrorCode::NotMedia;
    }

    void badFilesFailWithAReasonAndLeaveNothingBehind()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        World w;
        const QString path = write(name, bytes);
        const ImportReport r = w.import({ path });
        QCOMPARE(r.failed.size(), 1u);
        QCOMPARE(r.failed[0].path, path);
        QCOMPARE(r.failed[0].error.code, code);
        QCOMPARE(*w.assets.count(), 0);
        QCOMPARE(w.storage.fileCount(), 0u);
    }

    void missingPathAndEmptyFolderAreReported()
    {
        World w;
        QDir().mkpath(m_dir.filePath(QStringLiteral("nothing here")));
        write(QStringLiteral("nothing here/readme.txt"), "x");
        const ImportReport r = w.import(
            { m_dir.filePath(QStringLiteral("gone.mp4")), m_dir.filePath(QStringLiteral("nothing here")) });
        QCOMPARE(r.failed.size(), 2u);
        for (const FailedItem& f : r.failed) {
            const bool folder = f.path.endsWith(QStringLiteral("nothing here"));
            QCOMPARE(f.error.code, folder ? ErrorCode::NotMedia : ErrorCode::FileMissing);
        }
    }

    void oneBadFileDoesNotStopTheOthers()
    {
        World w;
        const ImportReport r = w.import({ write(QStringLiteral("1.mp4"), "VIDEO-1"),
            write(QStringLiteral("2.mp4"), ""), write(QStringLiteral("3.mp4"), "VIDEO-3") });
        QCOMPARE(r.imported.size(), 2u);
        QCOMPARE(r.failed.size(), 1u);
    }

    void fullDiskFailsCleanly()
    {
        World w;
        w.storage.freeBytes = 3;
        const ImportReport r = w.import({ write(QStringLiteral("big.mp4"), "VIDEO-big") });
        QCOMPARE(r.failed.size(), 1u);
        QCOMPARE(r.failed[0].error.code, ErrorCode::DiskFull);
        QCOMPARE(*w.assets.count(), 0);
        QCOMPARE(w.storage.fileCount(), 0u);
    }

    void fileThatDisappearsMidImportFailsCleanly()
    {
        World w;
        w.probe.onProbe = [](const QString& path) { QFile::remove(path); };
        const ImportReport r = w.import({ write(QStringLiteral("vanishing.mp4"), "VIDEO-v") });
        QCOMPARE(r.failed.size(), 1u);
        QCOMPARE(r.failed[0].error.code, ErrorCode::FileMissing);
        QCOMPARE(*w.assets.count(), 0);
        QCOMPARE(w.storage.fileCount(), 0u);
    }

    void databaseFailureRollsBackStoredFiles()
    {
        World w;
        w.assets.failNextAdd = true;
        const ImportReport r = w.import({ write(QStringLiteral("x.mp4"), "VIDEO-x") });
        QCOMPARE(r.failed.size(), 1u);
        QCOMPARE(r.failed[0].error.code, ErrorCode::DatabaseError);
        QCOMPARE(w.storage.fileCount(), 0u);
    }

    void anotherProcessRecordingTheSameContentFirstMakesThisOneASkip()
    {
        World w;
        const QString path = write(QStringLiteral("race.mp4"), "VIDEO-race");
        // The other process copied the same content to the same final name and recorded it,
        // between this import's duplicate check and its own record.
        QString winner;
        w.assets.beforeAddUnlessPresent = [&](const domain::MediaAsset& mine) {
            if (!winner.isEmpty())
                return;
            domain::MediaAsset::Fields f { domain::MediaAsset::newId(), QStringLiteral("theirs"), path,
                mine.storedPath(), mine.contentHash(), domain::ImportMode::Copy, w.clock.now(), mine.info(),
                {} };
            winner = f.id;
            w.storage.put(mine.storedPath(), "VIDEO-race");
            QVERIFY(w.assets.add(*domain::MediaAsset::create(f)));
        };
        const ImportReport r = w.import({ path });
        QCOMPARE(r.imported.size(), 0u);
        QCOMPARE(r.failed.size(), 0u);
        QCOMPARE(r.skipped.size(), 1u);
        QCOMPARE(r.skipped[0].existingId, winner);
        QCOMPARE(*w.assets.count(), 1);
        const auto theirs = **w.assets.findById(winner);
        QVERIFY(w.storage.has(theirs.storedPath()));  // the winner's copy is untouched
        QCOMPARE(w.storage.fileCount(), 1u);  // and this import's staged copy and thumbnail are gone
    }

    void aFailedRecordLeavesNoFileBehind()
    {
        World w;
        w.storage.failPlace = true;  // the move into place fails inside the transaction
        const ImportReport r = w.import({ write(QStringLiteral("y.mp4"), "VIDEO-y") });
        QCOMPARE(r.failed.size(), 1u);
        QCOMPARE(r.failed[0].error.code, ErrorCode::IoError);
        QCOMPARE(*w.assets.count(), 0);
        QCOMPARE(w.storage.fileCount(), 0u);
    }

    void cancelStopsBeforeTheNextFile()
    {
        World w;
        CancellationToken cancel;
        int probed = 0;
        w.probe.onProbe = [&](const QString&) {
            if (++probed == 1)
                cancel.cancel();
        };
        const ImportReport r = w.service.run(
            { { write(QStringLiteral("1.mp4"), "VIDEO-1"), write(QStringLiteral("2.mp4"), "VIDEO-2"),
                  write(QStringLiteral("3.mp4"), "VIDEO-3") },
                domain::ImportMode::Copy },
            cancel);
        QVERIFY(r.cancelled);
        QCOMPARE(probed, 1);
        QCOMPARE(r.imported.size(), 0u);  // the hash step saw the cancel: nothing half-imported
        QCOMPARE(*w.assets.count(), 0);
        QCOMPARE(w.storage.fileCount(), 0u);
    }

    void startRunsInTheBackgroundAndReportsProgress()
    {
        World w;
        QSignalSpy finished(&w.service, &ImportService::finished);
        QSignalSpy progressed(&w.service, &ImportService::progressed);
        w.service.start(
            { { write(QStringLiteral("1.mp4"), "VIDEO-1"), write(QStringLiteral("2.mp4"), "VIDEO-2") },
                domain::ImportMode::Copy });
        QVERIFY(finished.wait(5000));
        const auto report = finished.at(0).at(0).value<ImportReport>();
        QCOMPARE(report.imported.size(), 2u);
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.last().at(0).value<Progress>().fraction, 1.0);
        QVERIFY(!w.service.isBusy());
    }
};

QTEST_GUILESS_MAIN(TestImportService)
#include "test_import_service.moc"
