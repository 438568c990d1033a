#pragma once

#include "application/interfaces/i_account_repository.h"
#include "infrastructure/repositories/sqlite_database.h"

namespace reelforge::infrastructure {

class SqliteAccountRepository final : public application::IAccountRepository {
public:
    explicit SqliteAccountRepository(SqliteDatabase& database);

    domain::Status add(const domain::Account& account) override;
    domain::Status update(const domain::Account& account) override;
    domain::Result<std::optional<domain::Account>> find(const QString& id) override;
    domain::Result<std::optional<domain::Account>> findByName(const QString& name) override;
    domain::Result<std::vector<domain::Account>> list() override;
    domain::Status remove(const QString& id) override;

private:
    domain::Result<std::vector<domain::Account>> select(const QString& where, const QVariantList& values);

    SqliteDatabase& m_db;
};

}  // namespace reelforge::infrastructure
