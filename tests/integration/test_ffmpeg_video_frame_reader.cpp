#include "adapters/media/video_frame_reader.h"
#include "support/media_fixtures.h"

#include <QTemporaryDir>
#include <QTest>

extern "C" {
#include <libavutil/frame.h>
}

using namespace reelforge;
using namespace std::chrono_literals;
using domain::ErrorCode;
using testing::ClipSpec;

// VideoFrameReader: every frame once and in order, and frame-exact positioning whether it
// seeks or decodes forwards (the analysis pass and thumbnails depend on both).
class TestFfmpegVideoFrameReader final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clip;

    adapters::VideoFrameReader open()
    {
        auto reader = adapters::VideoFrameReader::open(m_clip);
        if (!reader)
            qFatal("cannot open the test clip: %s", qPrintable(reader.error().toString()));
        return std::move(*reader);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // 2 s at 25 fps, a keyframe every 10 frames and B-frames, so that decode order differs
        // from presentation order and seeks land between keyframes.
        ClipSpec spec;
        spec.extraOutputArgs
            = { QStringLiteral("-g"), QStringLiteral("10"), QStringLiteral("-bf"), QStringLiteral("2") };
        m_clip = m_dir.filePath(QStringLiteral("gop10.mp4"));
        QVERIFY(testing::makeClip(m_clip, spec));
    }

    void readsEveryFrameOnceInPresentationOrder()
    {
        adapters::VideoFrameReader reader = open();
        int frames = 0;
        std::chrono::microseconds previous = -1us;
        while (true) {
            auto frame = reader.next();
            QVERIFY(frame);
            if (!*frame)
                break;
            QCOMPARE((*frame)->width, 320);
            QCOMPARE(reader.lastPosition(), frames * 40000us);
            QVERIFY(reader.lastPosition() > previous);
            previous = reader.lastPosition();
            ++frames;
        }
        QCOMPARE(frames, 50);
        QCOMPARE(*reader.next(), nullptr);  // and it stays at the end
    }

    void frameAtIsFrameExactForwardsBackwardsAndAfterTheEnd()
    {
        adapters::VideoFrameReader reader = open();
        for (const std::chrono::microseconds at :
            { 1000000us, 1040000us, 1400000us, 520000us, 0us, 1960000us }) {
            auto frame = reader.frameAt(at);
            QVERIFY(frame && *frame);
            QCOMPARE(reader.lastPosition(), at);
        }
        QCOMPARE(*reader.frameAt(5s), nullptr);  // past the end
        auto again = reader.frameAt(800ms);  // and usable again after reaching it
        QVERIFY(again && *again);
        QCOMPARE(reader.lastPosition(), 800000us);
    }

    void positionBetweenFramesGivesTheNextFrame()
    {
        adapters::VideoFrameReader reader = open();
        QVERIFY(*reader.frameAt(1010ms));
        QCOMPARE(reader.lastPosition(), 1040000us);
    }

    void audioOnlyFileHasNoVideoToRead()
    {
        ClipSpec audio;
        audio.video = false;
        const QString file = m_dir.filePath(QStringLiteral("audio.m4a"));
        QVERIFY(testing::makeClip(file, audio));
        QCOMPARE(adapters::VideoFrameReader::open(file).error().code, ErrorCode::UnsupportedMedia);
        QCOMPARE(adapters::VideoFrameReader::open(m_clip, 1).error().code,
            ErrorCode::UnsupportedMedia);  // 1 is audio
    }
};

QTEST_GUILESS_MAIN(TestFfmpegVideoFrameReader)
#include "test_ffmpeg_video_frame_reader.moc"
