#include "adapters/media/ffmpeg_probe.h"
#include "support/media_fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using domain::ErrorCode;
using testing::ClipSpec;

// FfmpegProbe against the ffprobe CLI: every field the domain keeps must agree with what
// `ffprobe -show_format -show_streams` reports for the same file.
class TestFfmpegProbe final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    adapters::FfmpegProbe m_probe;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QJsonObject ffprobe(const QString& file)
    {
        return QJsonDocument::fromJson(testing::ffprobeJson(file)).object();
    }

    static QString tag(const QJsonObject& stream, const char* key)
    {
        const QString value
            = stream.value(QStringLiteral("tags")).toObject().value(QLatin1String(key)).toString();
        return value == QLatin1String("und") ? QString() : value;  // the probe drops "und"
    }

    // ffprobe prints av_display_rotation_get (counter-clockwise); the domain keeps clockwise.
    static int expectedRotation(const QJsonObject& stream)
    {
        for (const QJsonValue sd : stream.value(QStringLiteral("side_data_list")).toArray()) {
            const QJsonObject o = sd.toObject();
            if (o.contains(QStringLiteral("rotation")))
                return ((-o.value(QStringLiteral("rotation")).toInt()) % 360 + 360) % 360;
        }
        return 0;
    }

    static void compareVideo(const domain::VideoStream& v, const QJsonObject& s)
    {
        QCOMPARE(v.codec, s.value(QStringLiteral("codec_name")).toString());
        QCOMPARE(v.profile, s.value(QStringLiteral("profile")).toString());
        QCOMPARE(v.width, s.value(QStringLiteral("width")).toInt());
        QCOMPARE(v.height, s.value(QStringLiteral("height")).toInt());
        QString rate = s.value(QStringLiteral("avg_frame_rate")).toString();
        if (rate == QLatin1String("0/0"))
            rate = s.value(QStringLiteral("r_frame_rate")).toString();
        QCOMPARE(v.frameRate.toString(), rate);
        QCOMPARE(v.pixelFormat, s.value(QStringLiteral("pix_fmt")).toString());
        QCOMPARE(v.rotation, expectedRotation(s));
        QCOMPARE(v.color.space, s.value(QStringLiteral("color_space")).toString());
        QCOMPARE(v.color.primaries, s.value(QStringLiteral("color_primaries")).toString());
        QCOMPARE(v.color.transfer, s.value(QStringLiteral("color_transfer")).toString());
        QCOMPARE(v.color.range, s.value(QStringLiteral("color_range")).toString());
    }

    static void compareAudio(const domain::AudioStream& a, const QJsonObject& s)
    {
        QCOMPARE(a.codec, s.value(QStringLiteral("codec_name")).toString());
        QCOMPARE(QString::number(a.sampleRate), s.value(QStringLiteral("sample_rate")).toString());
        QCOMPARE(a.channels, s.value(QStringLiteral("channels")).toInt());
        QCOMPARE(a.channelLayout, s.value(QStringLiteral("channel_layout")).toString());
        QCOMPARE(a.language, tag(s, "language"));
    }

    // Probes `file` and checks every field against ffprobe; returns the info for extra checks.
    domain::MediaInfo probeAndCompare(const QString& file)
    {
        const auto info = m_probe.probe(file);
        if (!info) {
            QTest::qFail(qPrintable(info.error().toString()), __FILE__, __LINE__);
            return {};
        }
        const QJsonObject json = ffprobe(file);
        const QJsonObject format = json.value(QStringLiteral("format")).toObject();
        [&] {
            QVERIFY2(!format.isEmpty(), "ffprobe gave no format");
            QCOMPARE(info->container, format.value(QStringLiteral("format_name")).toString());
            const double seconds = format.value(QStringLiteral("duration")).toString().toDouble();
            QVERIFY(qAbs(static_cast<double>(info->duration.count()) - seconds * 1e6) <= 1000.0);
            QCOMPARE(QString::number(info->sizeBytes), format.value(QStringLiteral("size")).toString());
            QCOMPARE(QString::number(info->bitRate), format.value(QStringLiteral("bit_rate")).toString());

            qsizetype videos = 0, audios = 0, subtitles = 0;
            for (const QJsonValue value : json.value(QStringLiteral("streams")).toArray()) {
                const QJsonObject s = value.toObject();
                const QString type = s.value(QStringLiteral("codec_type")).toString();
                const int index = s.value(QStringLiteral("index")).toInt();
                const bool cover = s.value(QStringLiteral("disposition"))
                                       .toObject()
                                       .value(QStringLiteral("attached_pic"))
                                       .toInt()
                    == 1;
                if (type == QLatin1String("video") && !cover) {
                    QVERIFY(videos < qsizetype(info->video.size()));
                    QCOMPARE(info->video[videos].index, index);
                    compareVideo(info->video[videos++], s);
                } else if (type == QLatin1String("audio")) {
                    QVERIFY(audios < qsizetype(info->audio.size()));
                    QCOMPARE(info->audio[audios].index, index);
                    compareAudio(info->audio[audios++], s);
                } else if (type == QLatin1String("subtitle")) {
                    QVERIFY(subtitles < qsizetype(info->subtitles.size()));
                    QCOMPARE(info->subtitles[subtitles].index, index);
                    QCOMPARE(
                        info->subtitles[subtitles].codec, s.value(QStringLiteral("codec_name")).toString());
                    QCOMPARE(info->subtitles[subtitles++].language, tag(s, "language"));
                }
                if (QTest::currentTestFailed())
                    return;
            }
            QCOMPARE(videos, qsizetype(info->video.size()));
            QCOMPARE(audios, qsizetype(info->audio.size()));
            QCOMPARE(subtitles, qsizetype(info->subtitles.size()));
        }();
        return *info;
    }

    ErrorCode probeError(const QString& file)
    {
        const auto info = m_probe.probe(file);
        return info ? ErrorCode::Internal : info.error().code;
    }

    static void writeFile(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static QByteArray randomBytes(int size, quint32 seed)
    {
        QRandomGenerator rng(seed);
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& c : bytes)
            c = static_cast<char>(rng.bounded(256));
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(testing::makeClip(path(QStringLiteral("basic.mp4"))));
        ClipSpec ntsc;
        ntsc.frameRate = QStringLiteral("30000/1001");
        QVERIFY(testing::makeClip(path(QStringLiteral("ntsc.mp4")), ntsc));
    }

    void h264AacMp4MatchesFfprobe()
    {
        const domain::MediaInfo info = probeAndCompare(path(QStringLiteral("basic.mp4")));
        QCOMPARE(info.container, QStringLiteral("mov,mp4,m4a,3gp,3g2,mj2"));
        QCOMPARE(info.video.size(), std::size_t(1));
        QCOMPARE(info.video[0].codec, QStringLiteral("h264"));
        QCOMPARE(info.video[0].frameRate, (domain::Rational { 25, 1 }));
        QCOMPARE(info.video[0].color.bitDepth, 8);
        QCOMPARE(info.audio.size(), std::size_t(1));
        QCOMPARE(info.audio[0].channelLayout, QStringLiteral("stereo"));
        QVERIFY(qAbs(info.durationSeconds() - 2.0) < 0.1);
        QVERIFY(info.validate());
    }

    void ntscFrameRateIsExact()
    {
        const domain::MediaInfo info = probeAndCompare(path(QStringLiteral("ntsc.mp4")));
        QCOMPARE(info.video.at(0).frameRate, (domain::Rational { 30000, 1001 }));
    }

    void audioOnlyMp3AndWav()
    {
        ClipSpec mp3;
        mp3.video = false;
        mp3.audioCodec = QStringLiteral("libmp3lame");
        mp3.sampleRate = 44100;
        QVERIFY(testing::makeClip(path(QStringLiteral("audio.mp3")), mp3));
        ClipSpec wav = mp3;
        wav.audioCodec = QStringLiteral("pcm_s16le");
        wav.channels = 1;
        QVERIFY(testing::makeClip(path(QStringLiteral("audio.wav")), wav));

        const domain::MediaInfo a = probeAndCompare(path(QStringLiteral("audio.mp3")));
        QCOMPARE(a.container, QStringLiteral("mp3"));
        QVERIFY(!a.hasVideo());
        QCOMPARE(a.audio.at(0).sampleRate, 44100);
        const domain::MediaInfo w = probeAndCompare(path(QStringLiteral("audio.wav")));
        QCOMPARE(w.audio.at(0).codec, QStringLiteral("pcm_s16le"));
        QCOMPARE(w.audio.at(0).channels, 1);
    }

    void coverArtIsNotVideo()
    {
        const QString cover = path(QStringLiteral("cover.png"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=64x64"), QStringLiteral("-frames:v"), QStringLiteral("1"),
            cover }));
        ClipSpec mp3;
        mp3.video = false;
        mp3.audioCodec = QStringLiteral("libmp3lame");
        QVERIFY(testing::makeClip(path(QStringLiteral("plain.mp3")), mp3));
        const QString tagged = path(QStringLiteral("tagged.mp3"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-i"), path(QStringLiteral("plain.mp3")),
            QStringLiteral("-i"), cover, QStringLiteral("-map"), QStringLiteral("0"), QStringLiteral("-map"),
            QStringLiteral("1"), QStringLiteral("-c"), QStringLiteral("copy"),
            QStringLiteral("-disposition:v"), QStringLiteral("attached_pic"), tagged }));
        QVERIFY(ffprobe(tagged).value(QStringLiteral("streams")).toArray().size() == 2);  // cover is there

        const domain::MediaInfo info = probeAndCompare(tagged);
        QVERIFY(!info.hasVideo());
        QCOMPARE(info.audio.size(), std::size_t(1));
    }

    void rotationFollowsTheDisplayMatrix_data()
    {
        QTest::addColumn<QString>("rotateTag");
        QTest::addColumn<int>("expected");
        // FFmpeg 5.1's muxer turns the legacy "rotate" tag into a display matrix whose
        // av_display_rotation_get is +tag, i.e. the opposite turn of what old phones meant:
        // rotate=270 gives ffprobe -90, which is what a portrait phone clip carries.
        QTest::newRow("phone portrait (ffprobe -90)") << QStringLiteral("270") << 90;
        QTest::newRow("ffprobe 90") << QStringLiteral("90") << 270;
        QTest::newRow("upside down") << QStringLiteral("180") << 180;
    }

    void rotationFollowsTheDisplayMatrix()
    {
        QFETCH(QString, rotateTag);
        QFETCH(int, expected);
        const QString rotated = path(QStringLiteral("rotated-%1.mp4").arg(rotateTag));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-i"), path(QStringLiteral("basic.mp4")),
            QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-metadata:s:v:0"),
            QStringLiteral("rotate=") + rotateTag, rotated }));
        const QJsonObject stream
            = ffprobe(rotated).value(QStringLiteral("streams")).toArray().at(0).toObject();
        QCOMPARE(expectedRotation(stream), expected);  // the file really carries the matrix

        const domain::MediaInfo info = probeAndCompare(rotated);
        QCOMPARE(info.video.at(0).rotation, expected);
        QCOMPARE(info.video.at(0).displayWidth(), expected == 180 ? 320 : 240);
        QVERIFY(info.validate());
    }

    void tenBitHdrHevc()
    {
        ClipSpec hdr;
        hdr.audio = false;
        hdr.videoCodec = QStringLiteral("libx265");
        hdr.pixelFormat = QStringLiteral("yuv420p10le");
        hdr.seconds = 1;
        hdr.extraOutputArgs = { QStringLiteral("-color_primaries"), QStringLiteral("bt2020"),
            QStringLiteral("-color_trc"), QStringLiteral("smpte2084"), QStringLiteral("-colorspace"),
            QStringLiteral("bt2020nc"), QStringLiteral("-x265-params"), QStringLiteral("log-level=error") };
        QVERIFY(testing::makeClip(path(QStringLiteral("hdr.mp4")), hdr));

        const domain::MediaInfo info = probeAndCompare(path(QStringLiteral("hdr.mp4")));
        const domain::VideoStream& v = info.video.at(0);
        QCOMPARE(v.codec, QStringLiteral("hevc"));
        QCOMPARE(v.profile, QStringLiteral("Main 10"));
        QCOMPARE(v.color.bitDepth, 10);
        QCOMPARE(v.color.transfer, QStringLiteral("smpte2084"));
        QCOMPARE(v.color.primaries, QStringLiteral("bt2020"));
        QCOMPARE(v.color.space, QStringLiteral("bt2020nc"));
        QVERIFY(v.color.isHdr());
    }

    void surroundAac()
    {
        ClipSpec surround;
        surround.video = false;
        surround.channels = 6;
        QVERIFY(testing::makeClip(path(QStringLiteral("surround.m4a")), surround));
        const domain::MediaInfo info = probeAndCompare(path(QStringLiteral("surround.m4a")));
        QCOMPARE(info.audio.at(0).channels, 6);
        QCOMPARE(info.audio.at(0).channelLayout, QStringLiteral("5.1"));
    }

    void matroskaWithSubtitles()
    {
        const QString srt = path(QStringLiteral("captions.srt"));
        writeFile(
            srt, "1\n00:00:00,000 --> 00:00:01,000\nHello\n\n2\n00:00:01,000 --> 00:00:02,000\nWorld\n");
        const QString mkv = path(QStringLiteral("subbed.mkv"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-i"), path(QStringLiteral("basic.mp4")),
            QStringLiteral("-i"), srt, QStringLiteral("-map"), QStringLiteral("0"), QStringLiteral("-map"),
            QStringLiteral("1"), QStringLiteral("-c:v"), QStringLiteral("copy"), QStringLiteral("-c:a"),
            QStringLiteral("copy"), QStringLiteral("-c:s"), QStringLiteral("srt"),
            QStringLiteral("-metadata:s:a:0"), QStringLiteral("language=fre"),
            QStringLiteral("-metadata:s:s:0"), QStringLiteral("language=eng"), mkv }));
        const domain::MediaInfo info = probeAndCompare(mkv);
        QCOMPARE(info.container, QStringLiteral("matroska,webm"));
        QCOMPARE(info.subtitles.size(), std::size_t(1));
        QCOMPARE(info.subtitles[0].codec, QStringLiteral("subrip"));
        QCOMPARE(info.subtitles[0].language, QStringLiteral("eng"));
        QCOMPARE(info.audio.at(0).language, QStringLiteral("fre"));
    }

    void pathWithSpacesAndNonAscii()
    {
        const QString folder = path(QStringLiteral("dir with spaces"));
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/Ünïcødé clip ✓.mp4");
        QVERIFY(QFile::copy(path(QStringLiteral("basic.mp4")), file));
        const domain::MediaInfo info = probeAndCompare(file);
        QCOMPARE(info.video.at(0).width, 320);
    }

    void missingFile() { QCOMPARE(probeError(path(QStringLiteral("nope.mp4"))), ErrorCode::FileMissing); }

    void zeroByteFile()
    {
        writeFile(path(QStringLiteral("empty.mp4")), {});
        QCOMPARE(probeError(path(QStringLiteral("empty.mp4"))), ErrorCode::EmptyFile);
    }

    void truncatedMp4IsUnreadable()
    {
        QFile whole(path(QStringLiteral("basic.mp4")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        writeFile(path(QStringLiteral("truncated.mp4")), bytes.left(bytes.size() * 3 / 10));
        const auto info = m_probe.probe(path(QStringLiteral("truncated.mp4")));
        QVERIFY(!info);
        QCOMPARE(info.error().code, ErrorCode::MediaUnreadable);
        QCOMPARE(info.error().detail, path(QStringLiteral("truncated.mp4")));  // which file
        QVERIFY2(info.error().message.contains(QLatin1String(": ")), "libav's reason belongs in the message");
    }

    void randomBytesAreNotMedia()
    {
        writeFile(path(QStringLiteral("noise.mp4")), randomBytes(64 * 1024, 7));
        QCOMPARE(probeError(path(QStringLiteral("noise.mp4"))), ErrorCode::NotMedia);
    }

    void textFileNamedMovIsNotMedia()
    {
        writeFile(path(QStringLiteral("notes.mov")), "Shopping list\n- eggs\n- milk\nThis is not a movie.\n");
        QCOMPARE(probeError(path(QStringLiteral("notes.mov"))), ErrorCode::NotMedia);
    }
};

QTEST_GUILESS_MAIN(TestFfmpegProbe)
#include "test_ffmpeg_probe.moc"
