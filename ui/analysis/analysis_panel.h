#pragma once

#include "application/interfaces/i_thumbnail_grabber.h"
#include "application/services/analysis_service.h"
#include "domain/models/media_asset.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace reelforge::ui {

class AnalysisLoader;
class FaceOverlay;
class LoudnessReadout;
class PreviewPlayer;
class ThumbnailSuggestions;
class TimelineStrip;
class TranscriptPane;

// What the analysis found in the open clip, under the preview: a status line (Analyze, the
// progress with Cancel, or a summary), the timeline strip, the loudness figures and a toggle
// that boxes faces in the preview. It also owns the transcript and thumbnail views, which the
// window places where it likes (they are reparented there). Everything follows the preview's
// player, and every click in these views seeks it. GUI thread; the service and the grabber
// must outlive this panel.
class AnalysisPanel : public QWidget {
    Q_OBJECT
public:
    AnalysisPanel(application::AnalysisService& service, const application::IThumbnailGrabber* frames,
        PreviewPlayer& preview, QWidget* parent = nullptr);
    ~AnalysisPanel() override;

    void showAsset(const domain::MediaAsset& asset);
    void clear();

    AnalysisLoader* loader() const { return m_loader; }
    TimelineStrip* strip() const { return m_strip; }
    LoudnessReadout* loudness() const { return m_loudness; }
    FaceOverlay* faceOverlay() const;
    TranscriptPane* transcript() const { return m_transcript; }
    ThumbnailSuggestions* thumbnails() const { return m_thumbnails; }
    QPushButton* analyzeButton() const { return m_analyze; }
    QPushButton* cancelButton() const { return m_cancel; }
    QToolButton* facesToggle() const { return m_facesToggle; }
    QString statusText() const;

private:
    void onStateChanged();
    void onAnalysisChanged();
    void onProgress(double fraction);
    void onPosition(qint64 milliseconds);
    void seek(qint64 milliseconds);
    void setFacesShown(bool shown);
    QString summary() const;

    QPointer<PreviewPlayer> m_preview;
    AnalysisLoader* m_loader;
    QLabel* m_status;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QPushButton* m_analyze;
    QToolButton* m_facesToggle;
    TimelineStrip* m_strip;
    LoudnessReadout* m_loudness;
    QPointer<FaceOverlay> m_faces;  // in the preview while shown, which may delete it first
    TranscriptPane* m_transcript;
    ThumbnailSuggestions* m_thumbnails;
};

}  // namespace reelforge::ui
