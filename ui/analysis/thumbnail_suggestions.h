#pragma once

#include "application/interfaces/i_thumbnail_grabber.h"
#include "domain/models/analysis.h"
#include "domain/result.h"

#include <QThreadPool>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace reelforge::ui {

// The frames the analysis suggests as thumbnails (sharp, well exposed, faces where there are
// faces), best first. Frames are grabbed from the file on a worker thread; clicking one asks
// the player to seek there, "Save frame as…" writes it at full size. Without a grabber the
// suggestions show their times only. GUI thread; the grabber must outlive this widget.
class ThumbnailSuggestions : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxSuggestions = 6;

    explicit ThumbnailSuggestions(const application::IThumbnailGrabber* frames, QWidget* parent = nullptr);
    ~ThumbnailSuggestions() override;

    void setMedia(const QString& path, const domain::MediaInfo& info, const QString& title);
    // nullopt: not analysed (yet).
    void setCandidates(const std::optional<std::vector<domain::ThumbnailCandidate>>& candidates);

    QListWidget* list() const { return m_list; }
    std::vector<domain::Micros> times() const;  // of the suggestions shown, best first
    int framesLoaded() const { return m_loaded; }

    // Grabs the frame at `at` at full size on a worker thread and writes it to `path` (JPEG,
    // or PNG for a .png name); saved() or saveFailed() follows.
    void saveFrame(domain::Micros at, const QString& path);

signals:
    void seekRequested(qint64 milliseconds);
    void saved(const QString& path);
    void saveFailed(const reelforge::domain::Error& error);

private:
    void requestFrame(int row, domain::Micros at);
    void onGrabbed(int generation, int row, const QImage& image);
    void chooseFile();
    void updateNote();

    const application::IThumbnailGrabber* m_frames;
    QThreadPool m_pool;
    QLabel* m_note;
    QListWidget* m_list;
    QPushButton* m_save;
    QString m_path;
    QString m_title;  // names saved frames
    domain::MediaInfo m_info;
    std::optional<std::vector<domain::ThumbnailCandidate>> m_candidates;
    int m_generation = 0;
    int m_loaded = 0;
};

}  // namespace reelforge::ui
