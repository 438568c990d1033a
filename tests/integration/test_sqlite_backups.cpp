#include "infrastructure/repositories/migrations.h"
#include "infrastructure/repositories/sqlite_asset_repository.h"
#include "infrastructure/repositories/sqlite_backups.h"
#include "infrastructure/repositories/sqlite_database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::infrastructure;
using domain::MediaAsset;

// Rolling backups of a real SQLite library database, and restoring one: consistent copies
// while others write, at most one per interval, the newest kept, and a restore that is all or
// nothing and never runs under another process's feet.
class TestSqliteBackups final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    const QDateTime m_t0 = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);

    MediaAsset asset(const QString& title)
    {
        ++m_n;
        MediaAsset::Fields f;
        f.id = MediaAsset::newId();
        f.title = title;
        f.storedPath = QStringLiteral("/lib/originals/%1.mp4").arg(m_n);
        f.contentHash = QStringLiteral("%1").arg(m_n, 64, 16, QLatin1Char('0'));
        f.importedAt = m_t0;
        f.info.container = QStringLiteral("mov,mp4,m4a,3gp,3g2,mj2");
        f.info.duration = std::chrono::seconds(3);
        domain::AudioStream a;
        a.index = 0;
        a.codec = QStringLiteral("aac");
        a.sampleRate = 48000;
        a.channels = 2;
        f.info.audio.push_back(a);
        return *MediaAsset::create(f);
    }

    QString folder(const QString& name) { return m_dir.filePath(name + QStringLiteral("/backups")); }
    QString database(const QString& name)
    {
        QDir().mkpath(m_dir.filePath(name));
        return m_dir.filePath(name + QStringLiteral("/library.db"));
    }

    static QStringList titles(SqliteAssetRepository& repo)
    {
        QStringList out;
        const auto assets = repo.list({ {}, application::AssetQuery::Sort::Title, -1 });
        for (const MediaAsset& a : *assets)
            out << a.title();
        return out;
    }

