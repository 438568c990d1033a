#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

namespace reelforge::infrastructure {

// One SQLite file shared by the repositories. Each thread that touches it gets its own named
// connection (QSqlDatabase objects belong to the thread that opened them); connections use
// WAL, foreign keys and a busy timeout so readers and one writer can work at once.
//
// A database this process cannot write (the file or its folder is read-only, or the volume is
// mounted read-only) is opened read-only: reads work, nothing is migrated, and every
// transaction() fails with LibraryReadOnly before touching the file. Errors of SQLite's own
// are mapped to codes: a full disk is DiskFull, a read-only file LibraryReadOnly, the rest
// DatabaseError.
class SqliteDatabase {
public:
    explicit SqliteDatabase(QString path);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // Opens (creating if needed) and brings the schema to the latest version. Read-only: checks
    // the schema is the latest instead (an older one is LibraryReadOnly: the library must be
    // opened once with write access to be upgraded).
    domain::Status open();
    const QString& path() const { return m_path; }
    int schemaVersion();
    // Whether open() found the database read-only for this process.
    bool isReadOnly() const { return m_readOnly.load(); }

    // This thread's connection, opened on first use.
    domain::Result<QSqlDatabase> connection();

    // Runs `work` inside BEGIN IMMEDIATE .. COMMIT; rolls back when it returns an error or the
    // commit fails. `onAbort` runs first in that case, while the write lock is still held (to
    // undo a file operation that belonged to the transaction). DiskFull and LibraryReadOnly
    // errors name the database file in their detail.
    domain::Status transaction(
        const std::function<domain::Status(QSqlDatabase&)>& work, const std::function<void()>& onAbort = {});

private:
    domain::Status migrate();
    domain::Status checkSchemaReadOnly();
    domain::Error withPath(domain::Error error) const;

    QString m_path;
    QString m_prefix;
    std::atomic<bool> m_readOnly { false };
    std::mutex m_mutex;
    std::vector<QString> m_connectionNames;
};

// SQLite stores a null QString as NULL: text columns are NOT NULL, so bind through this.
inline QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A failed query as an error: DiskFull when SQLite says the disk (or the database's page
// limit) is full, LibraryReadOnly when the file cannot be written, else DatabaseError, with
// the statement and the driver's text as detail.
domain::Error sqlError(const QString& what, const class QSqlQuery& query);

// A URI for QSQLITE_OPEN_URI that opens `path` read-only; `immutable`: also tell SQLite the
// file cannot change (no locks, no shared memory: for files no one writes, such as backups).
QString sqliteReadOnlyUri(const QString& path, bool immutable);

// Whether this process cannot write the database at `path` (or the folder its journal goes
// to). A database that does not exist yet is not read-only: creating it says what is wrong.
bool isReadOnlyDatabase(const QString& path);

}  // namespace reelforge::infrastructure
