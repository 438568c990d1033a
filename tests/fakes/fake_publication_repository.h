#pragma once

#include "application/interfaces/i_publication_repository.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace reelforge::testing {

// In-memory IPublicationRepository; keeps every saved session so tests can see the history.
class FakePublicationRepository final : public application::IPublicationRepository {
public:
    domain::Status add(const domain::Publication& p) override
    {
        std::lock_guard lock(m_mutex);
        if (domain::Status s = p.validate(); !s)
            return s;
        m_rows.push_back(p);
        return domain::ok();
    }
    domain::Status update(const domain::Publication& p) override
    {
        std::lock_guard lock(m_mutex);
        for (auto& row : m_rows)
            if (row.id == p.id) {
                row = p;
                return domain::ok();
            }
        return domain::fail(domain::ErrorCode::NotFound, QStringLiteral("no publication"), p.id);
    }
    domain::Status markPublished(const domain::Publication& p) override
    {
        if (domain::Status s = update(p); !s)
            return s;
        return clearSession(p.id);
    }
    domain::Result<std::optional<domain::Publication>> find(const QString& id) override
    {
        std::lock_guard lock(m_mutex);
        for (const auto& row : m_rows)
            if (row.id == id)
                return std::optional<domain::Publication>(row);
        return std::optional<domain::Publication>();
    }
    domain::Result<std::vector<domain::Publication>> list() override
    {
        std::lock_guard lock(m_mutex);
        return m_rows;
    }
    domain::Result<std::vector<domain::Publication>> findSame(
        const QString& path, const QString& account, const QString& destination) override
    {
        std::lock_guard lock(m_mutex);
        std::vector<domain::Publication> out;
        for (auto it = m_rows.rbegin(); it != m_rows.rend(); ++it)
            if (it->artifactPath == path && it->accountId == account && it->destination == destination)
                out.push_back(*it);
        return out;
    }
    domain::Status setProgress(const QString& id, qint64 sent, qint64 total) override
    {
        std::lock_guard lock(m_mutex);
        for (auto& row : m_rows)
            if (row.id == id) {
                row.bytesSent = sent;
                row.bytesTotal = total;
            }
        return domain::ok();
    }
    domain::Status saveSession(const QString& id, const application::UploadSession& s) override
    {
        std::lock_guard lock(m_mutex);
        m_sessions[id] = s;
        m_history[id].push_back(s.offset);
        return domain::ok();
    }
    domain::Result<std::optional<application::UploadSession>> session(const QString& id) override
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_sessions.find(id);
        return it == m_sessions.end() ? std::optional<application::UploadSession>()
                                      : std::optional<application::UploadSession>(it->second);
    }
    domain::Status clearSession(const QString& id) override
    {
        std::lock_guard lock(m_mutex);
        m_sessions.erase(id);
        return domain::ok();
    }
    // Offsets saved for a publication, in order.
    std::vector<qint64> savedOffsets(const QString& id) const
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_history.find(id);
        return it == m_history.end() ? std::vector<qint64>() : it->second;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<domain::Publication> m_rows;
    std::map<QString, application::UploadSession> m_sessions;
    std::map<QString, std::vector<qint64>> m_history;
};

}  // namespace reelforge::testing
