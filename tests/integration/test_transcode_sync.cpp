#include "test_transcode_support.h"

#include "adapters/media/av_input.h"
#include "adapters/media/transcode_streams.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <optional>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

using namespace reelforge;

// Audio and picture must stay together through a transcode: a white flash at frame 45 (1.5 s
// at 30 fps) and a 1 kHz beep starting at 1.5 s must come out at the same time, to one frame,
// whether the audio is re-encoded or copied. And an NTSC-rate source keeps its exact rate.
class TestTranscodeSync final : public QObject {
    Q_OBJECT

    static constexpr double kFrame = 1.0 / 30.0;

    QTemporaryDir m_dir;
    std::optional<infrastructure::FilePresetStore> m_presets;

    // Presentation times in the file's own timeline (edit lists applied by the demuxer).
    struct Events {
        double flash = -1.0;  // first frame whose centre is bright
        double beep = -1.0;  // first sample louder than -10 dBFS
    };

    static Events findEvents(const QString& path)
    {
        Events events;
        auto input = adapters::openMediaInput(path);
        if (!input)
            return events;
        AVFormatContext& format = *input->format;
        const int v = av_find_best_stream(&format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
        const int a = av_find_best_stream(&format, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
        auto video = adapters::openDecoder(*format.streams[v]);
        auto audio = adapters::openDecoder(*format.streams[a]);
        if (!video || !audio)
            return events;
        const adapters::PacketPtr packet = adapters::makePacket();
        const adapters::FramePtr frame = adapters::makeFrame();
        const auto onVideo = [&](AVFrame& f) -> domain::Status {
            const uint8_t luma = f.data[0][(f.height / 2) * f.linesize[0] + f.width / 2];
            if (events.flash < 0 && luma > 128)
                events.flash = double(f.best_effort_timestamp) * av_q2d(format.streams[v]->time_base);
            return domain::ok();
        };
        const auto onAudio = [&](AVFrame& f) -> domain::Status {
            if (events.beep >= 0)
                return domain::ok();
            // AAC decodes to planar float, PCM to interleaved 16-bit: the first channel of either.
            const bool planarFloat = f.format == AV_SAMPLE_FMT_FLTP;
            if (!planarFloat && f.format != AV_SAMPLE_FMT_S16)
                return domain::fail(domain::ErrorCode::UnsupportedMedia, QStringLiteral("sample format"));
            for (int i = 0; i < f.nb_samples; ++i) {
                const double value = planarFloat
                    ? reinterpret_cast<const float*>(f.extended_data[0])[i]
                    : reinterpret_cast<const int16_t*>(f.extended_data[0])[i * f.ch_layout.nb_channels]
                        / 32768.0;
                if (std::fabs(value) > 0.316) {
                    const double start
                        = double(f.best_effort_timestamp) * av_q2d(format.streams[a]->time_base);
                    events.beep = start + double(i) / f.sample_rate;
                    break;
                }
            }
            return domain::ok();
        };
        while (av_read_frame(&format, packet.get()) >= 0) {
            const adapters::PacketRef guard(packet.get());
            if (packet->stream_index == v)
                (void)adapters::decodePacket(**video, packet.get(), *frame, onVideo);
            else if (packet->stream_index == a)
                (void)adapters::decodePacket(**audio, packet.get(), *frame, onAudio);
        }
        (void)adapters::decodePacket(**video, nullptr, *frame, onVideo);
        (void)adapters::decodePacket(**audio, nullptr, *frame, onAudio);
        return events;
    }

    QString makeFlashBeep(const QString& name, int sampleRate, int channels, const QString& audioCodec)
    {
        const QString file = m_dir.filePath(name);
        const bool made = testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"),
            QStringLiteral("-i"),
            QStringLiteral("color=c=black:s=640x360:r=30:d=3,"
                           "drawbox=x=0:y=0:w=iw:h=ih:color=white:t=fill:enable='between(n,45,47)'"),
            QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("aevalsrc='if(between(t,1.5,1.6),sin(2*PI*1000*t),0)':s=%1:d=3").arg(sampleRate),
            QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
            QStringLiteral("yuv420p"), QStringLiteral("-c:a"), audioCodec, QStringLiteral("-ac"),
            QString::number(channels), file });
        return made ? file : QString();
    }

    QString transcode(const QString& input, const QString& preset)
    {
        testing::FolderOutputs outputs(m_dir.path());
        application::CancellationToken cancel;
        const auto run = testing::runTranscode(
            *m_presets, input, { { QStringLiteral("preset"), preset } }, outputs, cancel);
        if (!run.artifacts) {
            qWarning().noquote() << run.artifacts.error().toString();
            return {};
        }
        return run.artifacts->front().path;
    }

