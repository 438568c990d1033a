#include "ui/analysis/analysis_panel.h"

#include "ui/analysis/analysis_loader.h"
#include "ui/analysis/face_overlay.h"
#include "ui/analysis/loudness_readout.h"
#include "ui/analysis/thumbnail_suggestions.h"
#include "ui/analysis/timeline_strip.h"
#include "ui/analysis/transcript_pane.h"
#include "ui/common/error_text.h"
#include "ui/common/icons.h"
#include "ui/preview/preview_player.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

#include <algorithm>
#include <cmath>

namespace reelforge::ui {

namespace {

bool anyFaces(const domain::Analysis& a)
{
    if (!a.faces)
        return false;
    return std::any_of(a.faces->begin(), a.faces->end(), [](const auto& s) { return !s.boxes.empty(); });
}

}  // namespace

AnalysisPanel::AnalysisPanel(application::AnalysisService& service,
    const application::IThumbnailGrabber* frames, PreviewPlayer& preview, QWidget* parent)
    : QWidget(parent)
    , m_preview(&preview)
    , m_loader(new AnalysisLoader(service, this))
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_analyze(new QPushButton(icons::themed(QStringLiteral("sparkles")), tr("Analyze"), this))
    , m_facesToggle(new QToolButton(this))
    , m_strip(new TimelineStrip(this))
    , m_loudness(new LoudnessReadout(this))
    , m_faces(new FaceOverlay(preview.videoWidget()->videoSink(), this))
    , m_transcript(new TranscriptPane(this))
    , m_thumbnails(new ThumbnailSuggestions(frames, this))
{
    setObjectName(QStringLiteral("analysisPanel"));
    setAttribute(Qt::WA_StyledBackground);
    m_status->setObjectName(QStringLiteral("analysis.status"));
    m_status->setProperty("role", QStringLiteral("muted"));
    m_status->setWordWrap(true);
    m_bar->setObjectName(QStringLiteral("analysis.progress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(6);
    m_cancel->setObjectName(QStringLiteral("analysis.cancel"));
    m_cancel->setToolTip(tr("Stop analysing. Nothing half-done is kept."));
    m_analyze->setObjectName(QStringLiteral("analysis.analyze"));
    m_analyze->setProperty("accent", true);
    m_analyze->setToolTip(tr("Find scenes, silences, loudness, faces and speech. Results are kept, so "
                             "the next time this clip opens they show at once."));
    m_facesToggle->setObjectName(QStringLiteral("analysis.faces"));
    m_facesToggle->setText(tr("Faces"));
    m_facesToggle->setCheckable(true);
    m_facesToggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_facesToggle->setToolTip(tr("Show the faces found in the clip as boxes over the preview"));
    m_faces->hide();  // lives in the preview while the toggle is on
    m_transcript->hide();
    m_thumbnails->hide();

    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(0, 0, 0, 0);
    statusRow->setSpacing(10);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_bar, 1);
    statusRow->addWidget(m_cancel);
    statusRow->addWidget(m_analyze);
    statusRow->addWidget(m_facesToggle);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(6);
    layout->addLayout(statusRow);
    layout->addWidget(m_strip);
    layout->addWidget(m_loudness);

    QMediaPlayer* player = preview.mediaPlayer();
    connect(player, &QMediaPlayer::positionChanged, this, &AnalysisPanel::onPosition);
    connect(player, &QMediaPlayer::durationChanged, m_strip, &TimelineStrip::setDuration);
    connect(m_strip, &TimelineStrip::seekRequested, this, &AnalysisPanel::seek);
    connect(m_transcript, &TranscriptPane::seekRequested, this, &AnalysisPanel::seek);
    connect(m_thumbnails, &ThumbnailSuggestions::seekRequested, this, &AnalysisPanel::seek);
    connect(m_loader, &AnalysisLoader::stateChanged, this, &AnalysisPanel::onStateChanged);
    connect(m_loader, &AnalysisLoader::analysisChanged, this, &AnalysisPanel::onAnalysisChanged);
    connect(m_loader, &AnalysisLoader::progressed, this, &AnalysisPanel::onProgress);
    connect(m_analyze, &QPushButton::clicked, m_loader, &AnalysisLoader::analyze);
    connect(m_cancel, &QPushButton::clicked, m_loader, &AnalysisLoader::cancel);
    connect(m_facesToggle, &QToolButton::toggled, this, &AnalysisPanel::setFacesShown);
    clear();
}

AnalysisPanel::~AnalysisPanel()
{
    // The overlay may sit in the preview's screen: take it out before it goes.
    if (m_preview && m_faces)
        m_preview->setVideoView(nullptr);
    delete m_faces;
}

void AnalysisPanel::showAsset(const domain::MediaAsset& asset)
{
    m_thumbnails->setMedia(asset.storedPath(), asset.info(), asset.title());
    m_loader->open(asset);
    show();
}

void AnalysisPanel::clear()
{
    m_loader->clear();
    hide();
}

FaceOverlay* AnalysisPanel::faceOverlay() const
{
    return m_faces;
}

QString AnalysisPanel::statusText() const
{
    return m_status->text();
}

void AnalysisPanel::onStateChanged()
{
    using State = AnalysisLoader::State;
    const State state = m_loader->state();
    const bool analysing = state == State::Analysing;
    const bool ready = state == State::Ready;
    m_bar->setVisible(analysing);
    m_cancel->setVisible(analysing);
    m_cancel->setEnabled(!m_loader->isCancelling());
    const bool offerAnalysis
        = state == State::NotAnalysed || state == State::Failed || (ready && m_loader->isIncomplete());
    m_analyze->setVisible(offerAnalysis);
    m_analyze->setText(state == State::Failed ? tr("Try Again")
            : ready                           ? tr("Complete Analysis")
                                              : tr("Analyze"));
    m_facesToggle->setVisible(ready && anyFaces(m_loader->analysis()));
    m_strip->setVisible(ready);

    switch (state) {
    case State::Empty:
    case State::Loading:
        m_status->setText(tr("Looking for earlier analysis…"));
        break;
    case State::NotAnalysed:
        m_status->setText(tr("Not analysed yet."));
        break;
    case State::Analysing:
        m_status->setText(m_loader->isCancelling()
                ? tr("Cancelling…")
                : tr("Analysing… %1%").arg(static_cast<int>(std::floor(m_loader->progress() * 100))));
        break;
    case State::Ready:
        m_status->setText(summary());
        break;
    case State::Failed:
        m_status->setText(tr("The analysis failed: %1").arg(errorText(m_loader->lastError().code)));
        break;
    }
}

void AnalysisPanel::onAnalysisChanged()
{
    const domain::Analysis& a = m_loader->analysis();
    m_strip->setAnalysis(a);
    if (m_preview) {
        m_strip->setDuration(m_preview->mediaPlayer()->duration());
        m_strip->setPosition(m_preview->mediaPlayer()->position());
    }
    m_loudness->setLoudness(a.loudness);
    if (m_faces)
        m_faces->setFaces(a.faces);
    m_transcript->setTranscript(a.transcript);
    m_thumbnails->setCandidates(a.thumbnails);
    if (!anyFaces(a))
        m_facesToggle->setChecked(false);
    onStateChanged();
}

void AnalysisPanel::onProgress(double fraction)
{
    m_bar->setValue(static_cast<int>(std::lround(fraction * 1000)));
    onStateChanged();
}

void AnalysisPanel::onPosition(qint64 milliseconds)
{
    m_strip->setPosition(milliseconds);
    if (m_faces)
        m_faces->setPosition(milliseconds);
    m_transcript->setPosition(milliseconds);
}

void AnalysisPanel::seek(qint64 milliseconds)
{
    if (m_preview)
        m_preview->mediaPlayer()->setPosition(milliseconds);
}

void AnalysisPanel::setFacesShown(bool shown)
{
    if (m_preview && m_faces)
        m_preview->setVideoView(shown ? m_faces.data() : nullptr);
}

QString AnalysisPanel::summary() const
{
    const domain::Analysis& a = m_loader->analysis();
    QStringList parts;
    if (a.scenes)
        parts << tr("%n scene change(s)", nullptr, static_cast<int>(a.scenes->size()));
    if (a.silences)
        parts << tr("%n silence(s)", nullptr, static_cast<int>(a.silences->size()));
    if (a.transcript)
        parts << tr("%n word(s)", nullptr, static_cast<int>(a.transcript->words.size()));
    if (a.faces)
        parts << (anyFaces(a) ? tr("faces found") : tr("no faces"));
    return parts.isEmpty() ? tr("Analysed.") : parts.join(QStringLiteral(" · "));
}

}  // namespace reelforge::ui
