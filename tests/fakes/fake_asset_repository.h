#pragma once

#include "application/interfaces/i_asset_repository.h"

#include <algorithm>
#include <mutex>

namespace reelforge::testing {

// In-memory IAssetRepository. failNextAdd makes the next add() fail like a database would.
class FakeAssetRepository final : public application::IAssetRepository {
public:
    domain::Status add(const domain::MediaAsset& asset) override
    {
        std::lock_guard lock(m_mutex);
        if (failNextAdd) {
            failNextAdd = false;
            return domain::fail(domain::ErrorCode::DatabaseError, QStringLiteral("injected failure"));
        }
        m_assets.push_back(asset);
        return domain::ok();
    }
    domain::Result<std::optional<domain::MediaAsset>> findById(const QString& id) override
    {
        std::lock_guard lock(m_mutex);
        for (const auto& a : m_assets)
            if (a.id() == id)
                return std::optional<domain::MediaAsset>(a);
        return std::optional<domain::MediaAsset>();
    }
    domain::Result<std::optional<domain::MediaAsset>> findByHash(const QString& sha256) override
    {
        std::lock_guard lock(m_mutex);
        for (const auto& a : m_assets)
            if (a.contentHash() == sha256)
                return std::optional<domain::MediaAsset>(a);
        return std::optional<domain::MediaAsset>();
    }
    domain::Result<std::vector<domain::MediaAsset>> list(const application::AssetQuery& query) override
    {
        std::lock_guard lock(m_mutex);
        std::vector<domain::MediaAsset> out;
        for (const auto& a : m_assets)
            if (query.search.isEmpty() || a.title().contains(query.search, Qt::CaseInsensitive))
                out.push_back(a);
        return out;
    }
    domain::Result<std::vector<application::AssetSummary>> listSummaries(
        const application::AssetQuery& query) override
    {
        std::vector<application::AssetSummary> out;
        const auto assets = list(query);
        for (const auto& a : *assets)
            out.push_back(application::AssetSummary::from(a));
        return out;
    }
    domain::Result<int> count() override
    {
        std::lock_guard lock(m_mutex);
        return static_cast<int>(m_assets.size());
    }
    domain::Status remove(const QString& id) override
    {
        std::lock_guard lock(m_mutex);
        const auto n = std::erase_if(m_assets, [&](const auto& a) { return a.id() == id; });
        if (n == 0)
            return domain::fail(domain::ErrorCode::NotFound, QStringLiteral("no asset"), id);
        return domain::ok();
    }
    domain::Status setThumbnail(const QString& id, const QString& path) override
    {
        std::lock_guard lock(m_mutex);
        for (auto& a : m_assets)
            if (a.id() == id) {
                a.setThumbnailPath(path);
                return domain::ok();
            }
        return domain::fail(domain::ErrorCode::NotFound, QStringLiteral("no asset"), id);
    }

    bool failNextAdd = false;

private:
    std::mutex m_mutex;
    std::vector<domain::MediaAsset> m_assets;
};

}  // namespace reelforge::testing