    void checkInSync(const QString& source)
    {
        const Events before = findEvents(source);
        QVERIFY(qAbs(before.flash - 1.5) < 0.001);
        QVERIFY(qAbs(before.beep - 1.5) <= kFrame);

        const QString output = transcode(source, QStringLiteral("youtube-1080p"));
        QVERIFY(!output.isEmpty());
        const Events after = findEvents(output);
        qInfo("flash %.4f s, beep %.4f s (source: %.4f, %.4f)", after.flash, after.beep, before.flash,
            before.beep);
        QVERIFY(qAbs(after.flash - 1.5) < 0.001);  // frame 45 stays at 1.5 s exactly
        QVERIFY(qAbs(after.beep - after.flash) <= kFrame);
        QVERIFY(qAbs(after.beep - before.beep) <= kFrame);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_presets.emplace(m_dir.filePath(QStringLiteral("presets")));
    }

    void flashAndBeepStayTogetherWhenAudioIsReencoded()
    {
        // 44.1 kHz mono: the preset's 48 kHz stereo AAC needs resampling and re-encoding.
        const QString source = makeFlashBeep(QStringLiteral("reencode.mp4"), 44100, 1, QStringLiteral("aac"));
        QVERIFY(!source.isEmpty());
        checkInSync(source);
    }

    void flashAndBeepStayTogetherWhenAudioIsCopied()
    {
        // Already 48 kHz stereo AAC: audio packets are copied while the picture is re-encoded.
        const QString source = makeFlashBeep(QStringLiteral("copy.mp4"), 48000, 2, QStringLiteral("aac"));
        QVERIFY(!source.isEmpty());
        const auto plan = testing::planTranscode(
            *m_presets, source, { { QStringLiteral("preset"), QStringLiteral("youtube-1080p") } });
        QVERIFY(plan);
        QVERIFY(plan->equivalentCommand.join(QLatin1Char(' ')).contains(QStringLiteral("-c:a copy")));
        checkInSync(source);
    }

    void flashAndBeepStayTogetherFromPcmInMov()
    {
        // Uncompressed audio has no encoder delay: any offset we add would show here.
        const QString source
            = makeFlashBeep(QStringLiteral("pcm.mov"), 48000, 2, QStringLiteral("pcm_s16le"));
        QVERIFY(!source.isEmpty());
        checkInSync(source);
    }

    void flashAndBeepStayTogetherFromTransportStream()
    {
        // MPEG-TS starts at 1.4 s, audio a little before video: both keep their offset from the
        // common origin, so the events land at 1.5 s in the output's own timeline.
        const QString source = makeFlashBeep(QStringLiteral("broadcast.ts"), 48000, 2, QStringLiteral("mp2"));
        QVERIFY(!source.isEmpty());
        const double start = testing::probeJson(source)
                                 .value(QStringLiteral("format"))
                                 .toObject()
                                 .value(QStringLiteral("start_time"))
                                 .toString()
                                 .toDouble();
        QVERIFY(start > 1.0);
        const QString output = transcode(source, QStringLiteral("youtube-1080p"));
        QVERIFY(!output.isEmpty());
        const Events after = findEvents(output);
        qInfo("flash %.4f s, beep %.4f s", after.flash, after.beep);
        QVERIFY(qAbs(after.flash - 1.5) <= kFrame);
        QVERIFY(qAbs(after.beep - after.flash) <= kFrame);
    }

    void ntscRateIsKeptExactlyWithEveryFrame()
    {
        const QString source = m_dir.filePath(QStringLiteral("ntsc.mp4"));
        testing::ClipSpec spec;
        spec.seconds = 3.0;
        spec.frameRate = QStringLiteral("30000/1001");
        QVERIFY(testing::makeClip(source, spec));
        const int sourceFrames = testing::countFrames(source);
        QCOMPARE(sourceFrames, 90);

        const QString output = transcode(source, QStringLiteral("youtube-1080p"));
        QVERIFY(!output.isEmpty());
        const QJsonObject v = testing::streamOf(testing::probeJson(output), QStringLiteral("video"));
        QCOMPARE(v.value(QStringLiteral("r_frame_rate")).toString(), QStringLiteral("30000/1001"));
        QCOMPARE(v.value(QStringLiteral("avg_frame_rate")).toString(), QStringLiteral("30000/1001"));
        QCOMPARE(testing::countFrames(output), sourceFrames);
        QVERIFY(qAbs(testing::seconds(v) - 90.0 * 1001.0 / 30000.0) < 0.001);
    }
};

QTEST_GUILESS_MAIN(TestTranscodeSync)
#include "test_transcode_sync.moc"
