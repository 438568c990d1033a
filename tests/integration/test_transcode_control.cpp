#include "test_transcode_support.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>
#include <thread>

using namespace reelforge;
using domain::ErrorCode;

// A running transcode is the creator's to control: cancel stops it within a second and leaves
// nothing behind, pause holds it at a frame and resume finishes a valid file. Streams that need
// no change are copied bit for bit; a missing, damaged or unwritable file fails in words; and
// the printed ffmpeg command really makes the same file.
class TestTranscodeControl final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<infrastructure::FilePresetStore> m_presets;
    QString m_clip;  // 640x360 30 fps H.264 + AAC 48 kHz stereo, 2 s
    QString m_long;  // the same, 8 s: long enough to act on while it runs

    QString freshFolder(const QString& name) const
    {
        const QString folder = m_dir.filePath(name);
        QDir().mkpath(folder);
        return folder;
    }

    static QStringList filesIn(const QString& folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden);
    }

    static QByteArray videoMd5(const QString& file, const QString& stream = QStringLiteral("0:v"))
    {
        QProcess p;
        p.start(QStringLiteral("ffmpeg"),
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), file,
                QStringLiteral("-map"), stream, QStringLiteral("-c"), QStringLiteral("copy"),
                QStringLiteral("-f"), QStringLiteral("md5"), QStringLiteral("-") });
        p.waitForFinished(60000);
        return p.readAllStandardOutput().trimmed();
    }

    // Runs the transcode step on a thread; the test drives cancel/pause and watches progress.
    struct Background {
        application::CancellationToken cancel;
        std::atomic<int> frames { 0 };
        std::atomic<int> reports { 0 };
        std::atomic<bool> done { false };
        double lastFraction = 0.0;
        testing::TranscodeRun run;
        std::thread thread;

        void start(const application::IPresetStore& presets, const QString& input, const QString& folder)
        {
            thread = std::thread([this, &presets, input, folder] {
                testing::FolderOutputs outputs(folder);
                run = testing::runTranscode(presets, input,
                    { { QStringLiteral("preset"), QStringLiteral("youtube-1080p") } }, outputs, cancel,
                    [this](const application::Progress& p) {
                        frames = p.itemsDone;
                        lastFraction = p.fraction;
                        ++reports;
                    });
                done = true;
            });
        }
        bool waitForFrames(int count)
        {
            QElapsedTimer t;
            t.start();
            while (frames < count && !done && t.elapsed() < 30000)
                QThread::msleep(5);
            return frames >= count;
        }
        ~Background()
        {
            if (thread.joinable()) {
                cancel.cancel();
                thread.join();
            }
        }
    };

    // Every output goes to one given path.
    class FixedOutput final : public application::IOutputFiles {
    public:
        explicit FixedOutput(QString path)
            : m_path(std::move(path))
        {
        }
        domain::Result<QString> reserve(const QString&) override { return m_path; }

    private:
        QString m_path;
    };

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_presets.emplace(m_dir.filePath(QStringLiteral("presets")));
        testing::ClipSpec spec;
        spec.width = 640;
        spec.height = 360;
        spec.frameRate = QStringLiteral("30");
        m_clip = m_dir.filePath(QStringLiteral("clip.mp4"));
        QVERIFY(testing::makeClip(m_clip, spec));
        spec.seconds = 8.0;
        m_long = m_dir.filePath(QStringLiteral("long.mp4"));
        QVERIFY(testing::makeClip(m_long, spec));
    }

    void cancelStopsWithinASecondAndLeavesNoFile()
    {
        const QString folder = freshFolder(QStringLiteral("cancel"));
        Background job;
        job.start(*m_presets, m_long, folder);
        QVERIFY(job.waitForFrames(10));
        QElapsedTimer stopping;
        stopping.start();
        job.cancel.cancel();
        job.thread.join();
        QVERIFY2(stopping.elapsed() < 1000, qPrintable(QString::number(stopping.elapsed())));
        QVERIFY(!job.run.artifacts);
        QCOMPARE(job.run.artifacts.error().code, ErrorCode::Cancelled);
        QCOMPARE(filesIn(folder), QStringList());
    }

    void pauseHoldsAtAFrameAndResumeFinishesAValidFile()
    {
        const QString folder = freshFolder(QStringLiteral("pause"));
        Background job;
        job.start(*m_presets, m_long, folder);
        QVERIFY(job.waitForFrames(10));
        job.cancel.setPaused(true);
        QThread::msleep(200);  // the frame in flight finishes
        const int held = job.frames;
        const int reports = job.reports;
        QThread::msleep(500);
        QCOMPARE(int(job.frames), held);
        QCOMPARE(int(job.reports), reports);
        QVERIFY(!job.done);
        job.cancel.setPaused(false);
        job.thread.join();
        QVERIFY2(job.run.artifacts,
            qPrintable(job.run.artifacts ? QString() : job.run.artifacts.error().toString()));
        QCOMPARE(job.lastFraction, 1.0);
        QCOMPARE(job.frames.load(), 240);
        const QJsonObject v
            = testing::streamOf(testing::probeJson(job.run.artifacts->front().path), QStringLiteral("video"));
        QCOMPARE(v.value(QStringLiteral("width")).toInt(), 1920);
        QVERIFY(qAbs(testing::seconds(v) - 8.0) <= 1.0 / 30.0);
        QCOMPARE(testing::countFrames(job.run.artifacts->front().path), 240);
    }

    void unchangedStreamsAreCopiedBitForBit()
    {
        // A user preset that asks for what the source already is: H.264 at its own size, AAC.
        QFile preset(m_dir.filePath(QStringLiteral("presets/remux-h264.json")));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("presets"))));
        QVERIFY(preset.open(QIODevice::WriteOnly));
        preset.write(R"({"name": "remux-h264", "container": "mp4", "extension": "mp4",
                         "video": {"codec": "h264", "width": 0, "height": 0},
                         "audio": {"codec": "aac"}})");
        preset.close();

        // A phone clip also keeps its display matrix: its pixels are not turned when copied.
        const QString phone = m_dir.filePath(QStringLiteral("phone.mp4"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-i"), m_clip, QStringLiteral("-c"),
            QStringLiteral("copy"), QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90"), phone }));
        const int rotation
            = testing::rotationOf(testing::streamOf(testing::probeJson(phone), QStringLiteral("video")));
        QVERIFY(rotation != 0);

        const QString folder = freshFolder(QStringLiteral("copy"));
        testing::FolderOutputs outputs(folder);
        application::CancellationToken cancel;
        const auto run = testing::runTranscode(*m_presets, phone,
            { { QStringLiteral("preset"), QStringLiteral("remux-h264") } }, outputs, cancel);
        QVERIFY2(run.artifacts, qPrintable(run.artifacts ? QString() : run.artifacts.error().toString()));
        QVERIFY(run.plan->equivalentCommand.join(QLatin1Char(' '))
                    .contains(QStringLiteral("-c:v copy -c:a copy")));
        const QString output = run.artifacts->front().path;
        QCOMPARE(videoMd5(output), videoMd5(phone));
        QCOMPARE(videoMd5(output, QStringLiteral("0:a")), videoMd5(phone, QStringLiteral("0:a")));
        const QJsonObject v = testing::streamOf(testing::probeJson(output), QStringLiteral("video"));
        QCOMPARE(testing::rotationOf(v), rotation);
        QVERIFY(qAbs(testing::seconds(v) - 2.0) <= 1.0 / 30.0);
    }

    void missingSourceIsFileMissing()
    {
        const QString source = m_dir.filePath(QStringLiteral("gone.mp4"));
        QVERIFY(QFile::copy(m_clip, source));
        auto plan = testing::planTranscode(
            *m_presets, source, { { QStringLiteral("preset"), QStringLiteral("youtube-1080p") } });
        QVERIFY(plan);
        QVERIFY(QFile::remove(source));
        const QString folder = freshFolder(QStringLiteral("missing"));
        testing::FolderOutputs outputs(folder);
        application::CancellationToken cancel;
        application::ProgressSink progress({});
        application::JobContext ctx { cancel, progress, outputs };
        adapters::TranscodeProcessor processor(*m_presets);
        const auto result = processor.run(*plan, ctx);
        QCOMPARE(result.error().code, ErrorCode::FileMissing);
        QCOMPARE(filesIn(folder), QStringList());
    }

    void truncatedSourceFailsClearlyWithoutOutput_data()
    {
        QTest::addColumn<bool>("fastStart");
        QTest::newRow("index at the end (lost)") << false;
        QTest::newRow("index first (media cut short)") << true;
    }

    void truncatedSourceFailsClearlyWithoutOutput()
    {
        QFETCH(bool, fastStart);
        const QString source
            = m_dir.filePath(fastStart ? QStringLiteral("cut-fs.mp4") : QStringLiteral("cut.mp4"));
        testing::ClipSpec spec;
        if (fastStart)
            spec.extraOutputArgs = { QStringLiteral("-movflags"), QStringLiteral("+faststart") };
        QVERIFY(testing::makeClip(source, spec));
        auto plan = testing::planTranscode(
            *m_presets, source, { { QStringLiteral("preset"), QStringLiteral("youtube-1080p") } });
        QVERIFY(plan);
        QFile file(source);
        QVERIFY(file.resize(file.size() / 2));

        const QString folder = freshFolder(fastStart ? QStringLiteral("cut-fs") : QStringLiteral("cut"));
        testing::FolderOutputs outputs(folder);
        application::CancellationToken cancel;
        application::ProgressSink progress({});
        application::JobContext ctx { cancel, progress, outputs };
        adapters::TranscodeProcessor processor(*m_presets);
        const auto result = processor.run(*plan, ctx);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::MediaUnreadable);
        QCOMPARE(filesIn(folder), QStringList());
    }

    void readOnlyOutputFolderIsPermissionDenied()
    {
        const QString folder = freshFolder(QStringLiteral("locked"));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        // root ignores permission bits; an immutable folder stops root too.
        bool immutable = false;
        if (QFile probe(folder + QStringLiteral("/probe")); probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            immutable = QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), folder }) == 0;
        }
        const auto unlock = qScopeGuard([&] {
            if (immutable)
                QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), folder });
            QFile::setPermissions(
                folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
        if (QFile probe(folder + QStringLiteral("/probe")); probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("cannot make a folder unwritable here (root without chattr support)");
        }
        testing::FolderOutputs outputs(folder);
        application::CancellationToken cancel;
        const auto run = testing::runTranscode(*m_presets, m_clip,
            { { QStringLiteral("preset"), QStringLiteral("youtube-1080p") } }, outputs, cancel);
        QVERIFY(!run.artifacts);
        QCOMPARE(run.artifacts.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(filesIn(folder), QStringList());
    }

    void fullDiskIsDiskFull()
    {
        // /dev/full accepts the open and fails every write with ENOSPC, like a full disk. It is
        // not a plain file, so nothing may delete it on the way out (the test checks that too).
        if (!QFileInfo(QStringLiteral("/dev/full")).isWritable())
            QSKIP("no /dev/full here");
        FixedOutput outputs(QStringLiteral("/dev/full"));
        application::CancellationToken cancel;
        const auto run = testing::runTranscode(*m_presets, m_clip,
            { { QStringLiteral("preset"), QStringLiteral("youtube-1080p") } }, outputs, cancel);
        QVERIFY(!run.artifacts);
        QCOMPARE(run.artifacts.error().code, ErrorCode::DiskFull);
        QVERIFY(QFileInfo::exists(QStringLiteral("/dev/full")));
    }

    void printedFfmpegCommandMakesTheSameFile_data()
    {
        QTest::addColumn<QString>("preset");
        for (const char* preset :
            { "youtube-1080p", "shorts-1080x1920", "gif-preview", "podcast-audio", "archive-prores" })
            QTest::newRow(preset) << QString::fromLatin1(preset);
    }

    void printedFfmpegCommandMakesTheSameFile()
    {
        QFETCH(QString, preset);
        const QString folder = freshFolder(QStringLiteral("print-") + preset);
        testing::FolderOutputs outputs(folder);
        application::CancellationToken cancel;
        const auto run = testing::runTranscode(
            *m_presets, m_clip, { { QStringLiteral("preset"), preset } }, outputs, cancel);
        QVERIFY2(run.artifacts, qPrintable(run.artifacts ? QString() : run.artifacts.error().toString()));

        QStringList argv = run.plan->equivalentCommand;
        QCOMPARE(argv.first(), QStringLiteral("ffmpeg"));
        QCOMPARE(argv.last(), run.plan->outputName);
        argv.last() = QDir(folder).filePath(QStringLiteral("cli-") + run.plan->outputName);
        QVERIFY(testing::runFfmpeg(argv.mid(1)));

        const QJsonObject ours = testing::probeJson(run.artifacts->front().path);
        const QJsonObject theirs = testing::probeJson(argv.last());
        for (const QString& type : { QStringLiteral("video"), QStringLiteral("audio") }) {
            QCOMPARE(testing::streamCount(ours, type), testing::streamCount(theirs, type));
            const QJsonObject a = testing::streamOf(ours, type);
            const QJsonObject b = testing::streamOf(theirs, type);
            for (const char* key : { "codec_name", "profile", "width", "height", "pix_fmt", "r_frame_rate",
                     "sample_rate", "channels", "sample_fmt" })
                QCOMPARE(a.value(QLatin1String(key)), b.value(QLatin1String(key)));
            if (!a.isEmpty())
                QVERIFY2(qAbs(testing::seconds(a) - testing::seconds(b)) <= 1.0 / 30.0,
                    qPrintable(QStringLiteral("%1 vs %2").arg(testing::seconds(a)).arg(testing::seconds(b))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranscodeControl)
#include "test_transcode_control.moc"
