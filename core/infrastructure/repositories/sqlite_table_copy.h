#pragma once

#include "domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace reelforge::infrastructure {

// Row-level helpers for restoring a library database from a backup, on one connection.

// The values of one column of every row `sql` returns.
domain::Result<QStringList> sqlColumn(QSqlDatabase& db, const QString& sql, int index = 0);

// Whether any table a restore would replace (every table of `main` but SQLite's own and the
// live-state ones, such as the running processes) holds a row.
domain::Result<bool> hasRestorableRows(QSqlDatabase& db);

// Replaces the rows of every such table of `main` with those of the same table in the
// attached database `schema` (columns matched by name; both at the same schema version), and
// the AUTOINCREMENT counters with its, in one transaction: all or nothing. Foreign keys must be
// off on `db` (the copy is consistent as a whole, not table by table).
domain::Status replaceRowsFrom(QSqlDatabase& db, const QString& schema);

}  // namespace reelforge::infrastructure
