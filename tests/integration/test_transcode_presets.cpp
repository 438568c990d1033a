#include "test_transcode_support.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace reelforge;
using testing::seconds;
using testing::streamOf;

// Every built-in preset a creator reaches for, run through the transcode step on small
// generated clips, checked with ffprobe for what the platform will look at: codec, size, pixel
// format, frame rate, sample rate, channels and duration (to one frame).
class TestTranscodePresets final : public QObject {
    Q_OBJECT

    static constexpr double kFrame = 1.0 / 30.0;

    QTemporaryDir m_dir;
    std::optional<infrastructure::FilePresetStore> m_presets;
    QString m_clip;  // 640x360 30 fps H.264, AAC 44.1 kHz mono, 2 s
    QString m_voice;  // audio only: AAC 44.1 kHz mono, 2 s
    QString m_phone;  // 640x360 stored, tagged to display as 360x640

    QString path(const QString& name) const { return m_dir.filePath(name); }

    QJsonObject transcode(const QString& input, const QString& preset, bool* audioPath = nullptr)
    {
        testing::FolderOutputs outputs(m_dir.path());
        application::CancellationToken cancel;
        const auto run = testing::runTranscode(
            *m_presets, input, { { QStringLiteral("preset"), preset } }, outputs, cancel);
        if (!run.artifacts) {
            qWarning().noquote() << run.artifacts.error().toString();
            return {};
        }
        if (audioPath)
            *audioPath = run.audioPath;
        const domain::Artifact& artifact = run.artifacts->front();
        if (artifact.path != outputs.last() || !QFileInfo(artifact.path).isFile())
            return {};
        auto probe = testing::probeJson(artifact.path);
        probe.insert(QStringLiteral("artifactKind"), artifact.kind);
        probe.insert(QStringLiteral("outputName"), run.plan->outputName);
        return probe;
    }

