#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <mutex>
#include <vector>

namespace reelforge::infrastructure {

// One SQLite file shared by the repositories. Each thread that touches it gets its own named
// connection (QSqlDatabase objects belong to the thread that opened them); connections use
// WAL, foreign keys and a busy timeout so readers and one writer can work at once.
class SqliteDatabase {
public:
    explicit SqliteDatabase(QString path);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    // Opens (creating if needed) and brings the schema to the latest version.
    domain::Status open();
    const QString& path() const { return m_path; }
    int schemaVersion();

    // This thread's connection, opened on first use.
    domain::Result<QSqlDatabase> connection();

    // Runs `work` inside BEGIN IMMEDIATE .. COMMIT; rolls back when it returns an error or the
    // commit fails. `onAbort` runs first in that case, while the write lock is still held (to
    // undo a file operation that belonged to the transaction).
    domain::Status transaction(
        const std::function<domain::Status(QSqlDatabase&)>& work, const std::function<void()>& onAbort = {});

private:
    domain::Status migrate(QSqlDatabase& db);

    QString m_path;
    QString m_prefix;
    std::mutex m_mutex;
    std::vector<QString> m_connectionNames;
};

// SQLite stores a null QString as NULL: text columns are NOT NULL, so bind through this.
inline QString notNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A failed query as a DatabaseError, with the driver's text as detail.
domain::Error sqlError(const QString& what, const class QSqlQuery& query);

}  // namespace reelforge::infrastructure
