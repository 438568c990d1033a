#pragma once

#include "application/dtos/recovery_dtos.h"
#include "domain/result.h"
#include "infrastructure/repositories/sqlite_database.h"

#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>
#include <vector>

namespace reelforge::infrastructure {

// Rolling copies of the library's database in a folder beside it (backups/), named by the
// UTC time they were made: library-YYYYMMDD-HHMMSS.db. A copy is made with SQLite's
// VACUUM INTO, which reads one consistent snapshot even while other processes write through
// the WAL, into a hidden temporary name, then flushed to disk under its final name.
//
// restore() brings a copy's records back into the live database in one transaction, after
// making sure no other connection has the database open (an exclusive lock: any process
// that has the library open holds a shared lock on the file), and keeps the records it
// replaces as before-restore-YYYYMMDD-HHMMSS.db. The lock sees every process connected to the
// database, not one still starting (that one waits for the lock); see docs/architecture.md.
//
// Not thread-safe: one caller at a time. Errors: IoError (files), DatabaseError, NotFound
// (no such backup), LibraryInUse, LibraryReadOnly.
class SqliteBackups {
public:
    SqliteBackups(QString databasePath, QString folder);

    static constexpr std::chrono::hours kDefaultInterval { 24 };
    static constexpr int kDefaultKeep = 7;

    // A new copy of `database` when the newest is older than `interval`, or there is none, and
    // the database holds at least one asset (an empty index is never worth keeping over older
    // copies); then only the `keep` newest automatic copies are kept. nullopt: none was due.
    domain::Result<std::optional<application::BackupInfo>> backupIfDue(
        SqliteDatabase& database, std::chrono::seconds interval, int keep, const QDateTime& nowUtc);
    domain::Result<application::BackupInfo> backupNow(SqliteDatabase& database, const QDateTime& nowUtc);

    // Every copy in the folder, newest first, with how many assets each holds.
    domain::Result<std::vector<application::BackupInfo>> list() const;

    // Restores `backup` (a name from list(), or a path; empty: the newest automatic copy).
    domain::Result<application::RestoreReport> restore(const QString& backup, const QDateTime& nowUtc);

    const QString& folder() const { return m_folder; }

private:
    domain::Result<QString> resolve(const QString& backup) const;
    domain::Status prune(int keep) const;

    QString m_databasePath;
    QString m_folder;
};

}  // namespace reelforge::infrastructure
