#include "infrastructure/repositories/sqlite_database.h"

#include "infrastructure/repositories/migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <atomic>

namespace reelforge::infrastructure {

using domain::ErrorCode;

namespace {

// A process-unique number per thread: QThread addresses can be reused after a pool thread
// exits, which would hand a new thread a connection that belongs to a dead one.
int currentThreadNumber()
{
    static std::atomic<int> next { 0 };
    thread_local const int number = ++next;
    return number;
}

domain::Status exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return tl::unexpected(sqlError(sql.left(60), q));
    return domain::ok();
}

}  // namespace

domain::Error sqlError(const QString& what, const QSqlQuery& query)
{
    return { ErrorCode::DatabaseError, QStringLiteral("database error: ") + what, query.lastError().text() };
}

SqliteDatabase::SqliteDatabase(QString path)
    : m_path(std::move(path))
    , m_prefix(QStringLiteral("reelforge-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

SqliteDatabase::~SqliteDatabase()
{
    std::lock_guard lock(m_mutex);
    // Connections of other (pool) threads cannot be touched from here; removing them closes
    // them without going through a QSqlDatabase handle, which would be a cross-thread use.
    for (const QString& name : m_connectionNames)
        QSqlDatabase::removeDatabase(name);
}

domain::Result<QSqlDatabase> SqliteDatabase::connection()
{
    const QString name = m_prefix + QLatin1Char('-') + QString::number(currentThreadNumber());
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
    }
    QSqlDatabase db = QSqlDatabase::contains(name)
        ? QSqlDatabase::database(name, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    {
        std::lock_guard lock(m_mutex);
        if (std::find(m_connectionNames.begin(), m_connectionNames.end(), name) == m_connectionNames.end())
            m_connectionNames.push_back(name);
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return domain::fail(ErrorCode::DatabaseError, QStringLiteral("cannot open the library database"),
            m_path + QStringLiteral(": ") + db.lastError().text());
    for (const QString& pragma : { QStringLiteral("PRAGMA journal_mode=WAL"),
             QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA synchronous=NORMAL") }) {
        if (domain::Status s = exec(db, pragma); !s)
            return tl::unexpected(s.error());
    }
    return db;
}

domain::Status SqliteDatabase::open()
{
    auto db = connection();
    if (!db)
        return tl::unexpected(db.error());
    return migrate(*db);
}

int SqliteDatabase::schemaVersion()
{
    auto db = connection();
    if (!db)
        return -1;
    QSqlQuery q(*db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

domain::Status SqliteDatabase::migrate(QSqlDatabase& db)
{
    const auto& migrations = schemaMigrations();
    const int current = schemaVersion();
    if (current < 0)
        return domain::fail(ErrorCode::DatabaseError, QStringLiteral("cannot read schema version"), m_path);
    if (current > static_cast<int>(migrations.size()))
        return domain::fail(ErrorCode::DatabaseError,
            QStringLiteral("library was created by a newer ReelForge"),
            QStringLiteral("schema %1").arg(current));
    for (int version = current + 1; version <= static_cast<int>(migrations.size()); ++version) {
        domain::Status s = transaction([&](QSqlDatabase& tx) -> domain::Status {
            for (const QString& sql : migrations[static_cast<std::size_t>(version - 1)]) {
                if (domain::Status st = exec(tx, sql); !st)
                    return st;
            }
            return exec(tx, QStringLiteral("PRAGMA user_version = %1").arg(version));
        });
        if (!s)
            return s;
    }
    (void)db;
    return domain::ok();
}

domain::Status SqliteDatabase::transaction(
    const std::function<domain::Status(QSqlDatabase&)>& work, const std::function<void()>& onAbort)
{
    auto db = connection();
    if (!db)
        return tl::unexpected(db.error());
    if (domain::Status s = exec(*db, QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    const auto abort = [&](domain::Status failure) {
        if (onAbort)
            onAbort();
        // A failed ROLLBACK means SQLite already rolled back (e.g. after an I/O error).
        (void)exec(*db, QStringLiteral("ROLLBACK"));
        return failure;
    };
    domain::Status result = work(*db);
    if (!result)
        return abort(result);
    if (domain::Status s = exec(*db, QStringLiteral("COMMIT")); !s)
        return abort(s);
    return domain::ok();
}

}  // namespace reelforge::infrastructure
