#pragma once

#include "application/interfaces/i_asset_repository.h"
#include "infrastructure/repositories/sqlite_database.h"

#include <QSqlQuery>

#include <functional>

namespace reelforge::infrastructure {

class SqliteAssetRepository final : public application::IAssetRepository {
public:
    explicit SqliteAssetRepository(SqliteDatabase& database);

    domain::Status add(const domain::MediaAsset& asset) override;
    domain::Result<std::optional<domain::MediaAsset>> findById(const QString& id) override;
    domain::Result<std::optional<domain::MediaAsset>> findByHash(const QString& sha256) override;
    domain::Result<std::vector<domain::MediaAsset>> list(const application::AssetQuery& query) override;
    domain::Result<std::vector<application::AssetSummary>> listSummaries(
        const application::AssetQuery& query) override;
    domain::Result<int> count() override;
    domain::Result<std::optional<QString>> addUnlessPresent(
        const domain::MediaAsset& asset, const application::FileMoves& files) override;
    domain::Status remove(const QString& id, const application::FileMoves& files) override;
    domain::Status sweepUnreferenced(
        const std::function<domain::Status(const QSet<QString>& referenced)>& sweep) override;
    domain::Status setThumbnail(const QString& id, const QString& path) override;

private:
    template<typename Row>
    domain::Result<std::vector<Row>> select(const QString& columns, const application::AssetQuery& query,
        const std::function<domain::Result<Row>(const QSqlQuery&)>& read);
    domain::Result<std::optional<domain::MediaAsset>> findOne(const QString& column, const QString& value);

    SqliteDatabase& m_db;
};

}  // namespace reelforge::infrastructure