private slots:
    void aBackupIsMadeWhenDueAndTheNewestAreKept()
    {
        SqliteDatabase db(database(QStringLiteral("rolling")));
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        SqliteBackups backups(db.path(), folder(QStringLiteral("rolling")));
        // Nothing worth keeping yet: an empty index is never backed up over older copies.
        QVERIFY(!backups.backupIfDue(db, std::chrono::hours(24), 3, m_t0)->has_value());
        QVERIFY(repo.add(asset(QStringLiteral("first"))));
        const auto made = backups.backupIfDue(db, std::chrono::hours(24), 3, m_t0);
        QVERIFY(made && made->has_value());
        QCOMPARE((*made)->name, QStringLiteral("library-20260301-100000.db"));
        QCOMPARE((*made)->assets, 1);
        QVERIFY(!backups.backupIfDue(db, std::chrono::hours(24), 3, m_t0.addSecs(23 * 3600))->has_value());
        for (int day = 1; day <= 4; ++day)
            QVERIFY(backups.backupIfDue(db, std::chrono::hours(24), 3, m_t0.addDays(day))->has_value());
        const auto all = backups.list();
        QCOMPARE(all->size(), std::size_t(3));
        QCOMPARE(all->front().createdAt, m_t0.addDays(4));
        QCOMPARE(all->back().createdAt, m_t0.addDays(2));
        // A clock set back: the newest copy looks like it is from the future, so one is due.
        QVERIFY(backups.backupIfDue(db, std::chrono::hours(24), 3, m_t0.addSecs(-3600))->has_value());
    }

    void aBackupIsOneConsistentSnapshotWhileOthersWrite()
    {
        SqliteDatabase db(database(QStringLiteral("snapshot")));
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        QVERIFY(repo.add(asset(QStringLiteral("committed"))));
        {
            // Another connection in the middle of a write transaction.
            QSqlDatabase writer
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            writer.setDatabaseName(db.path());
            QVERIFY(writer.open());
            QSqlQuery q(writer);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM assets")));
            SqliteBackups backups(db.path(), folder(QStringLiteral("snapshot")));
            const auto made = backups.backupNow(db, m_t0);
            QVERIFY(made);
            QCOMPARE(made->assets, 1);
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            writer.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
        QVERIFY(QDir(folder(QStringLiteral("snapshot")))
                    .entryList(QDir::Files | QDir::Hidden)
                    .filter(QStringLiteral(".tmp"))
                    .isEmpty());
    }

    void restoreBringsBackTheRecordsAndKeepsWhatItReplaced()
    {
        const QString path = database(QStringLiteral("restore"));
        SqliteBackups backups(path, folder(QStringLiteral("restore")));
        {
            SqliteDatabase db(path);
            QVERIFY(db.open());
            SqliteAssetRepository repo(db);
            QVERIFY(repo.add(asset(QStringLiteral("a"))));
            QVERIFY(repo.add(asset(QStringLiteral("b"))));
            QVERIFY(backups.backupNow(db, m_t0));
            QVERIFY(repo.add(asset(QStringLiteral("c (after the backup)"))));
        }
        const auto report = backups.restore(QString(), m_t0.addDays(1));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->restored.assets, 2);
        QVERIFY(QFileInfo::exists(report->previousCopy));
        SqliteDatabase db(path);
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        QCOMPARE(titles(repo), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        // What was replaced can itself be restored.
        const auto all = backups.list();
        QCOMPARE(all->front().name, QStringLiteral("before-restore-20260302-100000.db"));
        QCOMPARE(all->front().assets, 3);
    }

    void restoreRefusesWhileAnotherConnectionIsOpen()
    {
        const QString path = database(QStringLiteral("busy"));
        SqliteDatabase db(path);
        QVERIFY(db.open());
        SqliteAssetRepository repo(db);
        QVERIFY(repo.add(asset(QStringLiteral("kept"))));
        SqliteBackups backups(path, folder(QStringLiteral("busy")));
        QVERIFY(backups.backupNow(db, m_t0));
        QVERIFY(repo.add(asset(QStringLiteral("still here"))));
        const auto refused = backups.restore(QString(), m_t0);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, domain::ErrorCode::LibraryInUse);
        QCOMPARE(*repo.count(), 2);  // untouched
    }

    void anOlderBackupIsBroughtToTheCurrentSchema()
    {
        const QString path = database(QStringLiteral("old"));
        const QString old = m_dir.filePath(QStringLiteral("old/backups/library-20250101-000000.db"));
        QDir().mkpath(QFileInfo(old).absolutePath());
        {
            // A backup made by a version whose schema stopped at migration 4.
            QSqlDatabase made = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            made.setDatabaseName(old);
            QVERIFY(made.open());
            QSqlQuery q(made);
            for (int version = 1; version <= 4; ++version)
                for (const QString& sql : schemaMigrations()[static_cast<std::size_t>(version - 1)])
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO assets (id, title, original_path, stored_path, "
                                          "content_hash, import_mode, imported_at, "
                                          "media_info) VALUES ('x', 'from 2025', '', '/lib/x.mp4', '%1', "
                                          "'copy', '2025-01-01T00:00:00.000Z', "
                                          "'{\"container\":\"wav\",\"durationUs\":1000000,\"audio\":[{"
                                          "\"index\":0,\"codec\":\"pcm_s16le\","
                                          "\"sampleRate\":48000,\"channels\":1}]}')")
                               .arg(QString(64, QLatin1Char('e')))));
            made.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        SqliteBackups backups(path, folder(QStringLiteral("old")));
        const auto report = backups.restore(QStringLiteral("library-20250101-000000.db"), m_t0);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        SqliteDatabase db(path);
        QVERIFY(db.open());
        QCOMPARE(db.schemaVersion(), static_cast<int>(schemaMigrations().size()));
        SqliteAssetRepository repo(db);
        QCOMPARE(titles(repo), QStringList { QStringLiteral("from 2025") });
        QVERIFY(!backups.restore(QStringLiteral("library-19990101-000000.db"), m_t0));
    }

    void backingUpTenThousandAssets()
    {
        // Not a pass/fail figure: printed for docs/benchmarks.md (bench_library measures it too).
        SqliteDatabase db(database(QStringLiteral("big")));
        QVERIFY(db.open());
        QVERIFY(db.transaction([&](QSqlDatabase& tx) -> domain::Status {
            QSqlQuery q(tx);
            q.prepare(QStringLiteral(
                "INSERT INTO assets (id, title, original_path, stored_path, content_hash, "
                "import_mode, imported_at, media_info) VALUES (?, ?, '', ?, ?, 'copy', ?, ?)"));
            const QString info
                = QStringLiteral("{\"container\":\"mov,mp4,m4a,3gp,3g2,mj2\",\"durationUs\":60000000,"
                                 "\"video\":[{\"index\":0,\"codec\":\"h264\",\"width\":1920,"
                                 "\"height\":1080,\"frameRate\":\"30/1\"}],\"audio\":[{\"index\":1,"
                                 "\"codec\":\"aac\",\"sampleRate\":48000,\"channels\":2}]}");
            for (int i = 0; i < 10000; ++i) {
                q.addBindValue(QStringLiteral("id-%1").arg(i));
                q.addBindValue(QStringLiteral("Clip number %1 from the holiday").arg(i));
                q.addBindValue(QStringLiteral("/lib/originals/%1.mp4").arg(i));
                q.addBindValue(QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')));
                q.addBindValue(m_t0.toString(Qt::ISODateWithMs));
                q.addBindValue(info);
                if (!q.exec())
                    return domain::fail(domain::ErrorCode::DatabaseError, QStringLiteral("insert"));
            }
            return domain::ok();
        }));
        SqliteBackups backups(db.path(), folder(QStringLiteral("big")));
        QElapsedTimer t;
        t.start();
        const auto made = backups.backupNow(db, m_t0);
        const qint64 ms = t.elapsed();
        QVERIFY(made);
        QCOMPARE(made->assets, 10000);
        qInfo("backup of 10,000 assets: %lld ms, %lld KB", ms, made->sizeBytes / 1024);
    }
};

QTEST_GUILESS_MAIN(TestSqliteBackups)
#include "test_sqlite_backups.moc"
