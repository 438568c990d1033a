#include "adapters/media/ffmpeg_probe.h"
#include "adapters/media/sample_generator.h"
#include "support/media_fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace reelforge;
using application::CancellationToken;
using domain::ErrorCode;

// FfmpegSampleGenerator end to end: real encoders, real MP4 files, checked with our probe and
// with ffprobe.
class TestFfmpegSampleGenerator final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    adapters::FfmpegSampleGenerator m_generator;
    QStringList m_generated;

    static QStringList entries(const QString& folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    }

    // Video packets flagged as keyframes, from the container's index.
    static int keyframes(const QString& file)
    {
        QProcess p;
        p.start(QStringLiteral("ffprobe"),
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                QStringLiteral("v:0"), QStringLiteral("-show_entries"), QStringLiteral("packet=flags"),
                QStringLiteral("-of"), QStringLiteral("csv"), file });
        p.waitForFinished(60000);
        int count = 0;
        for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
            count += line.contains('K') ? 1 : 0;
        return count;
    }

    // Runs the generator and cancels it from another thread as soon as `trigger` appears in
    // `folder`: a deterministic "midway" whatever the speed of the machine.
    domain::Result<QStringList> generateCancellingAt(const QString& folder, const QString& trigger)
    {
        const QString watched = QDir(folder).filePath(trigger);
        CancellationToken cancel;
        std::atomic<bool> stop { false };
        std::thread watcher([&] {
            while (!stop && !QFile::exists(watched))
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            cancel.cancel();
        });
        auto result = m_generator.generate(folder, cancel);
        stop = true;
        watcher.join();
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        CancellationToken cancel;
        const QString folder = m_dir.filePath(QStringLiteral("Samples"));
        const auto paths = m_generator.generate(folder, cancel);
        QVERIFY2(paths, paths ? "" : qPrintable(paths.error().toString()));
        m_generated = *paths;
    }

    void createsBothClipsAndNoTemporaries()
    {
        const QString folder = m_dir.filePath(QStringLiteral("Samples"));
        QCOMPARE(m_generated,
            (QStringList { QDir(folder).filePath(QStringLiteral("ReelForge sample - colour bars.mp4")),
                QDir(folder).filePath(QStringLiteral("ReelForge sample - test pattern.mp4")) }));
        for (const QString& file : m_generated)
            QVERIFY(QFile::exists(file));
        QCOMPARE(entries(folder),
            (QStringList { QStringLiteral("ReelForge sample - colour bars.mp4"),
                QStringLiteral("ReelForge sample - test pattern.mp4") }));
    }

    void clipsProbeAsFiveSecondsOf720pH264WithAac()
    {
        const adapters::FfmpegProbe probe;
        for (const QString& file : m_generated) {
            const auto info = probe.probe(file);
            QVERIFY2(info, info ? "" : qPrintable(info.error().toString()));
            QVERIFY(info->validate());
            QCOMPARE(info->video.size(), std::size_t(1));
            QCOMPARE(info->video[0].codec, QStringLiteral("h264"));
            QCOMPARE(info->video[0].width, 1280);
            QCOMPARE(info->video[0].height, 720);
            QCOMPARE(info->video[0].frameRate, (domain::Rational { 30, 1 }));
            QCOMPARE(info->video[0].pixelFormat, QStringLiteral("yuv420p"));
            QCOMPARE(info->audio.size(), std::size_t(1));
            QCOMPARE(info->audio[0].codec, QStringLiteral("aac"));
            QCOMPARE(info->audio[0].sampleRate, 48000);
            QCOMPARE(info->audio[0].channelLayout, QStringLiteral("stereo"));
            QVERIFY2(qAbs(info->durationSeconds() - 5.0) <= 0.1,
                qPrintable(QString::number(info->durationSeconds())));
        }
    }

    void ffprobeAgrees()
    {
        for (const QString& file : m_generated) {
            const QJsonObject json = QJsonDocument::fromJson(testing::ffprobeJson(file)).object();
            const QJsonArray streams = json.value(QStringLiteral("streams")).toArray();
            QCOMPARE(streams.size(), 2);
            QJsonObject video;
            QJsonObject audio;
            for (const QJsonValue s : streams) {
                const QJsonObject o = s.toObject();
                (o.value(QStringLiteral("codec_type")).toString() == QLatin1String("video") ? video : audio)
                    = o;
            }
            QCOMPARE(video.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
            QCOMPARE(video.value(QStringLiteral("width")).toInt(), 1280);
            QCOMPARE(video.value(QStringLiteral("height")).toInt(), 720);
            QCOMPARE(
                video.value(QStringLiteral("nb_frames")).toString(), QStringLiteral("150"));  // 5 s at 30 fps
            QCOMPARE(audio.value(QStringLiteral("codec_name")).toString(), QStringLiteral("aac"));
            const double seconds = json.value(QStringLiteral("format"))
                                       .toObject()
                                       .value(QStringLiteral("duration"))
                                       .toString()
                                       .toDouble();
            QVERIFY2(qAbs(seconds - 5.0) <= 0.1, qPrintable(QString::number(seconds)));
        }
    }

    // Filter sources mark every frame as an I-frame; an encoder that obeyed would write an
    // all-keyframe file many times the size.
    void videoIsNotAllKeyframes()
    {
        for (const QString& file : m_generated) {
            const int count = keyframes(file);
            QVERIFY2(count >= 1 && count <= 10, qPrintable(QString::number(count)));
        }
    }

    void runningAgainRefreshesTheSamples()
    {
        const QString folder = m_dir.filePath(QStringLiteral("Samples"));
        CancellationToken cancel;
        const auto again = m_generator.generate(folder, cancel);
        QVERIFY(again);
        QCOMPARE(*again, m_generated);
        QCOMPARE(entries(folder).size(), 2);
    }

    void cancelledBeforeStartLeavesNothing()
    {
        const QString folder = m_dir.filePath(QStringLiteral("cancelled-early"));
        CancellationToken cancel;
        cancel.cancel();
        const auto result = m_generator.generate(folder, cancel);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(entries(folder), QStringList());
    }

    void cancelledMidwayLeavesNothing()
    {
        // Cancel as soon as the second clip is being written: the first, finished one must go too.
        const QString folder = m_dir.filePath(QStringLiteral("cancelled-midway"));
        const auto result
            = generateCancellingAt(folder, QStringLiteral("ReelForge sample - test pattern.mp4.part"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(entries(folder), QStringList());
    }

    void cancelledRefreshKeepsTheEarlierSamples()
    {
        const QString folder = m_dir.filePath(QStringLiteral("Samples"));
        const QStringList before = entries(folder);
        const auto result
            = generateCancellingAt(folder, QStringLiteral("ReelForge sample - test pattern.mp4.part"));
        QCOMPARE(result.error().code, ErrorCode::Cancelled);
        QCOMPARE(entries(folder), before);
        const adapters::FfmpegProbe probe;
        for (const QString& file : m_generated)
            QVERIFY(probe.probe(file));  // intact, not a half-written replacement
    }

    void folderThatCannotBeCreatedIsAnIoError()
    {
        const QString file = m_dir.filePath(QStringLiteral("a-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        CancellationToken cancel;
        const auto result = m_generator.generate(file + QStringLiteral("/Samples"), cancel);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::IoError);
    }
};

QTEST_GUILESS_MAIN(TestFfmpegSampleGenerator)
#include "test_ffmpeg_sample_generator.moc"
