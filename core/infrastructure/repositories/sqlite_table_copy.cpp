#include "infrastructure/repositories/sqlite_table_copy.h"

#include "infrastructure/repositories/sqlite_database.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace reelforge::infrastructure {

namespace {

// State of the processes using the library, not of the library itself: never restored.
const QSet<QString> kLiveTables { QStringLiteral("processes") };

QString sqlName(const QString& name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

domain::Status exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return tl::unexpected(sqlError(sql.left(60), q));
    return domain::ok();
}

domain::Result<QStringList> restorableTables(QSqlDatabase& db)
{
    auto tables = sqlColumn(db,
        QStringLiteral(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    if (!tables)
        return tables;
    QStringList out;
    for (const QString& table : *tables)
        if (!kLiveTables.contains(table))
            out << table;
    return out;
}

domain::Result<QStringList> commonColumns(QSqlDatabase& db, const QString& schema, const QString& table)
{
    auto live = sqlColumn(db, QStringLiteral("PRAGMA main.table_info(%1)").arg(sqlName(table)), 1);
    if (!live)
        return live;
    auto saved
        = sqlColumn(db, QStringLiteral("PRAGMA %1.table_info(%2)").arg(sqlName(schema), sqlName(table)), 1);
    if (!saved)
        return saved;
    QStringList common;
    for (const QString& c : *live)
        if (saved->contains(c))
            common << sqlName(c);
    return common;
}

domain::Status replaceAll(QSqlDatabase& db, const QString& schema, const QStringList& tables)
{
    for (const QString& table : tables) {
        if (domain::Status s = exec(db, QStringLiteral("DELETE FROM main.%1").arg(sqlName(table))); !s)
            return s;
        auto columns = commonColumns(db, schema, table);
        if (!columns)
            return tl::unexpected(columns.error());
        if (columns->isEmpty())
            continue;  // a table the backup does not have
        const QString list = columns->join(QLatin1Char(','));
        if (domain::Status s = exec(db,
                QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM %3.%1")
                    .arg(sqlName(table), list, sqlName(schema)));
            !s)
            return s;
    }
    // AUTOINCREMENT counters, so that new rows never reuse a restored row's number.
    auto sequence = sqlColumn(db,
        QStringLiteral("SELECT name FROM %1.sqlite_master WHERE name = 'sqlite_sequence'")
            .arg(sqlName(schema)));
    if (!sequence)
        return tl::unexpected(sequence.error());
    if (sequence->isEmpty())
        return domain::ok();
    if (domain::Status s = exec(db, QStringLiteral("DELETE FROM main.sqlite_sequence")); !s)
        return s;
    return exec(db,
        QStringLiteral(
            "INSERT INTO main.sqlite_sequence (name, seq) SELECT name, seq FROM %1.sqlite_sequence")
            .arg(sqlName(schema)));
}

}  // namespace

domain::Result<QStringList> sqlColumn(QSqlDatabase& db, const QString& sql, int index)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return tl::unexpected(sqlError(sql.left(60), q));
    QStringList values;
    while (q.next())
        values << q.value(index).toString();
    return values;
}

domain::Result<bool> hasRestorableRows(QSqlDatabase& db)
{
    auto tables = restorableTables(db);
    if (!tables)
        return tl::unexpected(tables.error());
    for (const QString& table : *tables) {
        auto any = sqlColumn(db, QStringLiteral("SELECT 1 FROM main.%1 LIMIT 1").arg(sqlName(table)));
        if (!any)
            return tl::unexpected(any.error());
        if (!any->isEmpty())
            return true;
    }
    return false;
}

domain::Status replaceRowsFrom(QSqlDatabase& db, const QString& schema)
{
    auto tables = restorableTables(db);
    if (!tables)
        return tl::unexpected(tables.error());
    if (domain::Status s = exec(db, QStringLiteral("BEGIN")); !s)
        return s;
    if (domain::Status s = replaceAll(db, schema, *tables); !s) {
        (void)exec(db, QStringLiteral("ROLLBACK"));  // best effort: the copy's error is the one to report
        return s;
    }
    return exec(db, QStringLiteral("COMMIT"));
}

}  // namespace reelforge::infrastructure
