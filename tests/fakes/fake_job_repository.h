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
        m_rows.push_back({ job, m_seq++, 0, {}, Control::None });
        return domain::ok();
    }
    domain::Status update(const domain::Job& job) override
    {
        std::lock_guard lock(m_mutex);
        Row* row = rowOf(job.id());
        if (!row)
            return domain::fail(domain::ErrorCode::NotFound, QStringLiteral("no job"), job.id());
        row->job = job;
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
    domain::Status setInterruptions(const QString& id, int count) override
    {
        std::lock_guard lock(m_mutex);
        if (Row* row = rowOf(id))
            row->interruptions = count;
        return domain::ok();
    }
    domain::Result<int> interruptions(const QString& id) override
    {
        std::lock_guard lock(m_mutex);
        Row* row = rowOf(id);
        return row ? row->interruptions : 0;
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
    domain::Status addArtifact(const domain::Artifact& artifact) override
    {
        std::lock_guard lock(m_mutex);
        m_artifacts.push_back(artifact);
        return domain::ok();
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
        int interruptions;
        QString log;
        Control control;
    };
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
