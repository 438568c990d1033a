#include "adapters/media/ffmpeg_probe.h"
#include "adapters/media/thumbnail_grabber.h"
#include "domain/models/analysis.h"
#include "support/media_fixtures.h"

#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using domain::ErrorCode;
using testing::ClipSpec;

// FfmpegThumbnailGrabber on generated clips: the picked frame shows content, keeps the
// displayed aspect ratio and orientation, and fits the requested width.
class TestFfmpegThumbnail final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    adapters::FfmpegProbe m_probe;
    adapters::FfmpegThumbnailGrabber m_grabber;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // Grabs a thumbnail for `file` (probed first, as the import does; or as `probed` was,
    // for a file the probe refuses) and decodes the JPEG.
    QImage thumbnail(const QString& file, int maxWidth, const QString& probed = {})
    {
        const auto info = m_probe.probe(probed.isEmpty() ? file : probed);
        if (!info) {
            QTest::qFail(qPrintable(info.error().toString()), __FILE__, __LINE__);
            return {};
        }
        const auto jpeg = m_grabber.grab(file, *info, maxWidth);
        if (!jpeg) {
            QTest::qFail(qPrintable(jpeg.error().toString()), __FILE__, __LINE__);
            return {};
        }
        QImage image;
        if (!image.loadFromData(*jpeg, "JPG"))
            QTest::qFail("the thumbnail is not a JPEG", __FILE__, __LINE__);
        return image;
    }

    static double meanLuma(const QImage& image)
    {
        double sum = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                sum += qGray(image.pixel(x, y));
        }
        return sum / (double(image.width()) * image.height());
    }

    static bool isWhite(QRgb px) { return qRed(px) > 200 && qGreen(px) > 200 && qBlue(px) > 200; }

    // Makes a 320x240 testsrc2 clip with a white square in the source's top-left corner and the
    // given legacy rotate tag, which FFmpeg 5.1 turns into a display matrix.
    bool makeMarkedClip(const QString& file, const QString& rotateTag)
    {
        const QString plain = file + QStringLiteral(".plain.mp4");
        return testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                   QStringLiteral("testsrc2=size=320x240:rate=25:duration=3,"
                                  "drawbox=x=0:y=0:w=48:h=48:color=white:t=fill"),
                   QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
                   QStringLiteral("yuv420p"), plain })
            && testing::runFfmpeg({ QStringLiteral("-i"), plain, QStringLiteral("-c"), QStringLiteral("copy"),
                QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=") + rotateTag, file });
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void blackOpeningDoesNotWinTheThumbnail()
    {
        // 3 s of black, then 3 s of test pattern, with a soundtrack like a real clip.
        const QString clip = path(QStringLiteral("black-start.mp4"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=frequency=440:sample_rate=48000:duration=6"),
            QStringLiteral("-filter_complex"),
            QStringLiteral("color=c=black:size=320x240:rate=25:duration=3[a];"
                           "testsrc2=size=320x240:rate=25:duration=3[b];[a][b]concat=n=2:v=1:a=0[v]"),
            QStringLiteral("-map"), QStringLiteral("[v]"), QStringLiteral("-map"), QStringLiteral("0:a"),
            QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
            QStringLiteral("yuv420p"), QStringLiteral("-c:a"), QStringLiteral("aac"), clip }));

        const QImage image = thumbnail(clip, 160);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 160);
        QCOMPARE(image.height(), 120);  // 4:3 kept
        QVERIFY2(meanLuma(image) > 40, qPrintable(QString::number(meanLuma(image))));
    }

    void grabAtReturnsTheFrameShownAtThatTime()
    {
        // 2 s black, 2 s white, 2 s black: the frame at a time is the one on screen then.
        const QString clip = path(QStringLiteral("black-white-black.mp4"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-filter_complex"),
            QStringLiteral("color=c=black:size=320x240:rate=25:duration=2[a];"
                           "color=c=white:size=320x240:rate=25:duration=2[b];"
                           "color=c=black:size=320x240:rate=25:duration=2[c];[a][b][c]concat=n=3:v=1:a=0[v]"),
            QStringLiteral("-map"), QStringLiteral("[v]"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip }));
        const auto info = m_probe.probe(clip);
        QVERIFY(info);
        const auto lumaAt = [&](double seconds) {
            const auto jpeg = m_grabber.grabAt(clip, *info, domain::fromSeconds(seconds), 160);
            QImage image;
            if (!jpeg || !image.loadFromData(*jpeg, "JPG"))
                return -1.0;
            return image.width() == 160 && image.height() == 120 ? meanLuma(image) : -2.0;
        };
        QVERIFY(lumaAt(1.0) >= 0 && lumaAt(1.0) < 30);
        QVERIFY(lumaAt(2.04) > 220);
        QVERIFY(lumaAt(3.96) > 220);
        QVERIFY(lumaAt(4.04) >= 0 && lumaAt(4.04) < 30);
        QVERIFY(lumaAt(1.0) >= 0 && lumaAt(1.0) < 30);  // seeking back works too
        const auto past = m_grabber.grabAt(clip, *info, domain::fromSeconds(9.0), 160);
        QVERIFY(!past);
        QCOMPARE(past.error().code, ErrorCode::NotFound);
        QCOMPARE(m_grabber.grabAt(clip, *info, domain::fromSeconds(1.0), 0).error().code,
            ErrorCode::InvalidArgument);
    }

    void neverWiderThanAskedAndNeverUpscaled()
    {
        QVERIFY(testing::makeClip(path(QStringLiteral("plain.mp4"))));
        const QImage narrow = thumbnail(path(QStringLiteral("plain.mp4")), 100);
        QCOMPARE(narrow.width(), 100);
        QCOMPARE(narrow.height(), 75);
        const QImage native = thumbnail(path(QStringLiteral("plain.mp4")), 1920);
        QCOMPARE(native.size(), QSize(320, 240));
    }

    void phoneClipGivesAPortraitThumbnailTurnedClockwise()
    {
        // rotate=270 is ffprobe rotation -90: a portrait phone clip, shown turned 90 deg clockwise.
        const QString clip = path(QStringLiteral("portrait.mp4"));
        QVERIFY(makeMarkedClip(clip, QStringLiteral("270")));
        const QImage image = thumbnail(clip, 120);
        QCOMPARE(image.size(), QSize(120, 160));
        // Turning clockwise moves the source's top-left corner to the top-right.
        QVERIFY(isWhite(image.pixel(image.width() - 5, 5)));
        QVERIFY(!isWhite(image.pixel(5, 5)));
        QVERIFY(!isWhite(image.pixel(5, image.height() - 5)));
    }

    void counterClockwiseClipMatchesFfmpegAutorotate()
    {
        // ffprobe rotation +90: the ffmpeg CLI shows it turned counter-clockwise (transpose=cclock),
        // which moves the source's top-left corner to the bottom-left.
        const QString clip = path(QStringLiteral("ccw.mp4"));
        QVERIFY(makeMarkedClip(clip, QStringLiteral("90")));
        const QString reference = path(QStringLiteral("ccw.png"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-ss"), QStringLiteral("1"), QStringLiteral("-i"), clip,
            QStringLiteral("-frames:v"), QStringLiteral("1"), reference }));
        const QImage expected(reference);
        QCOMPARE(expected.size(), QSize(240, 320));
        QVERIFY(isWhite(expected.pixel(5, expected.height() - 5)));

        const QImage image = thumbnail(clip, 240);
        QCOMPARE(image.size(), QSize(240, 320));
        QVERIFY(isWhite(image.pixel(5, image.height() - 5)));
        QVERIFY(!isWhite(image.pixel(5, 5)));
    }

    void nonSquarePixelsAreShownAtTheirDisplayAspect()
    {
        ClipSpec wide;
        wide.audio = false;
        wide.extraOutputArgs
            = { QStringLiteral("-vf"), QStringLiteral("setsar=2") };  // 320x240 shown as 640x240
        QVERIFY(testing::makeClip(path(QStringLiteral("anamorphic.mp4")), wide));
        const QImage image = thumbnail(path(QStringLiteral("anamorphic.mp4")), 320);
        QCOMPARE(image.size(), QSize(320, 120));
    }

    void veryShortClipUsesItsFirstFrames()
    {
        ClipSpec shortClip;
        shortClip.seconds = 0.4;
        QVERIFY(testing::makeClip(path(QStringLiteral("short.mp4")), shortClip));
        const QImage image = thumbnail(path(QStringLiteral("short.mp4")), 160);
        QCOMPARE(image.size(), QSize(160, 120));
        QVERIFY(meanLuma(image) > 40);
    }

    void videoMuchShorterThanTheSoundtrackStillGivesAThumbnail()
    {
        // 1 s of picture in a 20 s file: every spread position is past the end of the video.
        const QString clip = path(QStringLiteral("short-picture.mp4"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=320x240:rate=25:duration=1"), QStringLiteral("-f"),
            QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=duration=20"),
            QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-pix_fmt"),
            QStringLiteral("yuv420p"), QStringLiteral("-c:a"), QStringLiteral("aac"), clip }));
        const QImage image = thumbnail(clip, 160);
        QCOMPARE(image.size(), QSize(160, 120));
        QVERIFY(meanLuma(image) > 40);
    }

    void tenBitVideoConverts()
    {
        ClipSpec hdr;
        hdr.audio = false;
        hdr.videoCodec = QStringLiteral("libx265");
        hdr.pixelFormat = QStringLiteral("yuv420p10le");
        hdr.extraOutputArgs = { QStringLiteral("-x265-params"), QStringLiteral("log-level=error") };
        QVERIFY(testing::makeClip(path(QStringLiteral("ten-bit.mp4")), hdr));
        const QImage image = thumbnail(path(QStringLiteral("ten-bit.mp4")), 160);
        QCOMPARE(image.size(), QSize(160, 120));
        QVERIFY(meanLuma(image) > 40);
    }

    // The index (moov first) promises 4 s but the data stops or is garbage part way: candidates
    // past the damage are skipped, and the frames that decode still make a thumbnail. The
    // import's probe refuses the cut file as incomplete; the grabber is given what the probe
    // said of the intact one, as for a file that was whole when it was imported.
    void damagedVideoStillGivesAThumbnail_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("second half missing") << QStringLiteral("truncate");
        QTest::newRow("noise in the middle") << QStringLiteral("noise");
    }

    void damagedVideoStillGivesAThumbnail()
    {
        QFETCH(QString, damage);
        ClipSpec spec;
        spec.seconds = 4;
        spec.extraOutputArgs = { QStringLiteral("-movflags"), QStringLiteral("+faststart") };
        const QString intact = path(QStringLiteral("intact.mp4"));
        QVERIFY(testing::makeClip(intact, spec));
        QFile in(intact);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        if (damage == QLatin1String("truncate")) {
            bytes.truncate(bytes.size() / 2);
        } else {
            QRandomGenerator rng(42);
            for (qsizetype i = bytes.size() * 4 / 10; i < bytes.size() * 6 / 10; ++i)
                bytes[i] = char(rng.bounded(256));
        }
        const QString damaged = path(QStringLiteral("damaged-%1.mp4").arg(damage));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        const QImage image = thumbnail(damaged, 160, intact);
        QCOMPARE(image.size(), QSize(160, 120));
        QVERIFY(meanLuma(image) > 40);
    }

    void audioOnlyFileIsAnError()
    {
        ClipSpec audio;
        audio.video = false;
        QVERIFY(testing::makeClip(path(QStringLiteral("voice.m4a")), audio));
        const auto info = m_probe.probe(path(QStringLiteral("voice.m4a")));
        QVERIFY(info);
        const auto jpeg = m_grabber.grab(path(QStringLiteral("voice.m4a")), *info, 160);
        QVERIFY(!jpeg);
        QCOMPARE(jpeg.error().code, ErrorCode::UnsupportedMedia);

        // A stale MediaInfo that claims a video stream must not fool the grabber either.
        domain::MediaInfo lying = *info;
        domain::VideoStream fake;
        fake.index = 0;
        fake.width = 320;
        fake.height = 240;
        lying.video.push_back(fake);
        const auto again = m_grabber.grab(path(QStringLiteral("voice.m4a")), lying, 160);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::UnsupportedMedia);
    }

    void badArgumentsAndMissingFiles()
    {
        domain::MediaInfo info;
        info.video.push_back(domain::VideoStream {});
        QCOMPARE(m_grabber.grab(path(QStringLiteral("plain.mp4")), info, 0).error().code,
            ErrorCode::InvalidArgument);
        QCOMPARE(
            m_grabber.grab(path(QStringLiteral("gone.mp4")), info, 160).error().code, ErrorCode::FileMissing);
    }
};

QTEST_GUILESS_MAIN(TestFfmpegThumbnail)
#include "test_ffmpeg_thumbnail.moc"
