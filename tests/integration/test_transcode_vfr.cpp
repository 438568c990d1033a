// A variable frame rate source (2 s at 30 fps, 2 s at 60 fps, 2 s at 10 fps, one tone under
// all of it) comes out at one constant rate: frames that would share a tick are dropped, gaps
// are filled by showing the previous frame again, so the picture lasts as long as the sound.
#include "test_transcode_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <optional>

using namespace reelforge;

namespace {

// "60/1" -> 60.0
double rateOf(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    return parts.size() == 2 && parts[1].toDouble() > 0 ? parts[0].toDouble() / parts[1].toDouble() : 0.0;
}

}  // namespace

class TestTranscodeVfr final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<infrastructure::FilePresetStore> m_presets;
    QString m_source;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_presets.emplace(m_dir.filePath(QStringLiteral("presets")));
        m_source = m_dir.filePath(QStringLiteral("vfr.mp4"));
        QStringList args;
        for (const char* rate : { "30", "60", "10" })
            args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
                 << QStringLiteral("testsrc2=size=320x240:rate=%1:duration=2").arg(QLatin1String(rate));
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("sine=frequency=1000:duration=6:sample_rate=48000");
        // A fine common time base, then the three rates one after another, timestamps kept.
        args << QStringLiteral("-filter_complex")
             << QStringLiteral("[0:v]settb=1/600[a];[1:v]settb=1/600[b];[2:v]settb=1/600[c];"
                               "[a][b][c]concat=n=3:v=1:a=0[v]")
             << QStringLiteral("-map") << QStringLiteral("[v]") << QStringLiteral("-map")
             << QStringLiteral("3:a") << QStringLiteral("-fps_mode") << QStringLiteral("passthrough")
             << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset")
             << QStringLiteral("ultrafast") << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p")
             << QStringLiteral("-c:a") << QStringLiteral("aac") << m_source;
        QVERIFY(testing::runFfmpeg(args));
        // Really variable: about 60 + 120 + 20 frames in 6 s (the encoder may hold back the last).
        QVERIFY(std::abs(testing::countFrames(m_source) - 200) <= 1);
    }

    void variableRateBecomesConstantWithTheSameDurationAndSync()
    {
        testing::FolderOutputs outputs(m_dir.path());
        application::CancellationToken cancel;
        const auto run = testing::runTranscode(*m_presets, m_source,
            { { QStringLiteral("preset"), QStringLiteral("web-small-720p") } }, outputs, cancel);
        QVERIFY2(run.artifacts, qPrintable(run.artifacts ? QString() : run.artifacts.error().toString()));
        const QString output = outputs.last();

        const QJsonObject probe = testing::probeJson(output);
        const QJsonObject video = testing::streamOf(probe, QStringLiteral("video"));
        const QJsonObject audio = testing::streamOf(probe, QStringLiteral("audio"));
        const double rate = rateOf(video.value(QStringLiteral("r_frame_rate")).toString());
        QVERIFY(rate >= 10.0);
        const double frame = 1.0 / rate;
        const double videoSeconds = testing::seconds(video);
        const double audioSeconds = testing::seconds(audio);
        const int frames = testing::countFrames(output);
        qInfo("%d frames at %.3f fps, video %.4f s, audio %.4f s", frames, rate, videoSeconds, audioSeconds);

        // Constant rate: one frame per tick from start to end, no holes, no doubled ticks.
        QCOMPARE(rateOf(video.value(QStringLiteral("avg_frame_rate")).toString()), rate);
        QVERIFY(std::abs(frames - videoSeconds * rate) <= 1.0);
        // The picture lasts as long as the source's, and starts and ends with the sound as it did.
        const QJsonObject source = testing::probeJson(m_source);
        const double sourceVideo = testing::seconds(testing::streamOf(source, QStringLiteral("video")));
        const double sourceAudio = testing::seconds(testing::streamOf(source, QStringLiteral("audio")));
        QVERIFY2(std::abs(videoSeconds - sourceVideo) <= frame + 0.001,
            qPrintable(QStringLiteral("%1 vs %2").arg(videoSeconds).arg(sourceVideo)));
        const double aacFrame = 1024.0 / 48000.0;
        QVERIFY(std::abs((audioSeconds - videoSeconds) - (sourceAudio - sourceVideo)) <= frame + aacFrame);
    }
};

QTEST_GUILESS_MAIN(TestTranscodeVfr)
#include "test_transcode_vfr.moc"
