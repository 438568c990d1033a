#include "adapters/media/av_encoder.h"
#include "adapters/media/av_muxer.h"
#include "adapters/media/lavfi_source.h"

#include <QTemporaryDir>
#include <QTest>

extern "C" {
#include <libavutil/frame.h>
}

using namespace reelforge;
using domain::ErrorCode;

// The building blocks the sample generator (and later the transcode engine) are made of:
// lavfi sources, encoder selection with fallbacks, and the muxer's error paths.
class TestFfmpegEncodePipeline final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void videoSourceEndsAfterItsDuration()
    {
        auto source = adapters::LavfiSource::video(QStringLiteral("testsrc2=size=64x48:rate=10:duration=1"));
        QVERIFY(source);
        const adapters::VideoFormat format = source->videoFormat();
        QCOMPARE(format.width, 64);
        QCOMPARE(format.height, 48);
        QCOMPARE(format.frameRate.num, 10);
        const adapters::FramePtr frame = adapters::makeFrame();
        int frames = 0;
        while (*source->pull(*frame)) {
            QCOMPARE(frame->pts, std::int64_t(frames));
            ++frames;
        }
        QCOMPARE(frames, 10);
    }

    void audioSourceDeliversEncoderSizedFrames()
    {
        auto source = adapters::LavfiSource::audio(QStringLiteral("sine=sample_rate=48000:duration=0.1"));
        QVERIFY(source);
        source->setAudioFrameSize(1024);
        const adapters::FramePtr frame = adapters::makeFrame();
        QList<int> sizes;
        while (*source->pull(*frame))
            sizes << frame->nb_samples;
        QCOMPARE(sizes, (QList<int> { 1024, 1024, 1024, 1024, 704 }));  // 4800 samples, short last frame
    }

    void badGraphsAreInvalidArguments()
    {
        QCOMPARE(adapters::LavfiSource::video(QStringLiteral("no_such_filter")).error().code,
            ErrorCode::InvalidArgument);
        QCOMPARE(
            adapters::LavfiSource::video(QStringLiteral("sine")).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(adapters::LavfiSource::video(QStringLiteral("scale=64:48")).error().code,
            ErrorCode::InvalidArgument);
    }

    void encoderFallsBackToAnyEncoderOfTheCodec()
    {
        auto source
            = adapters::LavfiSource::video(QStringLiteral("testsrc2=size=64x48:rate=10,format=yuv420p"));
        QVERIFY(source);
        const adapters::EncoderChoice choice { { { QByteArrayLiteral("no-such-encoder"), {} } },
            { AV_CODEC_ID_MPEG4 } };
        auto encoder = adapters::Encoder::openVideo(source->videoFormat(), choice, {});
        QVERIFY(encoder);
        QCOMPARE(encoder->encoderName(), QStringLiteral("mpeg4"));

        const auto none = adapters::Encoder::openVideo(source->videoFormat(), {}, {});
        QCOMPARE(none.error().code, ErrorCode::UnsupportedCodec);
    }

    void encoderThatCannotTakeTheFormatIsSkipped()
    {
        // The native AAC encoder takes planar float only; the sine source gives 16-bit.
        auto source
            = adapters::LavfiSource::audio(QStringLiteral("sine=sample_rate=48000,aformat=sample_fmts=s16"));
        QVERIFY(source);
        const auto encoder
            = adapters::Encoder::openAudio(source->audioFormat(), { { { "aac", {} } }, {} }, {});
        QCOMPARE(encoder.error().code, ErrorCode::UnsupportedCodec);
        QVERIFY(encoder.error().detail.contains(QStringLiteral("aac")));
    }

    void muxerErrors()
    {
        QCOMPARE(
            adapters::Muxer::create(m_dir.filePath(QStringLiteral("x.bin")), "no-such-format").error().code,
            ErrorCode::InvalidArgument);
        const auto missingFolder
            = adapters::Muxer::create(m_dir.filePath(QStringLiteral("nowhere/x.mp4")), "mp4");
        QVERIFY(!missingFolder);
        QCOMPARE(missingFolder.error().code, ErrorCode::IoError);
        auto muxer = adapters::Muxer::create(m_dir.filePath(QStringLiteral("early.mp4")), "mp4");
        QVERIFY(muxer);
        QCOMPARE(muxer->finish().error().code, ErrorCode::InvalidArgument);  // no header yet
    }
};

QTEST_GUILESS_MAIN(TestFfmpegEncodePipeline)
#include "test_ffmpeg_encode_pipeline.moc"
