#pragma once

#include "application/interfaces/i_analysis_repository.h"
#include "infrastructure/repositories/sqlite_database.h"

namespace reelforge::infrastructure {

// Analysis results in the library database (table analysis_results), as the Full JSON of
// each analyzer's part (domain/models/analysis_json.h).
class SqliteAnalysisRepository final : public application::IAnalysisRepository {
public:
    explicit SqliteAnalysisRepository(SqliteDatabase& database);

    domain::Result<std::optional<domain::Analysis>> find(const application::AnalysisKey& key) override;
    domain::Status store(const application::AnalysisKey& key, const domain::Analysis& part) override;
    domain::Result<std::optional<domain::Analysis>> latest(const QString& contentHash) override;
    domain::Status removeFor(const QString& contentHash) override;

private:
    SqliteDatabase& m_db;
};

}  // namespace reelforge::infrastructure
