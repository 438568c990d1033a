#pragma once

#include "application/progress.h"
#include "domain/models/job.h"

#include <QAbstractListModel>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace reelforge::ui {

// The processing queue as a flat list of domain::Job rows in queue order (priority, high
// first, then the order they were added: the order the queue runs them in), plus each running
// job's live progress (fraction, frames per second, time left) from ProcessingQueue::jobProgress.
//
// setJobs() merges a fresh listing: rows keep their identity, so selections survive reorders.
// What the model cannot know by itself comes from lookups set by its owner and is asked for
// lazily, once per job: the output files of a finished job and the frame rate a job renders at
// (for "× realtime"). GUI thread only.
class QueueModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        PresetRole,
        StateRole,  // int(domain::JobState)
        StateTextRole,  // "Processing"
        FractionRole,  // double 0..1, live while running; 1 when done
        FpsRole,  // double, 0 when unknown
        RealtimeRole,  // double speed factor, 0 when unknown
        SpeedTextRole,  // "48 fps · 1.9× realtime"
        EtaTextRole,  // "About 20 seconds left"
        PriorityRole,
        AssetIdRole,
        OutputDirRole,
        OutputPathsRole,  // QStringList, finished jobs
        ErrorRole,  // the stored technical reason
        FailureTextRole,  // the reason in words
    };

    using OutputsLookup = std::function<QStringList(const QString& jobId)>;
    using FrameRateLookup = std::function<double(const domain::Job& job)>;  // <= 0: unknown

    explicit QueueModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    void setOutputsLookup(OutputsLookup lookup) { m_outputsOf = std::move(lookup); }
    void setFrameRateLookup(FrameRateLookup lookup) { m_frameRateOf = std::move(lookup); }

    void setJobs(const std::vector<domain::Job>& jobs);  // in queue order
    // Updates a row in place. Returns false when the job is new or its place in the queue
    // changed (priority): then the owner reloads the whole listing with setJobs().
    bool update(const domain::Job& job);
    void setProgress(const QString& id, const application::Progress& progress);

    const domain::Job* jobAt(int row) const;
    QModelIndex indexOfId(const QString& id) const;
    int count(domain::JobState state) const;

signals:
    void summaryChanged();  // counts per state may have changed

private:
    struct Row {
        domain::Job job;
        std::optional<application::Progress> live;
        mutable std::optional<QStringList> outputs;
        mutable std::optional<double> frameRate;
    };

    double fractionOf(const Row& row) const;
    double realtimeOf(const Row& row) const;
    QStringList outputsOf(const Row& row) const;
    void reorder(const std::vector<domain::Job>& jobs);
    void changed(int row);

    std::vector<Row> m_rows;
    OutputsLookup m_outputsOf;
    FrameRateLookup m_frameRateOf;
};

}  // namespace reelforge::ui
