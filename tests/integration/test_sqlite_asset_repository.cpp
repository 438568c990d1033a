#include "infrastructure/repositories/migrations.h"
#include "infrastructure/repositories/sqlite_asset_repository.h"
#include "infrastructure/repositories/sqlite_database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace reelforge;
using namespace reelforge::infrastructure;
using domain::MediaAsset;

class TestSqliteAssetRepository final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    MediaAsset makeAsset(const QString& title, int seconds, int minutesAfter = 0)
    {
        return *MediaAsset::create(fieldsOf(title, seconds, minutesAfter));
    }

    MediaAsset::Fields fieldsOf(const QString& title, int seconds, int minutesAfter = 0)
    {
        ++m_n;
        MediaAsset::Fields f;
        f.id = MediaAsset::newId();
        f.title = title;
        f.originalPath = QStringLiteral("/in/%1.mp4").arg(title);
        f.storedPath = QStringLiteral("/lib/originals/%1.mp4").arg(m_n);
        f.contentHash = QStringLiteral("%1").arg(m_n, 64, 16, QLatin1Char('0'));
        f.importedAt = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(60LL * minutesAfter);
        f.info.container = QStringLiteral("mov,mp4,m4a,3gp,3g2,mj2");
        f.info.duration = std::chrono::seconds(seconds);
        f.info.sizeBytes = 1234;
        domain::VideoStream v;
        v.index = 0;
        v.codec = QStringLiteral("hevc");
        v.profile = QStringLiteral("Main 10");
        v.width = 3840;
        v.height = 2160;
        v.frameRate = { 30000, 1001 };
        v.pixelFormat = QStringLiteral("yuv420p10le");
        v.rotation = 90;
        v.color = { QStringLiteral("bt2020nc"), QStringLiteral("bt2020"), QStringLiteral("smpte2084"),
            QStringLiteral("tv"), 10 };
        f.info.video.push_back(v);
        f.info.audio.push_back(
            { 1, QStringLiteral("aac"), 48000, 6, QStringLiteral("5.1"), QStringLiteral("eng") });
        f.info.subtitles.push_back({ 2, QStringLiteral("subrip"), QStringLiteral("fra") });
        f.thumbnailPath = QStringLiteral("/lib/thumbnails/x.jpg");
        return f;
    }

