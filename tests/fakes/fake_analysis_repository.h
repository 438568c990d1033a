#pragma once

#include "application/interfaces/i_analysis_repository.h"

#include <map>
#include <mutex>
#include <tuple>

namespace reelforge::testing {

// In-memory IAnalysisRepository with the same replace-on-store rule as the SQLite one.
class FakeAnalysisRepository final : public application::IAnalysisRepository {
public:
    domain::Result<std::optional<domain::Analysis>> find(const application::AnalysisKey& key) override
    {
        std::lock_guard lock(m_mutex);
        ++finds;
        const auto it = m_rows.find(std::tuple(key.contentHash, key.analyzer, key.settings));
        if (it == m_rows.end() || it->second.first != key.version)
            return std::optional<domain::Analysis>();
        return std::optional<domain::Analysis>(it->second.second);
    }
    domain::Status store(const application::AnalysisKey& key, const domain::Analysis& part) override
    {
        std::lock_guard lock(m_mutex);
        if (failStores)
            return domain::fail(domain::ErrorCode::DatabaseError, QStringLiteral("injected failure"));
        ++stores;
        m_rows[std::tuple(key.contentHash, key.analyzer, key.settings)] = { key.version, part };
        return domain::ok();
    }
    domain::Result<std::optional<domain::Analysis>> latest(const QString& contentHash) override
    {
        std::lock_guard lock(m_mutex);
        std::optional<domain::Analysis> merged;
        for (const auto& [key, row] : m_rows) {
            if (std::get<0>(key) != contentHash)
                continue;
            if (!merged)
                merged.emplace();
            merged->merge(row.second);
        }
        return merged;
    }
    domain::Status removeFor(const QString& contentHash) override
    {
        std::lock_guard lock(m_mutex);
        std::erase_if(m_rows, [&](const auto& row) { return std::get<0>(row.first) == contentHash; });
        return domain::ok();
    }

    int finds = 0;
    int stores = 0;
    bool failStores = false;

private:
    std::mutex m_mutex;
    std::map<std::tuple<QString, QString, QString>, std::pair<int, domain::Analysis>> m_rows;
};

}  // namespace reelforge::testing
