#pragma once

#include <QMediaPlayer>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QSlider;
class QStackedWidget;
class QToolButton;
class QVideoWidget;

namespace reelforge::ui {

// Plays one library item: a QMediaPlayer drawing into a QVideoWidget, with a play/pause
// button, a seek slider and an elapsed/total time label. Audio goes to the default output
// device when there is one (without a device the video still plays, silently).
class PreviewPlayer : public QWidget {
    Q_OBJECT
public:
    explicit PreviewPlayer(QWidget* parent = nullptr);

    void setSource(const QString& path);  // loads paused; empty path clears
    void play();
    void pause();
    void togglePlayback();
    bool hasMedia() const;

    // Shows `view` in place of the video widget whenever the picture is on screen (null: the
    // video widget again). The player keeps drawing into videoWidget()'s sink, which `view`
    // may follow to draw the picture its own way (e.g. with face boxes over it).
    void setVideoView(QWidget* view);
    QWidget* videoView() const { return m_videoView; }

    QMediaPlayer* mediaPlayer() const { return m_player; }
    QVideoWidget* videoWidget() const { return m_video; }
    QString timeText() const;

private:
    void onPositionChanged(qint64 position);
    void onDurationChanged(qint64 duration);
    void onStateChanged(QMediaPlayer::PlaybackState state);
    void onStatusChanged(QMediaPlayer::MediaStatus status);
    void onError(QMediaPlayer::Error error, const QString& message);
    void seekFromSlider();
    void updateTimeLabel(qint64 position);

    QMediaPlayer* m_player;
    QAudioOutput* m_audio = nullptr;
    QVideoWidget* m_video;
    QWidget* m_videoView;  // m_video or what setVideoView() gave
    QStackedWidget* m_screen;
    QLabel* m_message;
    QToolButton* m_playButton;
    QSlider* m_seek;
    QLabel* m_time;
    bool m_userSeeking = false;
    bool m_awaitingFrame = false;
};

}  // namespace reelforge::ui
