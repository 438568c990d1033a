#pragma once

#include "application/interfaces/i_job_repository.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace reelforge::testing {

// In-memory IJobRepository with the same ordering rule as the SQLite one.
class FakeJobRepository final : public application::IJobRepository {
public:
    domain::Status add(const domain::Job& job) override
    {
        std::lock_guard lock(m_mutex);
        m_rows.push_back({ job, m_seq++, {}, Control::None });
        return domain::ok();
    }
    domain::Result<std::optional<domain::Job>> find(const QString& id) override
    {
        std::lock_guard lock(m_mutex);
        Row* row = rowOf(id);
        return row ? std::optional<domain::Job>(row->job) : std::optional<domain::Job>();
    }
    domain::Result<std::vector<domain::Job>> list() override
    {
        std::lock_guard lock(m_mutex);
        std::vector<Row> rows = m_rows;
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            if (a.job.fields().priority != b.job.fields().priority)
                return a.job.fields().priority > b.job.fields().priority;
            return a.seq < b.seq;
        });
        std::vector<domain::Job> out;
        for (const Row& r : rows)
            out.push_back(r.job);
        return out;
    }
    domain::Result<bool> replace(
        const domain::Job& seen, const domain::Job& next, const QString& logLine) override
    {
        std::lock_guard lock(m_mutex);
        Row* row = matching(seen);
        if (!row)
            return false;
        write(*row, next, logLine);
        return true;
    }
    domain::Result<bool> complete(const domain::Job& seen, const domain::Job& next, const Placement& place,
        const QString& logLine) override
    {
        std::lock_guard lock(m_mutex);
        Row* row = matching(seen);
        if (!row)
            return false;
        auto placed = place();
        if (!placed)
            return tl::unexpected(placed.error());
        m_artifacts.insert(m_artifacts.end(), placed->begin(), placed->end());
        write(*row, next, logLine);
        return true;
    }
    domain::Result<bool> setProgress(const QString& id, const QString& owner, double fraction) override
    {
        std::lock_guard lock(m_mutex);
        Row* row = rowOf(id);
        if (!row || row->job.fields().owner != owner)
            return false;
        auto fields = row->job.fields();
        fields.progress = fraction;
        row->job = *domain::Job::create(fields);
        return true;
    }
    domain::Status setPriority(const QString& id, int priority) override
    {
        std::lock_guard lock(m_mutex);
        if (Row* row = rowOf(id))
            row->job.setPriority(priority);
        return domain::ok();
    }
    // For tests that play another process: writes the job as it is, whatever the row says.
    void force(const domain::Job& job)
    {
        std::lock_guard lock(m_mutex);
        if (Row* row = rowOf(job.id()))
            row->job = job;
    }
    domain::Status appendLog(const QString& id, const QString& line) override
    {
        std::lock_guard lock(m_mutex);
        if (Row* row = rowOf(id))
            row->log += line + QLatin1Char('\n');
        return domain::ok();
    }
    domain::Result<QString> log(const QString& id) override
    {
        std::lock_guard lock(m_mutex);
        Row* row = rowOf(id);
        return row ? row->log : QString();
    }
    domain::Status requestControl(const QString& id, Control control) override
    {
        std::lock_guard lock(m_mutex);
        if (Row* row = rowOf(id))
            row->control = control;
        return domain::ok();
    }
    domain::Result<Control> takeControl(const QString& id) override
    {
        std::lock_guard lock(m_mutex);
        Row* row = rowOf(id);
        if (!row)
            return Control::None;
        return std::exchange(row->control, Control::None);
    }
    domain::Result<std::vector<domain::Artifact>> artifacts(const QString& jobId) override
    {
        std::lock_guard lock(m_mutex);
        std::vector<domain::Artifact> out;
        std::copy_if(m_artifacts.begin(), m_artifacts.end(), std::back_inserter(out),
            [&](const auto& a) { return a.jobId == jobId; });
        return out;
    }

private:
    struct Row {
        domain::Job job;
        int seq;
        QString log;
        Control control;
    };
    Row* matching(const domain::Job& seen)
    {
        Row* row = rowOf(seen.id());
        if (!row || row->job.state() != seen.state() || row->job.fields().owner != seen.fields().owner
            || row->job.fields().attemptId != seen.fields().attemptId)
            return nullptr;
        return row;
    }
    void write(Row& row, const domain::Job& next, const QString& logLine)
    {
        const int priority = row.job.fields().priority;  // not part of a swap
        row.job = next;
        row.job.setPriority(priority);
        if (!logLine.isEmpty())
            row.log += logLine + QLatin1Char('\n');
    }
    Row* rowOf(const QString& id)
    {
        auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const Row& r) { return r.job.id() == id; });
        return it == m_rows.end() ? nullptr : &*it;
    }

    std::mutex m_mutex;
    std::vector<Row> m_rows;
    std::vector<domain::Artifact> m_artifacts;
    int m_seq = 0;
};

}  // namespace reelforge::testing
