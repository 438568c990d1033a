#pragma once

#include "application/interfaces/i_job_repository.h"
#include "infrastructure/repositories/sqlite_database.h"

namespace reelforge::infrastructure {

class SqliteJobRepository final : public application::IJobRepository {
public:
    explicit SqliteJobRepository(SqliteDatabase& database);

    domain::Status add(const domain::Job& job) override;
    domain::Result<std::optional<domain::Job>> find(const QString& id) override;
    domain::Result<std::vector<domain::Job>> list() override;
    domain::Result<bool> replace(
        const domain::Job& seen, const domain::Job& next, const QString& logLine) override;
    domain::Result<bool> complete(const domain::Job& seen, const domain::Job& next, const Placement& place,
        const QString& logLine) override;
    domain::Result<bool> setProgress(const QString& id, const QString& owner, double fraction) override;
    domain::Status setPriority(const QString& id, int priority) override;
    domain::Status appendLog(const QString& id, const QString& line) override;
    domain::Result<QString> log(const QString& id) override;
    domain::Status requestControl(const QString& id, Control control) override;
    domain::Result<Control> takeControl(const QString& id) override;
    domain::Result<std::vector<domain::Artifact>> artifacts(const QString& jobId) override;

private:
    domain::Status exec(
        const QString& what, const QString& sql, const QVariantList& values, bool mustTouch = true);
    domain::Result<std::vector<domain::Job>> select(const QString& where, const QVariantList& values);

    SqliteDatabase& m_db;
};

}  // namespace reelforge::infrastructure
