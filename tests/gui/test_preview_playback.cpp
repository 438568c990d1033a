// H.264/AAC playback through QtMultimedia's FFmpeg backend (QT_MEDIA_BACKEND=ffmpeg, set by
// CTest), first with a bare QMediaPlayer, then through the studio's PreviewPlayer widget.
//
// Audio: offscreen test machines usually have no sound device. QAudioOutput is attached only
// when QMediaDevices lists an output; the audio stream itself is checked through the
// player's hasAudio and track metadata, which come from the same demuxer and decoder setup.
#include "support/media_fixtures.h"
#include "ui/preview/preview_player.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

using namespace reelforge;

namespace {

// Counts the frames a sink receives and remembers their size.
struct FrameCounter {
    int frames = 0;
    QSize size;

    void attach(QVideoSink* sink, QObject* context)
    {
        QObject::connect(sink, &QVideoSink::videoFrameChanged, context, [this](const QVideoFrame& frame) {
            if (!frame.isValid())
                return;
            ++frames;
            size = frame.size();
        });
    }
};

}  // namespace

class TestPreviewPlayback final : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_clip;
    QString m_smallClip;  // 160x120, another picture

private slots:
    void initTestCase()
    {
        QCOMPARE(qEnvironmentVariable("QT_MEDIA_BACKEND"), QStringLiteral("ffmpeg"));
        QVERIFY(m_tmp.isValid());
        m_clip = m_tmp.filePath(QStringLiteral("bars.mp4"));
        testing::ClipSpec spec;  // 2 s, 320x240, 25 fps, H.264 + AAC stereo
        spec.extraOutputArgs = { QStringLiteral("-movflags"), QStringLiteral("+faststart") };
        QVERIFY(testing::makeClip(m_clip, spec));
        m_smallClip = m_tmp.filePath(QStringLiteral("small.mp4"));
        testing::ClipSpec small;
        small.width = 160;
        small.height = 120;
        small.source = QStringLiteral("smptebars");
        QVERIFY(testing::makeClip(m_smallClip, small));
    }

    void playerDecodesH264VideoAndAacAudio()
    {
        QMediaPlayer player;
        QVideoSink sink;
        FrameCounter counter;
        counter.attach(&sink, this);
        player.setVideoOutput(&sink);
        std::unique_ptr<QAudioOutput> audio;
        if (!QMediaDevices::audioOutputs().isEmpty()) {
            audio = std::make_unique<QAudioOutput>();
            player.setAudioOutput(audio.get());
        }
        QSignalSpy errors(&player, &QMediaPlayer::errorOccurred);

        player.setSource(QUrl::fromLocalFile(m_clip));
        QTRY_VERIFY_WITH_TIMEOUT(player.mediaStatus() == QMediaPlayer::LoadedMedia
                || player.mediaStatus() == QMediaPlayer::BufferedMedia,
            10000);
        QVERIFY(player.hasVideo());
        QVERIFY(player.hasAudio());
        QVERIFY2(qAbs(player.duration() - 2000) <= 100, qPrintable(QString::number(player.duration())));
        QCOMPARE(player.videoTracks().size(), 1);
        QCOMPARE(player.audioTracks().size(), 1);
        QCOMPARE(
            player.videoTracks().first().value(QMediaMetaData::VideoCodec).value<QMediaFormat::VideoCodec>(),
            QMediaFormat::VideoCodec::H264);
        QCOMPARE(
            player.audioTracks().first().value(QMediaMetaData::AudioCodec).value<QMediaFormat::AudioCodec>(),
            QMediaFormat::AudioCodec::AAC);

        player.play();
        QTRY_VERIFY_WITH_TIMEOUT(counter.frames >= 20, 10000);
        QCOMPARE(counter.size, QSize(320, 240));
        QTRY_VERIFY_WITH_TIMEOUT(player.position() >= 500, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(player.mediaStatus(), QMediaPlayer::EndOfMedia, 10000);
        // 50 frames in the file; a loaded CI box may drop some, but most must be shown.
        QVERIFY2(counter.frames >= 35, qPrintable(QString::number(counter.frames)));
        QCOMPARE(errors.count(), 0);
    }

    void previewPlayerPlaysPausesAndSeeks()
    {
        ui::PreviewPlayer preview;
        preview.resize(480, 360);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        FrameCounter counter;
        counter.attach(preview.videoWidget()->videoSink(), this);
        QMediaPlayer* player = preview.mediaPlayer();
        auto* slider = preview.findChild<QSlider*>(QStringLiteral("seekSlider"));
        QVERIFY(slider);

        preview.setSource(m_clip);
        // Loading shows the first picture, paused, before anything is played.
        QTRY_COMPARE_WITH_TIMEOUT(player->playbackState(), QMediaPlayer::PausedState, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(counter.frames >= 1, 5000);
        QCOMPARE(counter.size, QSize(320, 240));
        QVERIFY(player->position() < 100);
        QVERIFY(preview.hasMedia());
        QVERIFY2(qAbs(slider->maximum() - 2000) <= 100, qPrintable(QString::number(slider->maximum())));
        QCOMPARE(preview.timeText(), QStringLiteral("0:00 / 0:02"));

        preview.togglePlayback();
        QTRY_COMPARE(player->playbackState(), QMediaPlayer::PlayingState);
        QTRY_VERIFY_WITH_TIMEOUT(counter.frames >= 10, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(player->position() >= 1000, 5000);
        QTRY_COMPARE(preview.timeText().left(4), QStringLiteral("0:01"));
        QVERIFY(slider->value() > 0);

        preview.togglePlayback();
        QTRY_COMPARE(player->playbackState(), QMediaPlayer::PausedState);
        const qint64 pausedAt = player->position();
        QTest::qWait(300);
        QVERIFY2(qAbs(player->position() - pausedAt) <= 40, "position moved while paused");

        // Clicking on the slider's groove pages back; the player follows the slider.
        slider->setValue(400);
        slider->triggerAction(QAbstractSlider::SliderPageStepSub);
        QTRY_VERIFY(player->position() <= 100);
        QCOMPARE(slider->value(), 0);
    }

    void switchingClipsNeverShowsThePreviousClipsPicture()
    {
        ui::PreviewPlayer preview;
        preview.resize(480, 360);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        FrameCounter counter;
        counter.attach(preview.videoWidget()->videoSink(), this);
        auto* screen = preview.findChild<QStackedWidget*>(QStringLiteral("previewScreen"));
        QVERIFY(screen);

        preview.setSource(m_clip);
        QTRY_COMPARE_WITH_TIMEOUT(counter.size, QSize(320, 240), 10000);
        QTRY_COMPARE(screen->currentWidget(), preview.videoWidget());

        preview.setSource(m_smallClip);
        QVERIFY(screen->currentWidget() != preview.videoWidget());  // "Loading…", not the old picture
        QTRY_COMPARE_WITH_TIMEOUT(counter.size, QSize(160, 120), 10000);
        QTRY_COMPARE(screen->currentWidget(), preview.videoWidget());
        QCOMPARE(preview.timeText(), QStringLiteral("0:00 / 0:02"));
    }
};

QTEST_MAIN(TestPreviewPlayback)
#include "test_preview_playback.moc"