private slots:
    void migratesAFreshFileToTheLatestSchemaWithWal()
    {
        SqliteDatabase db(m_dir.filePath(QStringLiteral("fresh.db")));
        QVERIFY(db.open());
        QCOMPARE(db.schemaVersion(), static_cast<int>(schemaMigrations().size()));
        QSqlQuery q(*db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(db.open());  // opening again is a no-op
    }

    void refusesALibraryFromTheFuture()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.db"));
        {
            SqliteDatabase db(path);
            QVERIFY(db.open());
            QSqlQuery q(*db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        SqliteDatabase db(path);
        const auto s = db.open();
        QVERIFY(!s);
        QCOMPARE(s.error().code, domain::ErrorCode::DatabaseError);
    }

    void everyFieldSurvivesAReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.db"));
        const MediaAsset asset = makeAsset(QStringLiteral("Drone shot"), 42);
        {
            SqliteDatabase db(path);
            QVERIFY(db.open());
            SqliteAssetRepository repo(db);
            QVERIFY(repo.add(asset));
        }
        SqliteDatabase db(path);
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        const auto found = *repo.findById(asset.id());
        QVERIFY(found.has_value());
        QCOMPARE(found->fields().info, asset.info());
        QCOMPARE(found->title(), asset.title());
        QCOMPARE(found->originalPath(), asset.originalPath());
        QCOMPARE(found->storedPath(), asset.storedPath());
        QCOMPARE(found->importedAt(), asset.importedAt());
        QCOMPARE(found->thumbnailPath(), asset.thumbnailPath());
        QCOMPARE((*repo.findByHash(asset.contentHash()))->id(), asset.id());
        QVERIFY(!repo.findById(QStringLiteral("nope"))->has_value());
    }

    void sameHashTwiceIsADuplicateAndChangesNothing()
    {
        SqliteDatabase db(m_dir.filePath(QStringLiteral("dup.db")));
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        const MediaAsset a = makeAsset(QStringLiteral("a"), 1);
        QVERIFY(repo.add(a));
        auto f = a.fields();
        f.id = MediaAsset::newId();
        const auto s = repo.add(*MediaAsset::create(f));
        QCOMPARE(s.error().code, domain::ErrorCode::Duplicate);
        QCOMPARE(*repo.count(), 1);
    }

    void listSortsAndSearches()
    {
        SqliteDatabase db(m_dir.filePath(QStringLiteral("list.db")));
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        QVERIFY(repo.add(makeAsset(QStringLiteral("Beach 50% off"), 30, 1)));
        QVERIFY(repo.add(makeAsset(QStringLiteral("alpine"), 90, 2)));
        QVERIFY(repo.add(makeAsset(QStringLiteral("City_night"), 10, 3)));
        const auto titles = [&](const application::AssetQuery& q) {
            QStringList out;
            const auto listed = repo.list(q);
            for (const auto& a : *listed)
                out << a.title();
            return out;
        };
        using Sort = application::AssetQuery::Sort;
        QCOMPARE(titles({ {}, Sort::ImportedDesc, -1 }),
            (QStringList { "City_night", "alpine", "Beach 50% off" }));
        QCOMPARE(
            titles({ {}, Sort::ImportedAsc, -1 }), (QStringList { "Beach 50% off", "alpine", "City_night" }));
        QCOMPARE(titles({ {}, Sort::Title, -1 }), (QStringList { "alpine", "Beach 50% off", "City_night" }));
        QCOMPARE(
            titles({ {}, Sort::Duration, -1 }), (QStringList { "alpine", "Beach 50% off", "City_night" }));
        QCOMPARE(titles({ QStringLiteral("ALP"), Sort::Title, -1 }), QStringList { "alpine" });
        QCOMPARE(titles({ QStringLiteral("50%"), Sort::Title, -1 }), QStringList { "Beach 50% off" });
        QCOMPARE(titles({ QStringLiteral("_"), Sort::Title, -1 }), QStringList { "City_night" });
        QCOMPARE(titles({ {}, Sort::Title, 2 }).size(), 2);
    }

    void summariesMatchTheFullAssets()
    {
        SqliteDatabase db(m_dir.filePath(QStringLiteral("summaries.db")));
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        QVERIFY(repo.add(makeAsset(QStringLiteral("portrait"), 12, 1)));  // rotated 90: 2160x3840 on screen
        auto f = makeAsset(QStringLiteral("audio"), 5, 2).fields();
        f.id = MediaAsset::newId();
        f.contentHash = QString(64, QLatin1Char('e'));
        f.info.video.clear();
        QVERIFY(repo.add(*MediaAsset::create(f)));
        const auto assets = repo.list({});
        const auto summaries = repo.listSummaries({});
        QCOMPARE(summaries->size(), assets->size());
        for (std::size_t i = 0; i < assets->size(); ++i) {
            const auto expected = application::AssetSummary::from((*assets)[i]);
            const auto& got = (*summaries)[i];
            QCOMPARE(got.id, expected.id);
            QCOMPARE(got.title, expected.title);
            QCOMPARE(got.path, expected.path);
            QCOMPARE(got.durationSeconds, expected.durationSeconds);
            QCOMPARE(got.width, expected.width);
            QCOMPARE(got.height, expected.height);
            QCOMPARE(got.sizeBytes, expected.sizeBytes);
            QCOMPARE(got.container, expected.container);
            QCOMPARE(got.videoCodec, expected.videoCodec);
            QCOMPARE(got.audioCodec, expected.audioCodec);
            QCOMPARE(got.importedAt, expected.importedAt);
            QCOMPARE(got.thumbnailPath, expected.thumbnailPath);
        }
        QCOMPARE((*summaries)[1].width, 2160);
        QCOMPARE((*summaries)[1].height, 3840);
    }

    void removeAndThumbnailUpdate()
    {
        SqliteDatabase db(m_dir.filePath(QStringLiteral("rm.db")));
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        const MediaAsset a = makeAsset(QStringLiteral("x"), 1);
        QVERIFY(repo.add(a));
        QVERIFY(repo.setThumbnail(a.id(), QStringLiteral("/t.jpg")));
        QCOMPARE((*repo.findById(a.id()))->thumbnailPath(), QStringLiteral("/t.jpg"));
        int moved = 0;
        const application::FileMoves count { [&] {
                                                ++moved;
                                                return domain::ok();
                                            },
            {} };
        QVERIFY(repo.remove(a.id(), count));
        QCOMPARE(moved, 1);  // the files are set aside in the same transaction
        QCOMPARE(repo.remove(a.id(), count).error().code, domain::ErrorCode::NotFound);
        QCOMPARE(moved, 1);  // nothing to remove: nothing moved
        QCOMPARE(*repo.count(), 0);
    }

    void addUnlessPresentChecksMovesAndInsertsAsOne()
    {
        SqliteDatabase db(m_dir.filePath(QStringLiteral("unless.db")));
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        const MediaAsset first = makeAsset(QStringLiteral("first"), 7);
        QStringList calls;
        const application::FileMoves moves { [&] {
                                                calls << QStringLiteral("apply");
                                                return domain::ok();
                                            },
            [&] { calls << QStringLiteral("undo"); } };
        auto added = repo.addUnlessPresent(first, moves);
        QVERIFY(added && !added->has_value());
        QCOMPARE(calls, QStringList { QStringLiteral("apply") });
        // The same content again (another process, another id): nothing moved, the owner named.
        MediaAsset::Fields f = fieldsOf(QStringLiteral("second"), 8);
        f.contentHash = first.contentHash();
        auto again = repo.addUnlessPresent(*MediaAsset::create(f), moves);
        QVERIFY(again && again->has_value());
        QCOMPARE(**again, first.id());
        QCOMPARE(calls.size(), 1);
        // A failure after the files moved puts them back before the rollback.
        MediaAsset::Fields clash = fieldsOf(QStringLiteral("clash"), 9);
        clash.id = first.id();  // new content, but an id in use: the insert fails
        auto failed = repo.addUnlessPresent(*MediaAsset::create(clash), moves);
        QVERIFY(!failed);
        QCOMPARE(calls,
            (QStringList { QStringLiteral("apply"), QStringLiteral("apply"), QStringLiteral("undo") }));
        QCOMPARE(*repo.count(), 1);
    }

    void sweepSeesEveryReferencedFile()
    {
        SqliteDatabase db(m_dir.filePath(QStringLiteral("sweep.db")));
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        const MediaAsset a = makeAsset(QStringLiteral("s1"), 11);
        QVERIFY(repo.add(a));
        QVERIFY(repo.setThumbnail(a.id(), QStringLiteral("/lib/thumbnails/s1.jpg")));
        QSet<QString> seen;
        QVERIFY(repo.sweepUnreferenced([&](const QSet<QString>& referenced) {
            seen = referenced;
            return domain::ok();
        }));
        QCOMPARE(seen, (QSet<QString> { a.storedPath(), QStringLiteral("/lib/thumbnails/s1.jpg") }));
    }

    void threadsEachUseTheirOwnConnection()
    {
        SqliteDatabase db(m_dir.filePath(QStringLiteral("threads.db")));
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        std::vector<MediaAsset> assets;
        for (int i = 0; i < 40; ++i)
            assets.push_back(makeAsset(QStringLiteral("t%1").arg(i), i));
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        std::atomic<int> ok { 0 };
        QtConcurrent::blockingMap(&pool, assets, [&](const MediaAsset& a) {
            if (repo.add(a) && repo.findById(a.id())->has_value())
                ++ok;
        });
        QCOMPARE(ok.load(), 40);
        QCOMPARE(*repo.count(), 40);
    }

    void aFullDiskIsDiskFullAndNamesTheDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("full.db"));
        SqliteDatabase db(path);
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        QVERIFY(repo.add(makeAsset(QStringLiteral("fits"), 1)));
        // Once the file may not grow any more SQLite answers SQLITE_FULL, as on a full disk.
        QSqlQuery q(*db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt())));
        q.finish();
        int added = 1;
        domain::Status s = domain::ok();
        while (s && added < 500) {
            s = repo.add(
                makeAsset(QStringLiteral("long %1 ").arg(added) + QString(3000, QLatin1Char('x')), 1));
            if (s)
                ++added;
        }
        QVERIFY(!s);
        QCOMPARE(s.error().code, domain::ErrorCode::DiskFull);
        QCOMPARE(s.error().message, QStringLiteral("the disk holding the library is full"));
        QVERIFY2(s.error().detail.startsWith(path), qPrintable(s.error().detail));
        QVERIFY(!s.error().toString().startsWith(QLatin1String("database error")));
        QCOMPARE(*repo.count(), added);  // the asset that did not fit left nothing behind
    }

    void aWriteToAReadOnlyConnectionIsLibraryReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("ro.db"));
        {
            SqliteDatabase db(path);
            QVERIFY(db.open());
        }
        {
            QSqlDatabase ro = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ro"));
            ro.setDatabaseName(path);
            ro.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(ro.open());
            QSqlQuery q(ro);
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM assets")));
            const domain::Error e = sqlError(QStringLiteral("delete"), q);
            QCOMPARE(e.code, domain::ErrorCode::LibraryReadOnly);
            QCOMPARE(e.message, QStringLiteral("the library is read-only"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("ro"));
    }
};

QTEST_GUILESS_MAIN(TestSqliteAssetRepository)
#include "test_sqlite_asset_repository.moc"
