#include "infrastructure/repositories/migrations.h"

namespace reelforge::infrastructure {

const std::vector<QStringList>& schemaMigrations()
{
    static const std::vector<QStringList> kMigrations {
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
        // 3: analysis results, one row per (content, analyzer, settings); the version column
        // tells a stale result from a current one.
        {
            QStringLiteral("CREATE TABLE analysis_results ("
                           " content_hash TEXT NOT NULL,"
                           " analyzer TEXT NOT NULL,"
                           " version INTEGER NOT NULL,"
                           " settings TEXT NOT NULL DEFAULT '',"
                           " result TEXT NOT NULL,"
                           " created_at TEXT NOT NULL,"
                           " PRIMARY KEY (content_hash, analyzer, settings))"),
        },
        // 4: accounts, publications and upload sessions (no secrets: those are in the keychain).
        {
            QStringLiteral("CREATE TABLE accounts ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " platform TEXT NOT NULL,"
                           " endpoint TEXT NOT NULL DEFAULT '',"
                           " credential_key TEXT NOT NULL DEFAULT '',"
                           " settings TEXT NOT NULL DEFAULT '{}',"
                           " connected_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE publications ("
                           " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " id TEXT NOT NULL UNIQUE,"
                           " artifact_path TEXT NOT NULL,"
                           " artifact_id TEXT NOT NULL DEFAULT '',"
                           " account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                           " destination TEXT NOT NULL DEFAULT '',"
                           " title TEXT NOT NULL,"
                           " description TEXT NOT NULL DEFAULT '',"
                           " tags TEXT NOT NULL DEFAULT '[]',"
                           " privacy TEXT NOT NULL,"
                           " publish_at TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL,"
                           " bytes_sent INTEGER NOT NULL DEFAULT 0,"
                           " bytes_total INTEGER NOT NULL DEFAULT 0,"
                           " remote_url TEXT NOT NULL DEFAULT '',"
                           " error TEXT NOT NULL DEFAULT '',"
                           " options TEXT NOT NULL DEFAULT '{}',"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX publications_by_target ON publications(artifact_path, account_id, "
                           "destination)"),
            QStringLiteral("CREATE INDEX publications_by_state ON publications(state)"),
            QStringLiteral("CREATE TABLE upload_sessions ("
                           " publication_id TEXT PRIMARY KEY REFERENCES publications(id) ON DELETE CASCADE,"
                           " url TEXT NOT NULL DEFAULT '',"
                           " upload_id TEXT NOT NULL DEFAULT '',"
                           " offset_bytes INTEGER NOT NULL DEFAULT 0,"
                           " total_bytes INTEGER NOT NULL DEFAULT 0,"
                           " parts TEXT NOT NULL DEFAULT '[]',"
                           " expires_at TEXT NOT NULL DEFAULT '',"
                           " extra TEXT NOT NULL DEFAULT '{}',"
                           " updated_at TEXT NOT NULL)"),
        },
        // 5: a failed job's domain error code (errorCodeName), beside its technical reason.
        {
            QStringLiteral("ALTER TABLE jobs ADD COLUMN error_code TEXT NOT NULL DEFAULT ''"),
        },
        // 6: several processes share the library. Each registers with a heartbeat; a running
        // job is leased to one of them (owner) for one attempt (attempt_id names its temporary
        // files).
        {
            QStringLiteral("CREATE TABLE processes ("
                           " id TEXT PRIMARY KEY,"
                           " host TEXT NOT NULL,"
                           " pid INTEGER NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " heartbeat_ms INTEGER NOT NULL)"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN attempt_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX jobs_by_owner ON jobs(owner)"),
        },
    };
    return kMigrations;
}

}  // namespace reelforge::infrastructure
