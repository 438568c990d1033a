#include "ui/preview/preview_player.h"

#include "ui/common/format.h"
#include "ui/common/icons.h"

#include <QAudioDevice>
#include <QAudioOutput>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QSlider>
#include <QStackedWidget>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

namespace reelforge::ui {

PreviewPlayer::PreviewPlayer(QWidget* parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_video(new QVideoWidget(this))
    , m_videoView(m_video)
    , m_screen(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_playButton(new QToolButton(this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
{
    setObjectName(QStringLiteral("previewPlayer"));
    setAttribute(Qt::WA_StyledBackground);
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        m_audio = new QAudioOutput(this);
        m_player->setAudioOutput(m_audio);
    }
    m_player->setVideoOutput(m_video);

    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setText(tr("Nothing to preview"));
    m_screen->setObjectName(QStringLiteral("previewScreen"));
    m_screen->addWidget(m_message);
    m_screen->addWidget(m_video);
    m_screen->setMinimumHeight(180);
    m_screen->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setIcon(icons::themed(QStringLiteral("play")));
    m_playButton->setIconSize({ 20, 20 });
    m_playButton->setAutoRaise(true);
    m_playButton->setToolTip(tr("Play (Space)"));
    m_seek->setObjectName(QStringLiteral("seekSlider"));
    m_seek->setRange(0, 0);
    m_seek->setSingleStep(1000);
    m_seek->setPageStep(5000);
    m_seek->setToolTip(tr("Seek"));
    m_time->setObjectName(QStringLiteral("timeLabel"));
    m_time->setProperty("role", QStringLiteral("muted"));
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(QStringLiteral("00:00:00 / 00:00:00")));
    m_time->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(10, 6, 12, 6);
    controls->setSpacing(10);
    controls->addWidget(m_playButton);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_screen, 1);
    layout->addLayout(controls);

    connect(m_playButton, &QToolButton::clicked, this, &PreviewPlayer::togglePlayback);
    connect(m_player, &QMediaPlayer::positionChanged, this, &PreviewPlayer::onPositionChanged);
    connect(m_player, &QMediaPlayer::durationChanged, this, &PreviewPlayer::onDurationChanged);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &PreviewPlayer::onStateChanged);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PreviewPlayer::onStatusChanged);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PreviewPlayer::onError);
    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, this, [this](const QVideoFrame& frame) {
        if (m_awaitingFrame && frame.isValid()) {
            m_awaitingFrame = false;
            m_screen->setCurrentWidget(m_videoView);
        }
    });
    connect(m_seek, &QSlider::sliderPressed, this, [this] { m_userSeeking = true; });
    connect(m_seek, &QSlider::sliderMoved, this, [this](int value) { m_player->setPosition(value); });
    connect(m_seek, &QSlider::sliderReleased, this, [this] {
        m_userSeeking = false;
        seekFromSlider();
    });
    // Clicks on the groove and arrow keys step the slider without dragging it.
    connect(m_seek, &QSlider::actionTriggered, this, [this](int action) {
        if (action != QAbstractSlider::SliderMove && !m_userSeeking)
            QMetaObject::invokeMethod(this, &PreviewPlayer::seekFromSlider, Qt::QueuedConnection);
    });
    setSource({});
}

void PreviewPlayer::setSource(const QString& path)
{
    // Reset the controls first: the backend may load the file, and report its duration and
    // status, before setSource() returns.
    m_player->stop();
    m_seek->setRange(0, 0);
    m_seek->setEnabled(!path.isEmpty());
    m_playButton->setEnabled(!path.isEmpty());
    m_message->setText(path.isEmpty() ? tr("Nothing to preview") : tr("Loading…"));
    m_screen->setCurrentWidget(m_message);
    m_awaitingFrame = true;  // keep the last clip's picture hidden until this one's arrives
    m_player->setSource(path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path));
    updateTimeLabel(m_player->position());
}

void PreviewPlayer::setVideoView(QWidget* view)
{
    QWidget* next = view ? view : m_video;
    if (next == m_videoView)
        return;
    if (m_screen->indexOf(next) < 0)
        m_screen->addWidget(next);
    const bool pictureShown = m_screen->currentWidget() == m_videoView;
    m_videoView = next;
    if (pictureShown)
        m_screen->setCurrentWidget(m_videoView);
}

void PreviewPlayer::play()
{
    if (!hasMedia())
        return;
    if (m_player->mediaStatus() == QMediaPlayer::EndOfMedia)
        m_player->setPosition(0);
    m_player->play();
}

void PreviewPlayer::pause()
{
    m_player->pause();
}

void PreviewPlayer::togglePlayback()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        pause();
    else
        play();
}

bool PreviewPlayer::hasMedia() const
{
    return !m_player->source().isEmpty() && m_player->mediaStatus() != QMediaPlayer::InvalidMedia;
}

QString PreviewPlayer::timeText() const
{
    return m_time->text();
}

void PreviewPlayer::onPositionChanged(qint64 position)
{
    if (!m_userSeeking) {
        const QSignalBlocker block(m_seek);
        m_seek->setValue(static_cast<int>(position));
    }
    updateTimeLabel(position);
}

void PreviewPlayer::onDurationChanged(qint64 duration)
{
    m_seek->setRange(0, static_cast<int>(duration));
    updateTimeLabel(m_player->position());
}

void PreviewPlayer::onStateChanged(QMediaPlayer::PlaybackState state)
{
    const bool playing = state == QMediaPlayer::PlayingState;
    m_playButton->setIcon(icons::themed(playing ? QStringLiteral("pause") : QStringLiteral("play")));
    m_playButton->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void PreviewPlayer::onStatusChanged(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadedMedia:
        // Pausing a stopped player decodes the first frame, so the preview shows a picture
        // before the creator presses play. Queued: the backend may report LoadedMedia from
        // inside setSource(), where it ignores state changes.
        if (m_player->hasVideo()) {
            QMetaObject::invokeMethod(
                this,
                [this, source = m_player->source()] {
                    if (m_player->source() == source
                        && m_player->playbackState() == QMediaPlayer::StoppedState)
                        m_player->pause();
                },
                Qt::QueuedConnection);
        }
        [[fallthrough]];
    case QMediaPlayer::BufferedMedia:
        if (!m_player->hasVideo()) {
            m_message->setText(tr("Audio only"));
            m_screen->setCurrentWidget(m_message);
        }
        break;
    case QMediaPlayer::InvalidMedia:
        m_message->setText(tr("This file cannot be previewed."));
        m_screen->setCurrentWidget(m_message);
        break;
    default:
        break;
    }
}

void PreviewPlayer::onError(QMediaPlayer::Error error, const QString& message)
{
    if (error == QMediaPlayer::NoError)
        return;
    qWarning("Preview playback failed: %s", qUtf8Printable(message));
    m_message->setText(tr("This file cannot be previewed."));
    m_screen->setCurrentWidget(m_message);
}

void PreviewPlayer::seekFromSlider()
{
    m_player->setPosition(m_seek->value());
}

void PreviewPlayer::updateTimeLabel(qint64 position)
{
    m_time->setText(
        QStringLiteral("%1 / %2").arg(format::clock(position), format::clock(m_player->duration())));
}

}  // namespace reelforge::ui
