#include "adapters/media/ffmpeg_probe.h"
#include "support/media_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace reelforge;
using domain::ErrorCode;

// FfmpegProbe's completeness and still-image checks: files cut short (a download or copy that
// stopped, a header written before the data) are refused as incomplete, whole files of every
// common container are not, and single pictures are not taken for videos.
class TestFfmpegProbeCompleteness final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    adapters::FfmpegProbe m_probe;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static QByteArray readAll(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path(name);
    }

    // Six seconds at a bit rate where the header is far below 1% of the file.
    bool makeLongClip(const QString& name, const QString& videoCodec, const QString& audioCodec,
        const QStringList& extra = {})
    {
        testing::ClipSpec spec;
        spec.seconds = 6.0;
        spec.width = 640;
        spec.height = 360;
        spec.videoCodec = videoCodec;
        spec.audioCodec = audioCodec;
        spec.extraOutputArgs = QStringList { QStringLiteral("-b:v"), QStringLiteral("4M") } + extra;
        return testing::makeClip(path(name), spec);
    }

    // The bytes of `name` up to (and including) the first occurrence of `marker`.
    static QByteArray upTo(const QByteArray& bytes, const QByteArray& marker)
    {
        const qsizetype at = bytes.indexOf(marker);
        return at < 0 ? QByteArray() : bytes.left(at + marker.size());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(makeLongClip(QStringLiteral("long.mp4"), QStringLiteral("libx264"), QStringLiteral("aac"),
            { QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-movflags"),
                QStringLiteral("+faststart") }));
        QVERIFY(makeLongClip(QStringLiteral("long.webm"), QStringLiteral("libvpx"), QStringLiteral("libopus"),
            { QStringLiteral("-deadline"), QStringLiteral("realtime"), QStringLiteral("-cpu-used"),
                QStringLiteral("8") }));
        QVERIFY(
            makeLongClip(QStringLiteral("long.avi"), QStringLiteral("mpeg4"), QStringLiteral("libmp3lame")));
    }

    void wholeFilesOfEveryCommonContainerAreAccepted_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("video");
        QTest::addColumn<QString>("videoCodec");
        QTest::addColumn<QString>("audioCodec");
        QTest::addColumn<QStringList>("extra");
        const QStringList none;
        const QStringList faststart { QStringLiteral("-movflags"), QStringLiteral("+faststart") };
        const QStringList gop { QStringLiteral("-g"), QStringLiteral("12") };
        QTest::newRow("mp4") << "whole.mp4" << true << "libx264"
                             << "aac" << none;
        QTest::newRow("mp4 index first") << "faststart.mp4" << true << "libx264"
                                         << "aac" << faststart;
        QTest::newRow("mp4 short gop") << "gop.mp4" << true << "libx264"
                                       << "aac" << gop;
        QTest::newRow("mov") << "whole.mov" << true << "libx264"
                             << "aac" << none;
        QTest::newRow("mkv") << "whole.mkv" << true << "libx264"
                             << "flac" << none;
        QTest::newRow("webm") << "whole.webm" << true << "libvpx-vp9"
                              << "libopus"
                              << QStringList { QStringLiteral("-deadline"), QStringLiteral("realtime"),
                                     QStringLiteral("-cpu-used"), QStringLiteral("8") };
        QTest::newRow("avi") << "whole.avi" << true << "mpeg4"
                             << "libmp3lame" << none;
        QTest::newRow("ts") << "whole.ts" << true << "libx264"
                            << "mp2" << none;
        QTest::newRow("mp3") << "whole.mp3" << false << ""
                             << "libmp3lame" << none;
        QTest::newRow("wav") << "whole.wav" << false << ""
                             << "pcm_s16le" << none;
        QTest::newRow("flac") << "whole.flac" << false << ""
                              << "flac" << none;
        QTest::newRow("ogg") << "whole.ogg" << false << ""
                             << "libvorbis" << none;
        QTest::newRow("opus") << "whole.opus" << false << ""
                              << "libopus" << none;
        QTest::newRow("m4a") << "whole.m4a" << false << ""
                             << "aac" << none;
    }

    void wholeFilesOfEveryCommonContainerAreAccepted()
    {
        QFETCH(QString, name);
        QFETCH(bool, video);
        QFETCH(QString, videoCodec);
        QFETCH(QString, audioCodec);
        QFETCH(QStringList, extra);
        testing::ClipSpec spec;
        spec.seconds = 3.0;
        spec.video = video;
        spec.videoCodec = videoCodec;
        spec.audioCodec = audioCodec;
        spec.extraOutputArgs = extra;
        QVERIFY(testing::makeClip(path(name), spec));
        const auto info = m_probe.probe(path(name));
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QVERIFY(info->validate());
        QVERIFY2(std::fabs(info->durationSeconds() - 3.0) < 0.2,
            qPrintable(QString::number(info->durationSeconds())));
    }

    // A creator's clip where the video ends seconds before the audio is whole, not cut short.
    void aVideoStreamThatEndsEarlyIsStillWhole()
    {
        const QString clip = path(QStringLiteral("short_video.mkv"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=160x90:rate=25:d=2"), QStringLiteral("-f"), QStringLiteral("lavfi"),
            QStringLiteral("-i"), QStringLiteral("sine=d=5"), QStringLiteral("-c:v"),
            QStringLiteral("libx264"), QStringLiteral("-c:a"), QStringLiteral("flac"), clip }));
        const auto info = m_probe.probe(clip);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
    }

    void filesCutShortAreIncomplete_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray mp4 = readAll(path(QStringLiteral("long.mp4")));
        const QByteArray webm = readAll(path(QStringLiteral("long.webm")));
        const QByteArray avi = readAll(path(QStringLiteral("long.avi")));
        QVERIFY(!mp4.isEmpty() && !webm.isEmpty() && !avi.isEmpty());
        QTest::newRow("mp4 index first, 1%") << "cut1.mp4" << mp4.left(mp4.size() / 100);
        QTest::newRow("mp4 index first, 90%") << "cut90.mp4" << mp4.left(mp4.size() * 9 / 10);
        // ftyp, moov and the mdat box header: everything but the media data.
        QTest::newRow("mp4 header only") << "header.mp4" << upTo(mp4, "mdat");
        QTest::newRow("webm 1%") << "cut1.webm" << webm.left(webm.size() / 100);
        QTest::newRow("webm 60%") << "cut60.webm" << webm.left(webm.size() * 6 / 10);
        QTest::newRow("avi 1%") << "cut1.avi" << avi.left(avi.size() / 100);
        // The RIFF header lists up to the start of the 'movi' list: no frame at all.
        QTest::newRow("avi header only") << "header.avi" << upTo(avi, "movi");
    }

    void filesCutShortAreIncomplete()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QVERIFY(!bytes.isEmpty());
        const QString file = writeFile(name, bytes);
        QVERIFY(!file.isEmpty());
        const auto info = m_probe.probe(file);
        QVERIFY2(
            !info, qPrintable(QStringLiteral("accepted as %1 s").arg(info ? info->durationSeconds() : 0.0)));
        QCOMPARE(info.error().codeName(), QStringLiteral("MediaUnreadable"));
        QVERIFY2(info.error().message.startsWith(QLatin1String("incomplete")),
            qPrintable(info.error().toString()));
        QCOMPARE(info.error().detail, file);
    }

    void stillImagesAreNotVideos_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << "still.png";
        QTest::newRow("jpg") << "still.jpg";
        QTest::newRow("bmp") << "still.bmp";
        QTest::newRow("gif, one frame") << "still.gif";
    }

    void stillImagesAreNotVideos()
    {
        QFETCH(QString, name);
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=160x90"), QStringLiteral("-frames:v"), QStringLiteral("1"),
            path(name) }));
        const auto info = m_probe.probe(path(name));
        QVERIFY2(!info, "a single picture was taken for a video");
        QCOMPARE(info.error().code, ErrorCode::NotMedia);
        QVERIFY2(
            info.error().message.contains(QLatin1String("still image")), qPrintable(info.error().toString()));
        QCOMPARE(info.error().detail, path(name));
    }

    void animatedGifsAreVideos()
    {
        const QString gif = path(QStringLiteral("animated.gif"));
        QVERIFY(testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=160x90:rate=10"), QStringLiteral("-t"), QStringLiteral("2"),
            gif }));
        const auto info = m_probe.probe(gif);
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QVERIFY(info->hasVideo());
        QVERIFY(std::fabs(info->durationSeconds() - 2.0) < 0.2);
    }
};

QTEST_GUILESS_MAIN(TestFfmpegProbeCompleteness)
#include "test_ffmpeg_probe_completeness.moc"