    // The picture of the first frame as 8-bit luma, read by the ffmpeg CLI.
    static QByteArray firstFrameLuma(const QString& file)
    {
        QProcess p;
        p.start(QStringLiteral("ffmpeg"),
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), file,
                QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-vf"),
                QStringLiteral("format=gray"), QStringLiteral("-f"), QStringLiteral("rawvideo"),
                QStringLiteral("-") });
        p.waitForFinished(60000);
        return p.readAllStandardOutput();
    }

    static int lumaAt(const QByteArray& luma, int width, int x, int y)
    {
        return static_cast<unsigned char>(luma.at(y * width + x));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_presets.emplace(m_dir.filePath(QStringLiteral("presets")));
        m_clip = path(QStringLiteral("clip.mp4"));
        testing::ClipSpec clip;
        clip.width = 640;
        clip.height = 360;
        clip.frameRate = QStringLiteral("30");
        clip.sampleRate = 44100;
        clip.channels = 1;
        QVERIFY(testing::makeClip(m_clip, clip));

        m_voice = path(QStringLiteral("voice.m4a"));
        testing::ClipSpec voice = clip;
        voice.video = false;
        QVERIFY(testing::makeClip(m_voice, voice));

        // A phone holds the sensor's landscape frame and a display matrix; 5.1 only writes the
        // "rotate" tag as a matrix when copying, hence two steps.
        const QString landscape = path(QStringLiteral("landscape.mp4"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("color=c=black:s=640x360:r=30:d=2,drawbox=x=0:y=0:w=80:h=80:color=white:t=fill"),
            QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
            QStringLiteral("yuv420p"), landscape }));
        m_phone = path(QStringLiteral("phone.mp4"));
        QVERIFY(testing::runFfmpeg(
            { QStringLiteral("-i"), landscape, QStringLiteral("-c"), QStringLiteral("copy"),
                QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=90"), m_phone }));
        QCOMPARE(adapters::FfmpegProbe().probe(m_phone)->video.front().displayWidth(), 360);
    }

    void youtube1080pIsFullHdH264WithStereoAac()
    {
        const QJsonObject probe = transcode(m_clip, QStringLiteral("youtube-1080p"));
        QVERIFY(!probe.isEmpty());
        QCOMPARE(
            probe.value(QStringLiteral("outputName")).toString(), QStringLiteral("clip_youtube-1080p.mp4"));
        QCOMPARE(probe.value(QStringLiteral("artifactKind")).toString(), QStringLiteral("video"));
        const QJsonObject v = streamOf(probe, QStringLiteral("video"));
        QCOMPARE(v.value(QStringLiteral("codec_name")).toString(), QStringLiteral("h264"));
        QCOMPARE(v.value(QStringLiteral("profile")).toString(), QStringLiteral("High"));
        QCOMPARE(v.value(QStringLiteral("width")).toInt(), 1920);
        QCOMPARE(v.value(QStringLiteral("height")).toInt(), 1080);
        QCOMPARE(v.value(QStringLiteral("pix_fmt")).toString(), QStringLiteral("yuv420p"));
        QCOMPARE(v.value(QStringLiteral("r_frame_rate")).toString(), QStringLiteral("30/1"));
        QCOMPARE(v.value(QStringLiteral("sample_aspect_ratio")).toString(QStringLiteral("1:1")),
            QStringLiteral("1:1"));
        QVERIFY(qAbs(seconds(v) - 2.0) <= kFrame);
        const QJsonObject a = streamOf(probe, QStringLiteral("audio"));
        QCOMPARE(a.value(QStringLiteral("codec_name")).toString(), QStringLiteral("aac"));
        QCOMPARE(a.value(QStringLiteral("sample_rate")).toString(), QStringLiteral("48000"));
        QCOMPARE(a.value(QStringLiteral("channels")).toInt(), 2);
        QVERIFY(qAbs(seconds(a) - 2.0) <= kFrame);
        QCOMPARE(testing::streamCount(probe, QStringLiteral("video"))
                + testing::streamCount(probe, QStringLiteral("audio")),
            2);
        // Fast start: the index comes before the media, so a browser can play while downloading.
        QFile file(m_dir.filePath(QStringLiteral("part-clip_youtube-1080p.mp4")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(4096);
        QVERIFY(head.indexOf("moov") >= 0
            && (head.indexOf("mdat") < 0 || head.indexOf("moov") < head.indexOf("mdat")));
    }

    void shortsFillsPortraitFrameByCropping()
    {
        // A flat grey landscape clip: after a cover fit every edge is picture, not a bar.
        const QString grey = path(QStringLiteral("grey.mp4"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("color=c=0x808080:s=640x360:r=30:d=1"), QStringLiteral("-c:v"),
            QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), grey }));
        const QJsonObject probe = transcode(grey, QStringLiteral("shorts-1080x1920"));
        const QJsonObject v = streamOf(probe, QStringLiteral("video"));
        QCOMPARE(v.value(QStringLiteral("width")).toInt(), 1080);
        QCOMPARE(v.value(QStringLiteral("height")).toInt(), 1920);
        const QByteArray luma
            = firstFrameLuma(m_dir.filePath(QStringLiteral("part-grey_shorts-1080x1920.mp4")));
        QCOMPARE(luma.size(), 1080 * 1920);
        for (const auto& [x, y] :
            { std::pair { 0, 0 }, { 1079, 0 }, { 0, 1919 }, { 1079, 1919 }, { 540, 960 } })
            QVERIFY2(
                lumaAt(luma, 1080, x, y) > 100, qPrintable(QStringLiteral("dark at %1,%2").arg(x).arg(y)));
    }

    void youtubeLetterboxesPortraitPhoneClipUpright()
    {
        const QJsonObject probe = transcode(m_phone, QStringLiteral("youtube-1080p"));
        const QJsonObject v = streamOf(probe, QStringLiteral("video"));
        QCOMPARE(v.value(QStringLiteral("width")).toInt(), 1920);
        QCOMPARE(v.value(QStringLiteral("height")).toInt(), 1080);
        QCOMPARE(testing::rotationOf(v), 0);  // pixels are turned; no player turns them again
        // A 9:16 picture 1080 high is 608 wide, centred: pillarbox bars left and right.
        const QByteArray luma
            = firstFrameLuma(m_dir.filePath(QStringLiteral("part-phone_youtube-1080p.mp4")));
        QCOMPARE(luma.size(), 1920 * 1080);
        QVERIFY(lumaAt(luma, 1920, 100, 540) < 40);
        QVERIFY(lumaAt(luma, 1920, 1820, 540) < 40);
    }

    void keptSizeFollowsDisplayOrientation()
    {
        // web-small-720p only scales down: the 360x640 display size fits and is kept, upright.
        const QJsonObject probe = transcode(m_phone, QStringLiteral("web-small-720p"));
        const QJsonObject v = streamOf(probe, QStringLiteral("video"));
        QCOMPARE(v.value(QStringLiteral("width")).toInt(), 360);
        QCOMPARE(v.value(QStringLiteral("height")).toInt(), 640);
        QCOMPARE(testing::rotationOf(v), 0);
        // Same picture as the ffmpeg CLI shows the source (it applies the display matrix).
        const QByteArray ours
            = firstFrameLuma(m_dir.filePath(QStringLiteral("part-phone_web-small-720p.mp4")));
        const QByteArray reference = firstFrameLuma(m_phone);
        QCOMPARE(ours.size(), 360 * 640);
        QCOMPARE(reference.size(), ours.size());
        qint64 difference = 0;
        for (qsizetype i = 0; i < ours.size(); ++i)
            difference += qAbs(int(uchar(ours[i])) - int(uchar(reference[i])));
        QVERIFY2(difference / ours.size() < 4, qPrintable(QString::number(difference / ours.size())));
    }

    void colourTagsSurviveTheTranscode()
    {
        // An HLG phone clip made 8-bit for YouTube is still HLG-coded: dropping the tags would
        // make every player show it washed out.
        const QString hlg = path(QStringLiteral("hlg.mp4"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=640x360:rate=30:duration=1"), QStringLiteral("-c:v"),
            QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p10le"),
            QStringLiteral("-color_primaries"), QStringLiteral("bt2020"), QStringLiteral("-color_trc"),
            QStringLiteral("arib-std-b67"), QStringLiteral("-colorspace"), QStringLiteral("bt2020nc"),
            QStringLiteral("-color_range"), QStringLiteral("tv"), hlg }));
        const QJsonObject v
            = streamOf(transcode(hlg, QStringLiteral("youtube-1080p")), QStringLiteral("video"));
        QCOMPARE(v.value(QStringLiteral("pix_fmt")).toString(), QStringLiteral("yuv420p"));
        QCOMPARE(v.value(QStringLiteral("color_primaries")).toString(), QStringLiteral("bt2020"));
        QCOMPARE(v.value(QStringLiteral("color_transfer")).toString(), QStringLiteral("arib-std-b67"));
        QCOMPARE(v.value(QStringLiteral("color_space")).toString(), QStringLiteral("bt2020nc"));
        QCOMPARE(v.value(QStringLiteral("color_range")).toString(), QStringLiteral("tv"));
    }

    void gifPreviewIsSmallAndTwelveFps()
    {
        const QJsonObject probe = transcode(m_clip, QStringLiteral("gif-preview"));
        const QJsonObject v = streamOf(probe, QStringLiteral("video"));
        QCOMPARE(v.value(QStringLiteral("codec_name")).toString(), QStringLiteral("gif"));
        QVERIFY(v.value(QStringLiteral("width")).toInt() <= 480);
        QCOMPARE(v.value(QStringLiteral("width")).toInt(), 480);
        QCOMPARE(v.value(QStringLiteral("height")).toInt(), 270);
        QCOMPARE(v.value(QStringLiteral("r_frame_rate")).toString(), QStringLiteral("12/1"));
        QCOMPARE(testing::streamCount(probe, QStringLiteral("audio")), 0);
        QVERIFY(qAbs(testing::formatSeconds(probe) - 2.0) <= 1.0 / 12.0);
        QCOMPARE(testing::countFrames(m_dir.filePath(QStringLiteral("part-clip_gif-preview.gif"))), 24);
    }

    void podcastFromVideoIsAudioOnlyM4a()
    {
        const QJsonObject probe = transcode(m_clip, QStringLiteral("podcast-audio"));
        QCOMPARE(
            probe.value(QStringLiteral("outputName")).toString(), QStringLiteral("clip_podcast-audio.m4a"));
        QCOMPARE(probe.value(QStringLiteral("artifactKind")).toString(), QStringLiteral("audio"));
        QCOMPARE(testing::streamCount(probe, QStringLiteral("video")), 0);
        const QJsonObject a = streamOf(probe, QStringLiteral("audio"));
        QCOMPARE(a.value(QStringLiteral("codec_name")).toString(), QStringLiteral("aac"));
        QCOMPARE(a.value(QStringLiteral("sample_rate")).toString(), QStringLiteral("44100"));
        QCOMPARE(a.value(QStringLiteral("channels")).toInt(), 2);
        QVERIFY(qAbs(seconds(a) - 2.0) <= kFrame);
        QVERIFY(probe.value(QStringLiteral("format"))
                    .toObject()
                    .value(QStringLiteral("format_name"))
                    .toString()
                    .contains(QStringLiteral("m4a")));
    }

    void archiveProresKeepsSizeInTenBit422WithPcm()
    {
        const QJsonObject probe = transcode(m_clip, QStringLiteral("archive-prores"));
        const QJsonObject v = streamOf(probe, QStringLiteral("video"));
        QCOMPARE(v.value(QStringLiteral("codec_name")).toString(), QStringLiteral("prores"));
        QCOMPARE(v.value(QStringLiteral("profile")).toString(), QStringLiteral("HQ"));
        QCOMPARE(v.value(QStringLiteral("pix_fmt")).toString(), QStringLiteral("yuv422p10le"));
        QCOMPARE(v.value(QStringLiteral("width")).toInt(), 640);
        QCOMPARE(v.value(QStringLiteral("height")).toInt(), 360);
        QCOMPARE(v.value(QStringLiteral("r_frame_rate")).toString(), QStringLiteral("30/1"));
        QVERIFY(qAbs(seconds(v) - 2.0) <= kFrame);
        const QJsonObject a = streamOf(probe, QStringLiteral("audio"));
        QCOMPARE(a.value(QStringLiteral("codec_name")).toString(), QStringLiteral("pcm_s16le"));
        QCOMPARE(a.value(QStringLiteral("sample_rate")).toString(), QStringLiteral("48000"));
        QCOMPARE(a.value(QStringLiteral("channels")).toInt(), 1);  // channels 0: kept
    }

    void audioOnlyInputTakesTheAudioPath()
    {
        bool audioPath = false;
        const QJsonObject probe = transcode(m_voice, QStringLiteral("youtube-1080p"), &audioPath);
        QVERIFY(audioPath);
        QCOMPARE(probe.value(QStringLiteral("artifactKind")).toString(), QStringLiteral("audio"));
        QCOMPARE(testing::streamCount(probe, QStringLiteral("video")), 0);
        const QJsonObject a = streamOf(probe, QStringLiteral("audio"));
        QCOMPARE(a.value(QStringLiteral("codec_name")).toString(), QStringLiteral("aac"));
        QCOMPARE(a.value(QStringLiteral("sample_rate")).toString(), QStringLiteral("48000"));
        QCOMPARE(a.value(QStringLiteral("channels")).toInt(), 2);
        QVERIFY(qAbs(seconds(a) - 2.0) <= kFrame);
    }

    void presetsThatCannotApplyAreRefusedAtPlanTime()
    {
        const auto gifOfVoice = testing::planTranscode(
            *m_presets, m_voice, { { QStringLiteral("preset"), QStringLiteral("gif-preview") } });
        QCOMPARE(gifOfVoice.error().code, domain::ErrorCode::UnsupportedMedia);
        const auto unknown = testing::planTranscode(
            *m_presets, m_clip, { { QStringLiteral("preset"), QStringLiteral("nope") } });
        QCOMPARE(unknown.error().code, domain::ErrorCode::InvalidArgument);
        QCOMPARE(unknown.error().message, QStringLiteral("unknown preset nope"));
        const auto none = testing::planTranscode(*m_presets, m_clip, {});
        QCOMPARE(none.error().code, domain::ErrorCode::InvalidArgument);
        const auto silent = path(QStringLiteral("silent.mp4"));
        testing::ClipSpec spec;
        spec.audio = false;
        QVERIFY(testing::makeClip(silent, spec));
        const auto podcastOfSilence = testing::planTranscode(
            *m_presets, silent, { { QStringLiteral("preset"), QStringLiteral("podcast-audio") } });
        QCOMPARE(podcastOfSilence.error().code, domain::ErrorCode::UnsupportedMedia);
    }
};

QTEST_GUILESS_MAIN(TestTranscodePresets)
#include "test_transcode_presets.moc"
