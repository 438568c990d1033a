#include "ui/queue/queue_model.h"

#include "ui/queue/job_text.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace reelforge::ui {

using domain::JobState;

namespace {

bool isActive(JobState state)
{
    return state == JobState::Running || state == JobState::Paused;
}

}  // namespace

QueueModel::QueueModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const domain::Job::Fields& f = row.job.fields();
    const bool running = row.job.state() == JobState::Running && row.live.has_value();
    // A transcode reports frames with a frame rate; work without frames reports its speed.
    const bool framesReported = running && row.live->itemsDone > 0;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return f.title;
    case IdRole:
        return f.id;
    case PresetRole:
        return JobText::preset(row.job);
    case StateRole:
        return static_cast<int>(row.job.state());
    case StateTextRole:
        return JobText::state(row.job.state());
    case FractionRole:
        return fractionOf(row);
    case FpsRole:
        return framesReported ? row.live->rate : 0.0;
    case RealtimeRole:
        return realtimeOf(row);
    case SpeedTextRole:
        return running ? JobText::speed(framesReported ? row.live->rate : 0.0, realtimeOf(row)) : QString();
    case EtaTextRole:
        return running ? JobText::eta(row.live->etaSeconds) : QString();
    case PriorityRole:
        return f.priority;
    case AssetIdRole:
        return f.assetId;
    case OutputDirRole:
        return f.outputDir;
    case OutputPathsRole:
        return outputsOf(row);
    case ErrorRole:
        return f.error;
    case FailureTextRole:
        return row.job.state() == JobState::Failed ? JobText::failure(row.job) : QString();
    case Qt::ToolTipRole:
        return row.job.state() == JobState::Failed ? JobText::failure(row.job) : outputsOf(row).value(0);
    default:
        return {};
    }
}

double QueueModel::fractionOf(const Row& row) const
{
    switch (row.job.state()) {
    case JobState::Succeeded:
        return 1.0;
    case JobState::Queued:
        return 0.0;  // a job that goes again starts from the beginning
    case JobState::Running:
    case JobState::Paused:
        return row.live ? std::clamp(row.live->fraction, 0.0, 1.0) : row.job.progress();
    case JobState::Failed:
    case JobState::Cancelled:
    case JobState::Interrupted:
        break;
    }
    return row.job.progress();
}

double QueueModel::realtimeOf(const Row& row) const
{
    if (row.job.state() != JobState::Running || !row.live || row.live->rate <= 0.0)
        return 0.0;
    if (row.live->itemsDone <= 0)
        return row.live->rate;  // no frames: the rate already is the speed factor
    if (!row.frameRate)
        row.frameRate = m_frameRateOf ? m_frameRateOf(row.job) : 0.0;
    return *row.frameRate > 0.0 ? row.live->rate / *row.frameRate : 0.0;
}

QStringList QueueModel::outputsOf(const Row& row) const
{
    if (row.job.state() != JobState::Succeeded)
        return {};
    if (!row.outputs)
        row.outputs = m_outputsOf ? m_outputsOf(row.job.id()) : QStringList();
    return *row.outputs;
}

void QueueModel::setJobs(const std::vector<domain::Job>& jobs)
{
    QSet<QString> ids;
    for (const domain::Job& job : jobs)
        ids.insert(job.id());
    for (int r = rowCount() - 1; r >= 0; --r) {
        if (ids.contains(m_rows[static_cast<std::size_t>(r)].job.id()))
            continue;
        beginRemoveRows({}, r, r);
        m_rows.erase(m_rows.begin() + r);
        endRemoveRows();
    }
    std::vector<domain::Job> added;
    for (const domain::Job& job : jobs) {
        if (const QModelIndex index = indexOfId(job.id()); index.isValid()) {
            Row& row = m_rows[static_cast<std::size_t>(index.row())];
            if (row.job.state() != job.state())
                row.outputs.reset();
            if (!isActive(job.state()))
                row.live.reset();
            row.job = job;
        } else {
            added.push_back(job);
        }
    }
    if (!added.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        for (domain::Job& job : added)
            m_rows.push_back(Row { std::move(job), {}, {}, {} });
        endInsertRows();
    }
    reorder(jobs);
    if (!m_rows.empty())
        emit dataChanged(index(0), index(rowCount() - 1));
    emit summaryChanged();
}

void QueueModel::reorder(const std::vector<domain::Job>& jobs)
{
    bool same = true;
    for (std::size_t i = 0; i < jobs.size() && same; ++i)
        same = m_rows[i].job.id() == jobs[i].id();
    if (same)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<QString, int> newRow;
    for (std::size_t i = 0; i < jobs.size(); ++i)
        newRow.insert(jobs[i].id(), static_cast<int>(i));
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex& old : before)
        after << index(newRow.value(m_rows[static_cast<std::size_t>(old.row())].job.id()), old.column());
    std::vector<Row> sorted(m_rows.size(), Row { jobs.front(), {}, {}, {} });
    for (Row& row : m_rows)
        sorted[static_cast<std::size_t>(newRow.value(row.job.id()))] = std::move(row);
    m_rows = std::move(sorted);
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

bool QueueModel::update(const domain::Job& job)
{
    const QModelIndex index = indexOfId(job.id());
    if (!index.isValid())
        return false;
    Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (row.job.fields().priority != job.fields().priority)
        return false;
    if (row.job.state() != job.state())
        row.outputs.reset();
    if (!isActive(job.state()))
        row.live.reset();
    row.job = job;
    changed(index.row());
    emit summaryChanged();
    return true;
}

void QueueModel::setProgress(const QString& id, const application::Progress& progress)
{
    const QModelIndex index = indexOfId(id);
    if (!index.isValid())
        return;
    Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (!isActive(row.job.state()))
        return;  // a late report after the job ended
    row.live = progress;
    changed(index.row());
}

const domain::Job* QueueModel::jobAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)].job;
}

QModelIndex QueueModel::indexOfId(const QString& id) const
{
    // Queues hold tens to a few hundred jobs: a scan is cheaper than keeping an index in sync.
    const auto it
        = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.job.id() == id; });
    return it == m_rows.end() ? QModelIndex() : index(static_cast<int>(it - m_rows.begin()));
}

int QueueModel::count(JobState state) const
{
    return static_cast<int>(std::count_if(
        m_rows.begin(), m_rows.end(), [state](const Row& r) { return r.job.state() == state; }));
}

void QueueModel::changed(int row)
{
    emit dataChanged(index(row), index(row));
}

}  // namespace reelforge::ui
