#include "support/media_fixtures.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge::testing;

// A library whose index (library.db) is lost must not silently become a new, empty library:
// the real CLI refuses it, `library rebuild` brings every stored file back as a usable asset,
// `library restore` brings back an automatic backup's records.
class TestLibraryRecovery final : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
        QJsonObject error() const
        {
            return QJsonDocument::fromJson(err).object().value(QStringLiteral("error")).toObject();
        }
    };

    QTemporaryDir m_dir;
    QStringList m_clips;
    QString m_titled;  // a clip whose container has a title tag

    Run cli(const QString& library, const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("REELFORGE_LIBRARY"));
        p.setProcessEnvironment(env);
        p.start(cliPath(), QStringList { QStringLiteral("--library"), library } + args);
        if (!p.waitForFinished(180000))
            qWarning() << "cli timed out";
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }

    QString library(const QString& name)
    {
        const QString lib = m_dir.filePath(name);
        const Run imp = cli(lib,
            QStringList { QStringLiteral("import") } + m_clips + QStringList { QStringLiteral("--json") });
        if (imp.exitCode != 0)
            qWarning() << imp.err;
        return lib;
    }

    // id -> {title, contentHash, path} of every asset, as `show` reports them.
    QMap<QString, QJsonObject> assets(const QString& lib)
    {
        QMap<QString, QJsonObject> out;
        const Run list = cli(lib, { QStringLiteral("list"), QStringLiteral("--json") });
        for (const QJsonValue& v : list.json().array()) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            out.insert(
                id, cli(lib, { QStringLiteral("show"), id, QStringLiteral("--json") }).json().object());
        }
        return out;
    }

    static QStringList hashes(const QMap<QString, QJsonObject>& assets)
    {
        QStringList out;
        for (const QJsonObject& a : assets)
            out << a.value(QStringLiteral("contentHash")).toString();
        out.sort();
        return out;
    }

    // Every stored original with the sha256 of its bytes.
    static QStringList originals(const QString& lib)
    {
        QStringList out;
        QDirIterator it(lib + QStringLiteral("/originals"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                out << path + QLatin1Char(' ')
                        + QString::fromLatin1(
                            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        }
        out.sort();
        return out;
    }

    static void dropIndex(const QString& lib)
    {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(lib + QStringLiteral("/library.db") + suffix);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!cliPath().isEmpty());
        const QString media = m_dir.filePath(QStringLiteral("media"));
        QDir().mkpath(media);
        m_clips << media + QStringLiteral("/beach.mp4");
        QVERIFY(makeClip(m_clips.back(), {}));
        ClipSpec titled;
        titled.source = QStringLiteral("smptebars");
        titled.extraOutputArgs = { QStringLiteral("-metadata"), QStringLiteral("title=Sunset over the bay") };
        m_titled = media + QStringLiteral("/sunset.mov");
        m_clips << m_titled;
        QVERIFY(makeClip(m_titled, titled));
        ClipSpec voice;
        voice.video = false;
        voice.audioCodec = QStringLiteral("pcm_s16le");
        m_clips << media + QStringLiteral("/voice.wav");
        QVERIFY(makeClip(m_clips.back(), voice));
    }

    void aDeletedIndexIsRefusedNotReplacedByAnEmptyLibrary()
    {
        const QString lib = library(QStringLiteral("lib-deleted"));
        QCOMPARE(assets(lib).size(), 3);
        dropIndex(lib);

        const Run list = cli(lib, { QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 1);
        QCOMPARE(list.error().value(QStringLiteral("code")).toString(), QStringLiteral("LibraryIndexLost"));
        const QString message = list.error().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("library rebuild"))
                && message.contains(QLatin1String("library restore")),
            qPrintable(message));
        QVERIFY(message.contains(QLatin1String("3 files")));
        QVERIFY(!QFileInfo::exists(lib + QStringLiteral("/library.db")));  // nothing was created in its place
        const Run import = cli(lib, { QStringLiteral("import"), m_clips.front() });
        QCOMPARE(import.exitCode, 1);
        QVERIFY(import.err.contains("LibraryIndexLost"));
        const Run plain = cli(lib, { QStringLiteral("list") });
        QCOMPARE(plain.exitCode, 1);
        QVERIFY(plain.err.contains("[LibraryIndexLost]"));
    }

    void anEmptyIndexIsRefusedToo()
    {
        const QString lib = library(QStringLiteral("lib-empty"));
        QFile db(lib + QStringLiteral("/library.db"));
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));  // 0 bytes: SQLite would start afresh
        db.close();
        QFile::remove(lib + QStringLiteral("/library.db-wal"));
        QFile::remove(lib + QStringLiteral("/library.db-shm"));
        Run list = cli(lib, { QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.error().value(QStringLiteral("code")).toString(), QStringLiteral("LibraryIndexLost"));

        // A valid database with no assets at all (a new library's) over a library's files.
        const QString fresh = m_dir.filePath(QStringLiteral("lib-fresh"));
        QCOMPARE(cli(fresh, { QStringLiteral("list") }).exitCode, 0);
        dropIndex(lib);
        QVERIFY(QFile::copy(fresh + QStringLiteral("/library.db"), lib + QStringLiteral("/library.db")));
        list = cli(lib, { QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 1);
        QCOMPARE(list.error().value(QStringLiteral("code")).toString(), QStringLiteral("LibraryIndexLost"));
        QVERIFY(
            list.error().value(QStringLiteral("message")).toString().contains(QLatin1String("no assets")));
    }

    void hiddenTemporaryFilesAreNotLibraryFiles()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-temp-only"));
        QDir().mkpath(lib + QStringLiteral("/originals/ab"));
        QFile temp(lib + QStringLiteral("/originals/ab/.ab12.mp4.partial"));
        QVERIFY(temp.open(QIODevice::WriteOnly));
        temp.write("half a copy");
        temp.close();
        const Run list = cli(lib, { QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), 0);
    }

    void rebuildBringsBackEveryFileAsAUsableAsset()
    {
        const QString lib = library(QStringLiteral("lib-rebuild"));
        const QMap<QString, QJsonObject> before = assets(lib);
        const QStringList files = originals(lib);
        QCOMPARE(files.size(), 3);
        dropIndex(lib);

        const Run rebuild
            = cli(lib, { QStringLiteral("library"), QStringLiteral("rebuild"), QStringLiteral("--json") });
        QCOMPARE(rebuild.exitCode, 0);
        const QJsonObject report = rebuild.json().object();
        QCOMPARE(report.value(QStringLiteral("rebuilt")).toArray().size(), 3);
        QCOMPARE(report.value(QStringLiteral("failed")).toArray().size(), 0);

        const QMap<QString, QJsonObject> after = assets(lib);
        QCOMPARE(after.size(), 3);
        QCOMPARE(hashes(after), hashes(before));
        QCOMPARE(originals(lib), files);  // the files themselves are untouched
        QStringList titles;
        for (const QJsonObject& a : after) {
            titles << a.value(QStringLiteral("title")).toString();
            QCOMPARE(a.value(QStringLiteral("importMode")).toString(), QStringLiteral("copy"));
            QVERIFY(
                a.value(QStringLiteral("path")).toString().startsWith(lib + QStringLiteral("/originals/")));
            const bool video = !a.value(QStringLiteral("media"))
                                    .toObject()
                                    .value(QStringLiteral("video"))
                                    .toArray()
                                    .isEmpty();
            QCOMPARE(QFileInfo::exists(a.value(QStringLiteral("thumbnailPath")).toString()), video);
        }
        QVERIFY2(titles.contains(QStringLiteral("Sunset over the bay")),
            qPrintable(titles.join(QLatin1Char(','))));

        // A rebuilt asset is processed like an imported one.
        QString beach;
        for (const QJsonObject& a : after)
            if (a.value(QStringLiteral("media"))
                    .toObject()
                    .value(QStringLiteral("container"))
                    .toString()
                    .contains(QLatin1String("mp4"))
                && a.value(QStringLiteral("title")).toString() != QLatin1String("Sunset over the bay"))
                beach = a.value(QStringLiteral("id")).toString();
        QVERIFY(!beach.isEmpty());
        const QString out = m_dir.filePath(QStringLiteral("out-rebuilt"));
        const Run process = cli(lib,
            { QStringLiteral("process"), beach, QStringLiteral("--preset"), QStringLiteral("web-small-720p"),
                QStringLiteral("--out"), out, QStringLiteral("--json") });
        QCOMPARE(process.exitCode, 0);
        const QJsonObject job
            = process.json().object().value(QStringLiteral("jobs")).toArray().at(0).toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QVERIFY(QFileInfo(job.value(QStringLiteral("artifacts"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("path"))
                              .toString())
                    .size()
            > 0);

        // Running it again changes nothing.
        const Run again
            = cli(lib, { QStringLiteral("library"), QStringLiteral("rebuild"), QStringLiteral("--json") });
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.json().object().value(QStringLiteral("rebuilt")).toArray().size(), 0);
        QCOMPARE(again.json().object().value(QStringLiteral("alreadyIndexed")).toArray().size(), 3);
    }

    void rebuildReportsAFileThatNoLongerMatchesItsName()
    {
        const QString lib = library(QStringLiteral("lib-tampered"));
        dropIndex(lib);
        const QStringList files = originals(lib);
        const QString tampered = files.front().section(QLatin1Char(' '), 0, 0);
        QFile f(tampered);
        QVERIFY(f.open(QIODevice::Append));
        f.write("changed after it was stored");
        f.close();
        const QStringList changed = originals(lib);

        const Run rebuild
            = cli(lib, { QStringLiteral("library"), QStringLiteral("rebuild"), QStringLiteral("--json") });
        QCOMPARE(rebuild.exitCode, 1);
        const QJsonObject report = rebuild.json().object();
        QCOMPARE(report.value(QStringLiteral("rebuilt")).toArray().size(), 2);
        const QJsonArray failed = report.value(QStringLiteral("failed")).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).toObject().value(QStringLiteral("path")).toString(), tampered);
        const QJsonObject error = failed.at(0).toObject().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("MediaUnreadable"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QLatin1String("does not match")));
        QCOMPARE(originals(lib), changed);  // reported, never deleted
    }

    void restoreBringsBackTheNewestBackup()
    {
        const QString lib = library(QStringLiteral("lib-restore"));
        const QMap<QString, QJsonObject> before = assets(lib);  // opening a library with assets backs it up
        const Run backups
            = cli(lib, { QStringLiteral("library"), QStringLiteral("backups"), QStringLiteral("--json") });
        QCOMPARE(backups.exitCode, 0);
        QCOMPARE(backups.json().array().size(), 1);
        const QJsonObject backup = backups.json().array().at(0).toObject();
        QVERIFY(backup.value(QStringLiteral("name")).toString().startsWith(QLatin1String("library-")));
        QCOMPARE(backup.value(QStringLiteral("assets")).toInt(), 3);
        dropIndex(lib);
        QCOMPARE(cli(lib, { QStringLiteral("list") }).exitCode, 1);

        const Run restore
            = cli(lib, { QStringLiteral("library"), QStringLiteral("restore"), QStringLiteral("--json") });
        QCOMPARE(restore.exitCode, 0);
        const QJsonObject report = restore.json().object();
        QCOMPARE(
            report.value(QStringLiteral("restored")).toObject().value(QStringLiteral("assets")).toInt(), 3);
        QCOMPARE(report.value(QStringLiteral("unindexedOriginals")).toInt(), 0);
        const QMap<QString, QJsonObject> after = assets(lib);
        QCOMPARE(after.keys(), before.keys());  // the same records: ids, titles, where they came from
        for (const QString& id : before.keys()) {
            QCOMPARE(after[id].value(QStringLiteral("title")), before[id].value(QStringLiteral("title")));
            QCOMPARE(after[id].value(QStringLiteral("originalPath")),
                before[id].value(QStringLiteral("originalPath")));
        }
    }

    void restoreNamesFilesImportedAfterTheBackup()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-restore-newer"));
        QCOMPARE(cli(lib, { QStringLiteral("import"), m_clips[0] }).exitCode, 0);
        QCOMPARE(cli(lib, { QStringLiteral("list") }).exitCode, 0);  // backed up with one asset
        QCOMPARE(cli(lib, { QStringLiteral("import"), m_clips[1] }).exitCode, 0);  // not due again today
        dropIndex(lib);
        const Run restore = cli(lib, { QStringLiteral("library"), QStringLiteral("restore") });
        QCOMPARE(restore.exitCode, 0);
        QVERIFY2(restore.out.contains("library rebuild"), restore.out.constData());
        QCOMPARE(cli(lib, { QStringLiteral("list"), QStringLiteral("--json") }).json().array().size(), 1);
        QCOMPARE(cli(lib, { QStringLiteral("library"), QStringLiteral("rebuild") }).exitCode, 0);
        QCOMPARE(cli(lib, { QStringLiteral("list"), QStringLiteral("--json") }).json().array().size(), 2);
    }

    void restoreRefusesWhileTheLibraryIsInUse()
    {
        const QString lib = library(QStringLiteral("lib-in-use"));
        QCOMPARE(cli(lib, { QStringLiteral("list") }).exitCode, 0);
        {
            QSqlDatabase other
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(lib + QStringLiteral("/library.db"));
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM assets")) && q.next());
            q.finish();  // connected but idle, as a studio waiting for the creator is
            const Run busy = cli(
                lib, { QStringLiteral("library"), QStringLiteral("restore"), QStringLiteral("--json") });
            QCOMPARE(busy.exitCode, 1);
            QCOMPARE(busy.error().value(QStringLiteral("code")).toString(), QStringLiteral("LibraryInUse"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QCOMPARE(cli(lib, { QStringLiteral("library"), QStringLiteral("restore") }).exitCode, 0);
    }

    void backupsRollAndAreMadeAtMostOncePerDay()
    {
        const QString lib = library(QStringLiteral("lib-rolling"));
        const QString folder = lib + QStringLiteral("/backups");
        QCOMPARE(cli(lib, { QStringLiteral("list") }).exitCode, 0);
        QStringList names
            = QDir(folder).entryList({ QStringLiteral("library-*.db") }, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 1);
        QCOMPARE(cli(lib, { QStringLiteral("list") }).exitCode, 0);
        QCOMPARE(
            QDir(folder).entryList({ QStringLiteral("library-*.db") }, QDir::Files).size(), 1);  // not due

        // Eight older backups: the next open makes a new one and keeps the seven newest.
        QVERIFY(QFile::rename(folder + QLatin1Char('/') + names.front(),
            folder + QStringLiteral("/library-20200101-000000.db")));
        for (int day = 2; day <= 8; ++day)
            QVERIFY(QFile::copy(folder + QStringLiteral("/library-20200101-000000.db"),
                folder + QStringLiteral("/library-202001%1-000000.db").arg(day, 2, 10, QLatin1Char('0'))));
        QCOMPARE(cli(lib, { QStringLiteral("list") }).exitCode, 0);
        names = QDir(folder).entryList({ QStringLiteral("library-*.db") }, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 7);
        QCOMPARE(names.front(), QStringLiteral("library-20200103-000000.db"));
        QVERIFY(names.back() > QStringLiteral("library-2020"));
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibraryRecovery)
#include "test_library_recovery.moc"
