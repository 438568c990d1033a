#pragma once

#include "application/interfaces/i_asset_repository.h"

#include <algorithm>
#include <functional>
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
    domain::Result<std::optional<QString>> addUnlessPresent(
        const domain::MediaAsset& asset, const application::FileMoves& files) override
    {
        if (beforeAddUnlessPresent)
            beforeAddUnlessPresent(asset);
        std::lock_guard lock(m_mutex);
        for (const auto& a : m_assets)
            if (a.contentHash() == asset.contentHash())
                return std::optional<QString>(a.id());
        if (files.apply) {
            if (domain::Status s = files.apply(); !s)
                return tl::unexpected(s.error());
        }
        if (failNextAdd) {
            failNextAdd = false;
            if (files.undo)
                files.undo();
            return domain::fail(domain::ErrorCode::DatabaseError, QStringLiteral("injected failure"));
        }
        m_assets.push_back(asset);
        return std::optional<QString>();
    }
    domain::Status remove(const QString& id, const application::FileMoves& files) override
    {
        std::lock_guard lock(m_mutex);
        const auto n = std::erase_if(m_assets, [&](const auto& a) { return a.id() == id; });
        if (n == 0)
            return domain::fail(domain::ErrorCode::NotFound, QStringLiteral("no asset"), id);
        if (files.apply)
            return files.apply();
        return domain::ok();
    }
    domain::Status sweepUnreferenced(
        const std::function<domain::Status(const QSet<QString>& referenced)>& sweep) override
    {
        QSet<QString> referenced;
        {
            std::lock_guard lock(m_mutex);
            for (const auto& a : m_assets) {
                referenced.insert(a.storedPath());
                referenced.insert(a.thumbnailPath());
            }
        }
        return sweep(referenced);
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
    // Runs first in addUnlessPresent: lets a test play another process that gets there first.
    std::function<void(const domain::MediaAsset&)> beforeAddUnlessPresent;

private:
    std::mutex m_mutex;
    std::vector<domain::MediaAsset> m_assets;
};

}  // namespace reelforge::testing
