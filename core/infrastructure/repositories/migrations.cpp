#include "infrastructure/repositories/migrations.h"

namespace reelforge::infrastructure {

const std::vector<QStringList>& schemaMigrations()
{
    static const std::vector<QStringList> kMigrations{
        // 1: the library of imported media.
        {
            QStringLiteral("CREATE TABLE assets ("
                           " id TEXT PRIMARY KEY,"
                           " title TEXT NOT NULL,"
                           " original_path TEXT NOT NULL,"
                           " stored_path TEXT NOT NULL,"
                           " content_hash TEXT NOT NULL UNIQUE,"
                           " import_mode TEXT NOT NULL CHECK (import_mode IN ('copy','reference')),"
                           " imported_at TEXT NOT NULL,"
                           " duration_us INTEGER NOT NULL DEFAULT 0,"
                           " media_info TEXT NOT NULL,"
                           " thumbnail_path TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX assets_by_imported ON assets(imported_at)"),
            QStringLiteral("CREATE INDEX assets_by_title ON assets(title COLLATE NOCASE)"),
        },
        // 2: the persistent processing queue and what it produced.
        {
            QStringLiteral("CREATE TABLE jobs ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " id TEXT NOT NULL UNIQUE,"
                           " recipe TEXT NOT NULL,"
                           " inputs TEXT NOT NULL,"
                           " title TEXT NOT NULL DEFAULT '',"
                           " asset_id TEXT NOT NULL DEFAULT '',"
                           " output_dir TEXT NOT NULL,"
                           " output_template TEXT NOT NULL,"
                           " priority INTEGER NOT NULL DEFAULT 0,"
                           " state TEXT NOT NULL,"
                           " progress REAL NOT NULL DEFAULT 0,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " interruptions INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT NOT NULL DEFAULT '',"
                           " log TEXT NOT NULL DEFAULT '',"
                           " control TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX jobs_by_state ON jobs(state)"),
            QStringLiteral("CREATE TABLE artifacts ("
                           " id TEXT PRIMARY KEY,"
                           " job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,"
                           " asset_id TEXT NOT NULL DEFAULT '',"
                           " kind TEXT NOT NULL,"
                           " path TEXT NOT NULL,"
                           " size_bytes INTEGER NOT NULL,"
                           " content_hash TEXT NOT NULL,"
                           " media_info TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX artifacts_by_job ON artifacts(job_id)"),
        },
    };
    return kMigrations;
}

}  // namespace reelforge::infrastructure
