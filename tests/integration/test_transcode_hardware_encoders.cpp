#include "test_transcode_support.h"

#include "adapters/media/ffmpeg_command.h"
#include "adapters/media/hardware_encoders.h"
#include "adapters/media/transcoder.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace reelforge;
using adapters::HardwareApi;
using adapters::HardwareMode;
using domain::ErrorCode;

// Hardware encoders are found at run time and used when present and chosen; when they are not,
// a forced choice either fails in words or falls back to software and says so. This machine
// (like CI) has no GPU: detection must report nothing usable, and the fallback must produce a
// normal libx264 file. Selection itself is checked against a pretend list with usable devices.
class TestTranscodeHardwareEncoders final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<infrastructure::FilePresetStore> m_presets;
    QString m_clip;
    domain::Preset m_youtube;

    static bool hasNvidiaDevice() { return QFileInfo::exists(QStringLiteral("/dev/nvidiactl")); }
    static bool hasRenderNode()
    {
        return !QDir(QStringLiteral("/dev/dri"))
                    .entryList({ QStringLiteral("renderD*") }, QDir::System)
                    .isEmpty();
    }

    static std::vector<adapters::HardwareEncoder> pretend(HardwareApi api, const QByteArray& name)
    {
        return { { name, QStringLiteral("h264"), api, true, true, {} } };
    }

    adapters::Transcoder transcoder(const QString& output, HardwareMode mode, bool fallback) const
    {
        return adapters::Transcoder(m_clip, m_youtube, output, { mode, fallback, nullptr });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_presets.emplace(m_dir.filePath(QStringLiteral("presets")));
        m_clip = m_dir.filePath(QStringLiteral("clip.mp4"));
        testing::ClipSpec spec;
        spec.seconds = 1.0;
        QVERIFY(testing::makeClip(m_clip, spec));
        m_youtube = *m_presets->find(QStringLiteral("youtube-1080p"));
    }

    void detectionFindsTheWrappersButNoUsableDeviceHere()
    {
        const auto found = adapters::detectHardwareEncoders();
        QStringList names;
        for (const auto& e : found) {
            names << QString::fromLatin1(e.name);
            // Usable means a trial encode worked; otherwise the reason is there to show.
            QCOMPARE(e.usable, e.reason.isEmpty());
            QVERIFY(!e.usable || e.compiledIn);
            if (e.api == HardwareApi::Nvenc && !hasNvidiaDevice()) {
                QVERIFY(!e.usable);
                if (e.compiledIn)
                    QCOMPARE(e.reason, QStringLiteral("no NVIDIA GPU/driver"));
            }
            if (e.api == HardwareApi::Vaapi && !hasRenderNode())
                QVERIFY(!e.usable);
        }
        for (const char* name : { "h264_nvenc", "hevc_nvenc", "h264_vaapi", "hevc_vaapi", "h264_qsv" })
            QVERIFY2(names.contains(QLatin1String(name)), name);
    }

    void detectionIsProbedOnceAndCached()
    {
        const auto* first = &adapters::availableHardwareEncoders();
        QElapsedTimer t;
        t.start();
        const auto* second = &adapters::availableHardwareEncoders();
        QCOMPARE(first, second);
        QVERIFY(t.elapsed() < 5);
    }

    void forcedNvencWithoutFallbackFailsClearly()
    {
        if (hasNvidiaDevice())
            QSKIP("this machine has an NVIDIA device");
        const QString output = m_dir.filePath(QStringLiteral("forced.mp4"));
        const auto result = transcoder(output, HardwareMode::Nvenc, false).run();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::UnsupportedCodec);
        QCOMPARE(result.error().message,
            QStringLiteral("h264_nvenc is not available on this machine: no NVIDIA GPU/driver"));
        QVERIFY(!QFileInfo::exists(output));

        // The step refuses it when planned, before the job is queued.
        const auto plan = testing::planTranscode(*m_presets, m_clip,
            { { QStringLiteral("preset"), QStringLiteral("youtube-1080p") },
                { QStringLiteral("hardware"), QStringLiteral("nvenc") },
                { QStringLiteral("allowFallback"), false } });
        QCOMPARE(plan.error().code, ErrorCode::UnsupportedCodec);
    }

    void forcedHardwareWithFallbackEncodesWithLibx264_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("missing");
        QTest::newRow("nvenc") << int(HardwareMode::Nvenc) << QStringLiteral("h264_nvenc");
        QTest::newRow("vaapi") << int(HardwareMode::Vaapi) << QStringLiteral("h264_vaapi");
        QTest::newRow("qsv") << int(HardwareMode::Qsv) << QStringLiteral("h264_qsv");
    }

    void forcedHardwareWithFallbackEncodesWithLibx264()
    {
        QFETCH(int, mode);
        QFETCH(QString, missing);
        for (const auto& e : adapters::availableHardwareEncoders()) {
            if (e.usable && QString::fromLatin1(e.name) == missing)
                QSKIP("this machine has that encoder");
        }
        const QString output = m_dir.filePath(missing + QStringLiteral(".mp4"));
        const auto report = transcoder(output, HardwareMode(mode), true).run();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->videoEncoder, QStringLiteral("libx264"));
        QVERIFY(!report->hardware);
        QVERIFY(
            report->fallbackNote.startsWith(missing + QStringLiteral(" is not available on this machine")));
        QVERIFY(report->fallbackNote.endsWith(QStringLiteral("using libx264 instead")));
        const QJsonObject v = testing::streamOf(testing::probeJson(output), QStringLiteral("video"));
        QCOMPARE(v.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
        QCOMPARE(v.value(QStringLiteral("width")).toInt(), 1920);
        QVERIFY(v.value(QStringLiteral("tags"))
                    .toObject()
                    .value(QStringLiteral("encoder"))
                    .toString()
                    .endsWith(QStringLiteral("libx264")));
    }

    void autoUsesSoftwareWhenNoHardwareIsUsable()
    {
        bool anyUsable = false;
        for (const auto& e : adapters::availableHardwareEncoders())
            anyUsable = anyUsable || (e.usable && e.codec == QLatin1String("h264"));
        if (anyUsable)
            QSKIP("this machine has a usable H.264 hardware encoder");
        const auto report
            = transcoder(m_dir.filePath(QStringLiteral("auto.mp4")), HardwareMode::Auto, true).run();
        QVERIFY(report);
        QCOMPARE(report->videoEncoder, QStringLiteral("libx264"));
        QVERIFY(report->fallbackNote.isEmpty());
    }

    void encoderThatFailsToOpenFallsBackAtRunTime()
    {
        // Detection can be right and the open still fail (a consumer GPU's session limit):
        // pretend NVENC is usable; on this machine its open fails like that.
        if (hasNvidiaDevice())
            QSKIP("this machine has an NVIDIA device");
        const auto nvenc = pretend(HardwareApi::Nvenc, "h264_nvenc");
        const QString output = m_dir.filePath(QStringLiteral("runtime-fallback.mp4"));
        const auto report
            = adapters::Transcoder(m_clip, m_youtube, output, { HardwareMode::Auto, true, &nvenc }).run();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->videoEncoder, QStringLiteral("libx264"));
        QVERIFY(report->fallbackNote.startsWith(QStringLiteral("h264_nvenc cannot be opened")));
        QCOMPARE(testing::streamOf(testing::probeJson(output), QStringLiteral("video"))
                     .value(QStringLiteral("width"))
                     .toInt(),
            1920);

        const QString strict = m_dir.filePath(QStringLiteral("runtime-strict.mp4"));
        const auto refused
            = adapters::Transcoder(m_clip, m_youtube, strict, { HardwareMode::Nvenc, false, &nvenc }).run();
        QCOMPARE(refused.error().code, ErrorCode::UnsupportedCodec);
        QCOMPARE(refused.error().detail, QStringLiteral("h264_nvenc"));
        QVERIFY(!QFileInfo::exists(strict));
    }

    void selectionPrefersUsableHardwareWhenAllowed()
    {
        const domain::VideoPreset& v = *m_youtube.video;
        const auto nvenc = pretend(HardwareApi::Nvenc, "h264_nvenc");
        QCOMPARE(
            adapters::pickVideoEncoder(v, HardwareMode::Auto, true, nvenc)->name, QByteArray("h264_nvenc"));
        QCOMPARE(adapters::pickVideoEncoder(v, HardwareMode::Off, true, nvenc)->name, QByteArray("libx264"));
        domain::VideoPreset softwareOnly = v;
        softwareOnly.allowHardware = false;
        QCOMPARE(adapters::pickVideoEncoder(softwareOnly, HardwareMode::Auto, true, nvenc)->name,
            QByteArray("libx264"));
        // A forced API takes its own encoder even when another one is usable.
        const auto qsv
            = adapters::pickVideoEncoder(v, HardwareMode::Qsv, false, pretend(HardwareApi::Qsv, "h264_qsv"));
        QCOMPARE(qsv->name, QByteArray("h264_qsv"));
        QCOMPARE(adapters::pickVideoEncoder(v, HardwareMode::Vaapi, false, nvenc).error().code,
            ErrorCode::UnsupportedCodec);
    }

    void hardwareChoiceShapesFiltersAndCommand()
    {
        auto info = adapters::FfmpegProbe().probe(m_clip);
        QVERIFY(info);
        const adapters::TranscodeOptions options { HardwareMode::Auto, true, nullptr };
        const auto vaapi = adapters::resolveTranscode(
            *info, m_youtube, options, pretend(HardwareApi::Vaapi, "h264_vaapi"));
        QVERIFY(vaapi);
        QVERIFY(vaapi->video->filters.endsWith(QStringLiteral("format=nv12,hwupload")));
        const QString vaapiCommand
            = adapters::ffmpegCommand(m_clip, *vaapi, QStringLiteral("out.mp4")).join(QLatin1Char(' '));
        QVERIFY(vaapiCommand.contains(QStringLiteral("-vaapi_device /dev/dri/renderD128 -i")));
        QVERIFY(vaapiCommand.contains(QStringLiteral("-c:v h264_vaapi -qp:v 20")));

        const auto nvenc = adapters::resolveTranscode(
            *info, m_youtube, options, pretend(HardwareApi::Nvenc, "h264_nvenc"));
        QVERIFY(nvenc);
        const QString nvencCommand
            = adapters::ffmpegCommand(m_clip, *nvenc, QStringLiteral("out.mp4")).join(QLatin1Char(' '));
        QVERIFY(nvencCommand.contains(QStringLiteral("-c:v h264_nvenc -preset:v p2 -rc:v vbr -cq:v 20")));
        QVERIFY(nvencCommand.contains(QStringLiteral("-profile:v high -g:v 50")));
    }

    void unknownHardwareValueIsRefused()
    {
        const auto plan = testing::planTranscode(*m_presets, m_clip,
            { { QStringLiteral("preset"), QStringLiteral("youtube-1080p") },
                { QStringLiteral("hardware"), QStringLiteral("cuda") } });
        QCOMPARE(plan.error().code, ErrorCode::InvalidArgument);
        QCOMPARE(plan.error().detail, QStringLiteral("hardware"));
    }
};

QTEST_GUILESS_MAIN(TestTranscodeHardwareEncoders)
#include "test_transcode_hardware_encoders.moc"
