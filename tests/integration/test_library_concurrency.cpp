#include "support/cli_runner.h"
#include "support/media_fixtures.h"
#include "wiring/app_context.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <filesystem>

using namespace reelforge;
using namespace reelforge::testing;

// Several real reelforge-cli processes on one library at once: imports racing on the same
// content, queue runners racing on the same jobs, kills in the middle. Afterwards the library
// must be whole: every record's file there and intact, every job run once into a valid output,
// nothing left over, and the database consistent.
class TestLibraryConcurrency final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_base;  // a short clip every other clip is remuxed from
    QString m_long;  // long enough to be caught running
    int m_clips = 0;
    QElapsedTimer m_timer;

    CliRunner cli(const QString& library) const
    {
        return CliRunner(library, m_dir.filePath(QStringLiteral("config")));
    }

    QString library(const QString& name) const { return m_dir.filePath(QStringLiteral("lib-") + name); }

    // `n` distinct valid clips in `folder`: the base clip remuxed, each with its own title.
    QStringList makeClips(const QString& folder, int n)
    {
        QDir().mkpath(folder);
        QStringList paths;
        for (int i = 0; i < n; ++i) {
            const int number = ++m_clips;
            const QString path
                = QStringLiteral("%1/clip%2.mp4").arg(folder).arg(number, 3, 10, QLatin1Char('0'));
            if (!runFfmpeg({ QStringLiteral("-i"), m_base, QStringLiteral("-c"), QStringLiteral("copy"),
                    QStringLiteral("-metadata"), QStringLiteral("title=clip %1").arg(number), path }))
                return {};
            paths << path;
        }
        return paths;
    }

    static QString sha256(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        return QString::fromLatin1(hash.result().toHex());
    }

    static QStringList filesUnder(const QString& folder, bool hiddenOnly = false)
    {
        QStringList out;
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!hiddenOnly || it.fileName().startsWith(QLatin1Char('.')))
                out << path;
        }
        return out;
    }

    // Every asset's stored copy exists and hashes to its content hash; every file in the
    // library's folders belongs to a record; nothing temporary is left. The records are read
    // from the database itself, after `list` (whose start sweeps leftovers) ran.
    void checkLibrary(const QString& lib, int expectedAssets)
    {
        const CliRunner::Run list = cli(lib).run({ QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.json().array().size(), expectedAssets);
        QSet<QString> recorded;
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(lib + QStringLiteral("/library.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT stored_path, content_hash, thumbnail_path FROM assets")));
            int rows = 0;
            while (q.next()) {
                ++rows;
                const QString stored = q.value(0).toString();
                QVERIFY2(QFileInfo::exists(stored), qPrintable(stored));
                QCOMPARE(sha256(stored), q.value(1).toString());
                recorded << stored << q.value(2).toString();
            }
            QCOMPARE(rows, expectedAssets);
        }
        QSqlDatabase::removeDatabase(name);
        for (const QString& folder : { QStringLiteral("/originals"), QStringLiteral("/thumbnails") }) {
            for (const QString& file : filesUnder(lib + folder))
                QVERIFY2(recorded.contains(file), qPrintable(QStringLiteral("left over: ") + file));
        }
        integrity(lib);
    }

    static void integrity(const QString& lib)
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(lib + QStringLiteral("/library.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        QSqlDatabase::removeDatabase(name);
    }

    // Queues jobs without running them, as the studio or an earlier command would have.
    QStringList queueJobs(
        const QString& lib, const QStringList& inputs, const QString& preset, const QString& out)
    {
        auto context = app::AppContext::open(lib, { m_dir.filePath(QStringLiteral("presets")), 0 });
        if (!context)
            return {};
        QStringList ids;
        for (const QString& input : inputs) {
            application::JobRequest r;
            r.input = input;
            r.title = QFileInfo(input).completeBaseName();
            r.recipe = domain::Recipe { preset,
                { domain::Step { QStringLiteral("transcode"), { { QStringLiteral("preset"), preset } } } } };
            r.outputDir = out;
            auto job = (*context)->queue().submit(r);
            if (job)
                ids << job->id();
        }
        return ids;
    }

    // Each job succeeded once, into one artifact that is on disk as recorded and plays.
    void checkJobsRanOnce(const QString& lib, const QStringList& ids, const QString& out, int attempts = 1)
    {
        const CliRunner::Run list
            = cli(lib).run({ QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        int checked = 0;
        for (const QJsonValue& v : list.object().value(QStringLiteral("jobs")).toArray()) {
            const QJsonObject job = v.toObject();
            if (!ids.contains(job.value(QStringLiteral("id")).toString()))
                continue;
            ++checked;
            QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
            QVERIFY(job.value(QStringLiteral("attempts")).toInt() <= attempts);
            const QJsonArray artifacts = job.value(QStringLiteral("artifacts")).toArray();
            QCOMPARE(artifacts.size(), 1);
            const QJsonObject a = artifacts.at(0).toObject();
            const QString path = a.value(QStringLiteral("path")).toString();
            QCOMPARE(QFileInfo(path).size(), a.value(QStringLiteral("sizeBytes")).toInteger());
            QCOMPARE(sha256(path), a.value(QStringLiteral("sha256")).toString());
            const QJsonObject format = QJsonDocument::fromJson(ffprobeJson(path))
                                           .object()
                                           .value(QStringLiteral("format"))
                                           .toObject();
            QVERIFY2(format.value(QStringLiteral("duration")).toString().toDouble() > 1.0, qPrintable(path));
        }
        QCOMPARE(checked, ids.size());
        QCOMPARE(filesUnder(out).size(), ids.size());  // one output per job, nothing temporary
        integrity(lib);
    }

    static QString jobState(const CliRunner& runner, const QString& id)
    {
        const auto list
            = runner.run({ QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json") });
        for (const QJsonValue& v : list.object().value(QStringLiteral("jobs")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject().value(QStringLiteral("state")).toString();
        }
        return {};
    }

    static bool waitForState(const CliRunner& runner, const QString& id, const QString& state, int ms = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            if (jobState(runner, id) == state)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!cliPath().isEmpty(), "REELFORGE_CLI is not set");
        m_base = m_dir.filePath(QStringLiteral("base.mp4"));
        ClipSpec spec;
        spec.seconds = 2.0;
        QVERIFY(makeClip(m_base, spec));
        // About ten seconds of encoding for youtube-1080p (which scales it up) on a quiet machine:
        // surely still running when a test wants to catch it.
        m_long = m_dir.filePath(QStringLiteral("long.mp4"));
        spec.seconds = 16.0;
        spec.width = 640;
        spec.height = 360;
        spec.videoCodec = QStringLiteral("mpeg4");
        QVERIFY(makeClip(m_long, spec));
    }

    void init() { m_timer.start(); }
    void cleanup() { qInfo("%s: %lld ms", QTest::currentTestFunction(), m_timer.elapsed()); }

    void theSameContentImportedTwiceAtOnceIsKeptOnce()
    {
        const QStringList clips = makeClips(m_dir.filePath(QStringLiteral("same")), 40);
        QCOMPARE(clips.size(), 40);
        {
            const QString lib = library(QStringLiteral("same"));
            const CliRunner runner = cli(lib);
            QVERIFY(runner.run({ QStringLiteral("list") }).exitCode == 0);  // created beforehand
            const QStringList args { QStringLiteral("import"), m_dir.filePath(QStringLiteral("same")),
                QStringLiteral("--json") };
            auto first = runner.start(args);
            auto second = runner.start(args);
            const CliRunner::Run a = CliRunner::finish(*first);
            const CliRunner::Run b = CliRunner::finish(*second);
            QCOMPARE(a.exitCode, 0);
            QCOMPARE(b.exitCode, 0);
            int imported = 0;
            for (const CliRunner::Run* run : { &a, &b }) {
                const QJsonObject report = run->object();
                QCOMPARE(report.value(QStringLiteral("failed")).toArray().size(), 0);
                // Every file is either imported or skipped as a duplicate by each process.
                QCOMPARE(report.value(QStringLiteral("imported")).toArray().size()
                        + report.value(QStringLiteral("skipped")).toArray().size(),
                    40);
                imported += report.value(QStringLiteral("imported")).toArray().size();
            }
            QCOMPARE(imported, 40);
            checkLibrary(lib, 40);
            // And the library knows all of them: importing again skips every one.
            const QJsonObject again = runner.run(args).object();
            QCOMPARE(again.value(QStringLiteral("skipped")).toArray().size(), 40);
        }
    }

    void twoQueueRunnersRunEachJobOnce()
    {
        const QString lib = library(QStringLiteral("runners"));
        const QString out = m_dir.filePath(QStringLiteral("out-runners"));
        const QStringList ids = queueJobs(lib, makeClips(m_dir.filePath(QStringLiteral("runners")), 6),
            QStringLiteral("web-small-720p"), out);
        QCOMPARE(ids.size(), 6);
        const CliRunner runner = cli(lib);
        auto first
            = runner.start({ QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--json") });
        auto second
            = runner.start({ QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--json") });
        const CliRunner::Run a = CliRunner::finish(*first);
        const CliRunner::Run b = CliRunner::finish(*second);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        checkJobsRanOnce(lib, ids, out);
    }

    void processStartedWhileAnotherRunsTheQueueLeavesItsJobAlone()
    {
        const QString lib = library(QStringLiteral("process"));
        const QString out = m_dir.filePath(QStringLiteral("out-process"));
        const QStringList ids = queueJobs(lib, { m_long }, QStringLiteral("youtube-1080p"), out);
        QCOMPARE(ids.size(), 1);
        const CliRunner runner = cli(lib);
        auto running
            = runner.start({ QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--json") });
        QVERIFY(waitForState(runner, ids[0], QStringLiteral("running")));
        // Held mid-way by its process (paused from here, as a creator would from a terminal),
        // so that it is surely unfinished while the second process starts, however fast the
        // machine.
        QCOMPARE(runner.run({ QStringLiteral("queue"), QStringLiteral("pause"), ids[0] }).exitCode, 0);
        QVERIFY(waitForState(runner, ids[0], QStringLiteral("paused")));
        // A second process: it must neither take the held job for crashed nor run it again.
        const QStringList mine = makeClips(m_dir.filePath(QStringLiteral("process")), 1);
        const CliRunner::Run other = runner.run({ QStringLiteral("process"), mine[0],
            QStringLiteral("--preset"), QStringLiteral("web-small-720p"), QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("out-other")), QStringLiteral("--json") });
        QCOMPARE(other.exitCode, 0);
        QCOMPARE(jobState(runner, ids[0]), QStringLiteral("paused"));  // still the first process's
        QCOMPARE(filesUnder(out, true).size(), 1);  // its half-written output is still there
        QCOMPARE(runner.run({ QStringLiteral("queue"), QStringLiteral("resume"), ids[0] }).exitCode, 0);
        const CliRunner::Run first = CliRunner::finish(*running);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.object().value(QStringLiteral("jobs")).toArray().size(), 1);
        checkJobsRanOnce(lib, ids, out);
    }

    void aKilledQueueRunnerLosesNoQueuedJob()
    {
        const QString lib = library(QStringLiteral("killed"));
        const QString out = m_dir.filePath(QStringLiteral("out-killed"));
        QStringList inputs { m_long };
        inputs << makeClips(m_dir.filePath(QStringLiteral("killed")), 2);
        const QStringList ids = queueJobs(lib, inputs, QStringLiteral("youtube-1080p"), out);
        QCOMPARE(ids.size(), 3);
        const CliRunner runner = cli(lib);
        auto victim = runner.start({ QStringLiteral("queue"), QStringLiteral("run") });
        QVERIFY(waitForState(runner, ids[0], QStringLiteral("running")));
        QCOMPARE(runner.run({ QStringLiteral("queue"), QStringLiteral("pause"), ids[0] }).exitCode, 0);
        QVERIFY(waitForState(runner, ids[0], QStringLiteral("paused")));  // surely mid-way
        victim->kill();  // SIGKILL; does nothing once it has exited
        victim->waitForFinished(10000);
        // The next runner takes back the killed one's job and runs every queued one, the last
        // one included.
        const CliRunner::Run next
            = runner.run({ QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--json") });
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(next.object().value(QStringLiteral("jobs")).toArray().size(), 3);
        checkJobsRanOnce(lib, ids, out, 2);
    }

    void killedImportsLeaveNothingBehind()
    {
        // A large file, so that a kill lands in the middle of hashing or copying it.
        const QString folder = m_dir.filePath(QStringLiteral("big"));
        const QString big = folder + QStringLiteral("/raw.avi");
        QDir().mkpath(folder);
        QVERIFY(runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=640x360:rate=25"), QStringLiteral("-t"), QStringLiteral("12"),
            QStringLiteral("-c:v"), QStringLiteral("rawvideo"), QStringLiteral("-pix_fmt"),
            QStringLiteral("yuv420p"), big }));
        const QStringList small = makeClips(folder, 2);
        const QString lib = library(QStringLiteral("kill-import"));
        const CliRunner runner = cli(lib);
        QCOMPARE(runner.run({ QStringLiteral("import"), small[0] }).exitCode, 0);
        const QString originals = lib + QStringLiteral("/originals");
        int leftBehind = 0;
        // A negative delay kills as soon as a staged copy shows up (surely half-way through
        // copying); the others land anywhere: opening, hashing, copying, placing, the thumbnail.
        for (int delay : { -1, 0, 150, -1, 400, 800, -1, 1500 }) {
            auto victim = runner.start({ QStringLiteral("import"), big, small[1] });
            QElapsedTimer waited;
            waited.start();
            if (delay < 0) {
                while (filesUnder(originals, true).isEmpty() && !victim->waitForFinished(1)
                    && waited.elapsed() < 60000) { }
            } else {
                victim->waitForFinished(delay);
            }
            victim->kill();  // SIGKILL; does nothing once it has exited
            victim->waitForFinished(60000);
            leftBehind += filesUnder(originals, true).size();
            // The next start of any command sweeps what the killed one left.
            const QJsonArray assets
                = runner.run({ QStringLiteral("list"), QStringLiteral("--json") }).json().array();
            checkLibrary(lib, assets.size());
            // Start over, so that the next kill finds the big file to copy again.
            for (const QJsonValue& v : assets) {
                if (v.toObject().value(QStringLiteral("title")).toString() == QStringLiteral("raw"))
                    QCOMPARE(runner
                                 .run({ QStringLiteral("remove"),
                                     v.toObject().value(QStringLiteral("id")).toString() })
                                 .exitCode,
                        0);
            }
        }
        // At least one kill caught a copy half-way (and the checks above saw it swept).
        QVERIFY(leftBehind > 0);
    }

    void leftoversOfDeadProcessesAreSweptAtTheNextStart()
    {
        const QString lib = library(QStringLiteral("sweep"));
        const CliRunner runner = cli(lib);
        const QStringList clips = makeClips(m_dir.filePath(QStringLiteral("sweep")), 1);
        QCOMPARE(runner.run({ QStringLiteral("import"), clips[0] }).exitCode, 0);
        const QString dead = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QDir().mkpath(lib + QStringLiteral("/originals/zz"));
        const QString staged = lib + QStringLiteral("/originals/zz/.stage-%1-0123456789ab.mp4").arg(dead);
        const QString placed
            = lib + QStringLiteral("/originals/zz/") + QString(64, QLatin1Char('f')) + QStringLiteral(".mp4");
        const QStringList litter { staged,
            lib + QStringLiteral("/originals/zz/.stage-%1-0123456789ab.mp4.Xy12Ab").arg(dead),
            lib + QStringLiteral("/thumbnails/.stage-%1-abcdefabcdef.jpg").arg(dead),
            lib + QStringLiteral("/thumbnails/") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                + QStringLiteral(".jpg"),
            placed };
        for (const QString& path : litter.mid(0, litter.size() - 1)) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("left behind by a crash");
        }
        // An import that died between placing its copy and committing: the final name is a
        // second link of its staged file.
        std::error_code error;
        std::filesystem::create_hard_link(staged.toStdString(), placed.toStdString(), error);
        QVERIFY2(!error, error.message().c_str());
        checkLibrary(lib, 1);  // `list` ran first: the start swept them
        for (const QString& path : litter)
            QVERIFY2(!QFileInfo::exists(path), qPrintable(path));
    }

    void aCopyNoRecordKnowsIsKeptForRebuild()
    {
        // As after restoring an older backup of the index: a real copy under its final name, no
        // record, no sign of a crashed import. It is the creator's video: never swept.
        const QString lib = library(QStringLiteral("orphan"));
        const CliRunner runner = cli(lib);
        const QStringList clips = makeClips(m_dir.filePath(QStringLiteral("orphan")), 2);
        QCOMPARE(runner.run({ QStringLiteral("import"), clips[0] }).exitCode, 0);
        const QString sha = sha256(clips[1]);
        const QString orphan = lib + QStringLiteral("/originals/") + sha.left(2) + QLatin1Char('/') + sha
            + QStringLiteral(".mp4");
        QDir().mkpath(QFileInfo(orphan).absolutePath());
        QVERIFY(QFile::copy(clips[1], orphan));
        QCOMPARE(runner.run({ QStringLiteral("list"), QStringLiteral("--json") }).json().array().size(), 1);
        QVERIFY(QFileInfo::exists(orphan));
        const CliRunner::Run rebuilt
            = runner.run({ QStringLiteral("library"), QStringLiteral("rebuild"), QStringLiteral("--json") });
        QCOMPARE(rebuilt.exitCode, 0);
        QCOMPARE(rebuilt.object().value(QStringLiteral("rebuilt")).toArray().size(), 1);
        checkLibrary(lib, 2);
    }

    void manyProcessesImportingAndRunningTheQueueKeepTheLibraryWhole()
    {
        const QString lib = library(QStringLiteral("many"));
        const QString out = m_dir.filePath(QStringLiteral("out-many"));
        const QStringList a = makeClips(m_dir.filePath(QStringLiteral("many/a")), 10);
        const QStringList b = makeClips(m_dir.filePath(QStringLiteral("many/b")), 10);
        const QStringList c = makeClips(m_dir.filePath(QStringLiteral("many/c")), 10);
        const QStringList ids = queueJobs(
            lib, makeClips(m_dir.filePath(QStringLiteral("jobs")), 6), QStringLiteral("web-small-720p"), out);
        QCOMPARE(ids.size(), 6);
        const CliRunner runner = cli(lib);
        std::vector<std::unique_ptr<QProcess>> processes;
        const QString folderA = m_dir.filePath(QStringLiteral("many/a"));
        const QString folderB = m_dir.filePath(QStringLiteral("many/b"));
        const QString folderC = m_dir.filePath(QStringLiteral("many/c"));
        processes.push_back(
            runner.start({ QStringLiteral("import"), folderA, folderB, QStringLiteral("--json") }));
        processes.push_back(
            runner.start({ QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--json") }));
        processes.push_back(
            runner.start({ QStringLiteral("import"), folderB, folderC, QStringLiteral("--json") }));
        processes.push_back(
            runner.start({ QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--json") }));
        processes.push_back(
            runner.start({ QStringLiteral("import"), folderC, folderA, QStringLiteral("--json") }));
        for (auto& p : processes)
            QCOMPARE(CliRunner::finish(*p).exitCode, 0);
        checkLibrary(lib, 30);
        checkJobsRanOnce(lib, ids, out);
    }
};

QTEST_GUILESS_MAIN(TestLibraryConcurrency)
#include "test_library_concurrency.moc"
