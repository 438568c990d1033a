#include "support/media_fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace reelforge::testing;

// `reelforge-cli process|queue|presets` on real media through the real queue and engine.
class TestCliProcessing final : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QTemporaryDir m_dir;
    QString m_clip;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        e.remove(QStringLiteral("REELFORGE_LIBRARY"));
        return e;
    }

    Run cli(const QString& library, const QStringList& args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(cliPath(), QStringList { QStringLiteral("--library"), library } + args);
        p.waitForFinished(240000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }

    static QJsonObject probe(const QString& path)
    {
        return QJsonDocument::fromJson(ffprobeJson(path)).object();
    }

    static QStringList filesIn(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!cliPath().isEmpty());
        m_clip = m_dir.filePath(QStringLiteral("Holiday clip.mp4"));
        ClipSpec s;
        s.seconds = 2.0;
        s.width = 640;
        s.height = 360;
        s.frameRate = QStringLiteral("30");
        QVERIFY(makeClip(m_clip, s));
    }

    void presetsAreListedShownAndExported()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-presets"));
        const Run list
            = cli(lib, { QStringLiteral("presets"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        QStringList names;
        for (const QJsonValue& v : QJsonDocument::fromJson(list.out).array())
            names << v.toObject().value(QStringLiteral("name")).toString();
        for (const char* expected :
            { "youtube-1080p", "youtube-4k", "shorts-1080x1920", "instagram-feed-1080x1350", "square-1080",
                "vimeo-1080p", "archive-prores", "podcast-audio", "web-small-720p", "gif-preview" })
            QVERIFY2(names.contains(QLatin1String(expected)), expected);
        const Run show = cli(lib,
            { QStringLiteral("presets"), QStringLiteral("show"), QStringLiteral("shorts-1080x1920"),
                QStringLiteral("--json") });
        QCOMPARE(
            show.json().value(QStringLiteral("video")).toObject().value(QStringLiteral("height")).toInt(),
            1920);
        const QString exported = m_dir.filePath(QStringLiteral("mine.json"));
        QCOMPARE(cli(lib,
                     { QStringLiteral("presets"), QStringLiteral("export"), QStringLiteral("web-small-720p"),
                         QStringLiteral("--out"), exported })
                     .exitCode,
            0);
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QJsonObject preset = QJsonDocument::fromJson(f.readAll()).object();
        preset.insert(QStringLiteral("name"), QStringLiteral("my-small"));
        f.resize(0);
        f.write(QJsonDocument(preset).toJson());
        f.close();
        QCOMPARE(cli(lib, { QStringLiteral("presets"), QStringLiteral("import"), exported }).exitCode, 0);
        QVERIFY(cli(lib, { QStringLiteral("presets"), QStringLiteral("list") }).out.contains("my-small"));
    }

    void invalidPresetJsonNamesTheField()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-badpreset"));
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name":"broken","container":"mp4","extension":"mp4","video":{"codec":"h264","crf":99}})");
        f.close();
        const Run r = cli(
            lib, { QStringLiteral("presets"), QStringLiteral("import"), bad, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject err
            = QJsonDocument::fromJson(r.err).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(err.value(QStringLiteral("detail")).toString(), QStringLiteral("video.crf"));
        QVERIFY(err.value(QStringLiteral("message")).toString().contains(QStringLiteral("video.crf")));
    }

    void unknownPresetIsAClearError()
    {
        const Run r = cli(m_dir.filePath(QStringLiteral("lib-unknown")),
            { QStringLiteral("process"), m_clip, QStringLiteral("--preset"), QStringLiteral("youtube-8k"),
                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("out-unknown")),
                QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("youtube-8k"));
        QVERIFY(!QDir(m_dir.filePath(QStringLiteral("out-unknown"))).exists()
            || filesIn(m_dir.filePath(QStringLiteral("out-unknown"))).isEmpty());
    }

    void processProducesTheOutputAndRecordsIt()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-process"));
        const QString out = m_dir.filePath(QStringLiteral("out-process"));
        const Run r = cli(lib,
            { QStringLiteral("process"), m_clip, QStringLiteral("--preset"), QStringLiteral("web-small-720p"),
                QStringLiteral("--out"), out, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject job = r.json().value(QStringLiteral("jobs")).toArray().at(0).toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        const QJsonObject artifact = job.value(QStringLiteral("artifacts")).toArray().at(0).toObject();
        const QString path = artifact.value(QStringLiteral("path")).toString();
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("Holiday clip_web-small-720p.mp4"));
        QCOMPARE(
            filesIn(out), QStringList { QStringLiteral("Holiday clip_web-small-720p.mp4") });  // no temp left
        const QJsonObject v = probe(path).value(QStringLiteral("streams")).toArray().at(0).toObject();
        QCOMPARE(v.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
        QCOMPARE(v.value(QStringLiteral("width")).toInt(), 640);  // "max" fit never upscales
        // The same job again never overwrites: it gets " (2)".
        QCOMPARE(cli(lib,
                     { QStringLiteral("process"), m_clip, QStringLiteral("--preset"),
                         QStringLiteral("web-small-720p"), QStringLiteral("--out"), out })
                     .exitCode,
            0);
        QCOMPARE(filesIn(out).size(), 2);
        QVERIFY(filesIn(out).contains(QStringLiteral("Holiday clip_web-small-720p (2).mp4")));
        const Run list
            = cli(lib, { QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.json().value(QStringLiteral("jobs")).toArray().size(), 2);
    }

    void printFfmpegPrintsARunnableCommandAndQueuesNothing()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-print"));
        const QString out = m_dir.filePath(QStringLiteral("out-print"));
        const Run r = cli(lib,
            { QStringLiteral("process"), m_clip, QStringLiteral("--preset"), QStringLiteral("square-1080"),
                QStringLiteral("--out"), out, QStringLiteral("--print-ffmpeg") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("ffmpeg "));
        QVERIFY(r.out.contains("1080"));
        QCOMPARE(cli(lib, { QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json") })
                     .json()
                     .value(QStringLiteral("jobs"))
                     .toArray()
                     .size(),
            0);
        QDir().mkpath(out);
        QProcess sh;
        sh.start(QStringLiteral("sh"),
            { QStringLiteral("-c"),
                QString::fromUtf8(r.out.trimmed()) + QStringLiteral(" -y -loglevel error") });
        QVERIFY(sh.waitForFinished(120000));
        QCOMPARE(sh.exitCode(), 0);
        const QJsonObject v = probe(out + QStringLiteral("/Holiday clip_square-1080.mp4"))
                                  .value(QStringLiteral("streams"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        QCOMPARE(v.value(QStringLiteral("width")).toInt(), 1080);
        QCOMPARE(v.value(QStringLiteral("height")).toInt(), 1080);
    }

    void readOnlyOutputFolderFailsWithAReason()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-ro"));
        // /proc is read-only even for root: a folder there can neither be created nor written.
        const Run r = cli(lib,
            { QStringLiteral("process"), m_clip, QStringLiteral("--preset"), QStringLiteral("web-small-720p"),
                QStringLiteral("--out"), QStringLiteral("/proc/reelforge-out"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject job = r.json().value(QStringLiteral("jobs")).toArray().at(0).toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QJsonObject error = job.value(QStringLiteral("error")).toObject();
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("output folder")));
        QVERIFY(!error.value(QStringLiteral("code")).toString().isEmpty());
    }

    void fullOutputDiskFailsAndLeavesNothing()
    {
        // A 1 MiB tmpfs is a real full disk. Mounting needs root; elsewhere the storage unit
        // tests cover DiskFull with an injected free-space probe.
        const QString mnt = m_dir.filePath(QStringLiteral("tiny-disk"));
        QDir().mkpath(mnt);
        if (QProcess::execute(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=1m"), QStringLiteral("tmpfs"), mnt })
            != 0)
            QSKIP("cannot mount a tmpfs here (not root)");
        const Run r = cli(m_dir.filePath(QStringLiteral("lib-full")),
            { QStringLiteral("process"), m_clip, QStringLiteral("--preset"), QStringLiteral("archive-prores"),
                QStringLiteral("--out"), mnt, QStringLiteral("--json") });
        const QStringList left = filesIn(mnt);
        QProcess::execute(QStringLiteral("umount"), { mnt });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject job = r.json().value(QStringLiteral("jobs")).toArray().at(0).toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QJsonObject error = job.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("DiskFull"));
        QVERIFY2(error.value(QStringLiteral("message"))
                     .toString()
                     .contains(QStringLiteral("full"), Qt::CaseInsensitive),
            qPrintable(error.value(QStringLiteral("message")).toString()));
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(','))));
    }

    void sourceDeletedAfterImportFailsClearly()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-deleted"));
        const QString copy = m_dir.filePath(QStringLiteral("short-lived.mp4"));
        QVERIFY(QFile::copy(m_clip, copy));
        const Run imp = cli(lib,
            { QStringLiteral("import"), QStringLiteral("--mode"), QStringLiteral("reference"), copy,
                QStringLiteral("--json") });
        const QString id = imp.json()
                               .value(QStringLiteral("imported"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(QFile::remove(copy));
        const Run r = cli(lib,
            { QStringLiteral("process"), id, QStringLiteral("--preset"), QStringLiteral("web-small-720p"),
                QStringLiteral("--out"), m_dir.filePath(QStringLiteral("out-deleted")),
                QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("FileMissing"));
    }

    void killedMidJobThenQueueRunFinishesWithAValidOutput()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-kill"));
        const QString out = m_dir.filePath(QStringLiteral("out-kill"));
        const QString longClip = m_dir.filePath(QStringLiteral("long.mp4"));
        ClipSpec s;
        s.seconds = 20.0;
        s.width = 640;
        s.height = 360;
        QVERIFY(makeClip(longClip, s));
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(cliPath(),
            { QStringLiteral("--library"), lib, QStringLiteral("process"), longClip,
                QStringLiteral("--preset"), QStringLiteral("youtube-1080p"), QStringLiteral("--out"), out,
                QStringLiteral("--json") });
        QVERIFY(p.waitForStarted());
        // Wait until the job is really running (its temp output exists), then kill -9.
        QTRY_VERIFY_WITH_TIMEOUT(QDir(out).exists() && !filesIn(out).isEmpty(), 60000);
        QTest::qWait(300);
        p.kill();  // SIGKILL
        p.waitForFinished(5000);
        for (const QString& name : filesIn(out))
            QVERIFY2(name.startsWith(QLatin1Char('.')), qPrintable(name));  // nothing under a final name

        const Run list
            = cli(lib, { QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.json()
                     .value(QStringLiteral("jobs"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
            QStringLiteral("running"));  // as the killed process left it
        const Run run
            = cli(lib, { QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject job = run.json().value(QStringLiteral("jobs")).toArray().at(0).toObject();
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(filesIn(out), QStringList { QStringLiteral("long_youtube-1080p.mp4") });
        const QJsonObject probed = probe(out + QStringLiteral("/long_youtube-1080p.mp4"));
        QVERIFY(qAbs(probed.value(QStringLiteral("format"))
                         .toObject()
                         .value(QStringLiteral("duration"))
                         .toString()
                         .toDouble()
                    - 20.0)
            < 0.1);
        QCOMPARE(probed.value(QStringLiteral("streams"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("height"))
                     .toInt(),
            1080);
    }
};

QTEST_GUILESS_MAIN(TestCliProcessing)
#include "test_cli_processing.moc"
