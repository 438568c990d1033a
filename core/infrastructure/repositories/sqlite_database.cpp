#include "infrastructure/repositories/sqlite_database.h"

#include "infrastructure/repositories/migrations.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
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

// SQLite's primary result codes (the driver reports them as its native error code).
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteFull = 13;

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
    const QSqlError error = query.lastError();
    const int code = error.nativeErrorCode().toInt() & 0xff;  // extended codes keep the primary low
    const QString text = error.text();
    if (code == kSqliteFull || text.contains(QLatin1String("database or disk is full")))
        return { ErrorCode::DiskFull, QStringLiteral("the disk holding the library is full"),
            what + QStringLiteral(": ") + text };
    if (code == kSqliteReadOnly || text.contains(QLatin1String("readonly database")))
        return { ErrorCode::LibraryReadOnly, QStringLiteral("the library is read-only"),
            what + QStringLiteral(": ") + text };
    return { ErrorCode::DatabaseError, QStringLiteral("database error: ") + what, text };
}

QString sqliteReadOnlyUri(const QString& path, bool immutable)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString slash = absolute.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/");
    return QStringLiteral("file:") + slash + QString::fromLatin1(QUrl::toPercentEncoding(absolute, "/:"))
        + (immutable ? QStringLiteral("?mode=ro&immutable=1") : QStringLiteral("?mode=ro"));
}

bool isReadOnlyDatabase(const QString& path)
{
    const QFileInfo file(path);
    if (!file.exists())
        return false;
    return !file.isWritable() || !QFileInfo(file.absolutePath()).isWritable();
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
    const bool readOnly = m_readOnly.load();
    if (readOnly) {
        // Without write access to the folder SQLite cannot create the WAL's shared-memory file;
        // when there is none, no writer is connected (a writer keeps one), so the file is read
        // as immutable, which needs no shared memory at all.
        const QFileInfo file(m_path);
        const bool immutable = !QFileInfo(file.absolutePath()).isWritable()
            && !QFileInfo::exists(file.absoluteFilePath() + QStringLiteral("-shm"));
        db.setDatabaseName(sqliteReadOnlyUri(m_path, immutable));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        return domain::fail(ErrorCode::DatabaseError, QStringLiteral("cannot open the library database"),
            m_path + QStringLiteral(": ") + db.lastError().text());
    // Choosing the journal mode is a write; a read-only connection takes the file's own.
    QStringList pragmas { QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA synchronous=NORMAL") };
    if (!readOnly)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode=WAL"));
    for (const QString& pragma : pragmas) {
        if (domain::Status s = exec(db, pragma); !s)
            return tl::unexpected(s.error());
    }
    return db;
}

domain::Status SqliteDatabase::open()
{
    m_readOnly = isReadOnlyDatabase(m_path);
    if (auto db = connection(); !db)
        return tl::unexpected(db.error());
    return m_readOnly ? checkSchemaReadOnly() : migrate();
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

domain::Status SqliteDatabase::checkSchemaReadOnly()
{
    const int latest = static_cast<int>(schemaMigrations().size());
    const int current = schemaVersion();
    if (current < 0)
        return domain::fail(ErrorCode::DatabaseError, QStringLiteral("cannot read schema version"), m_path);
    if (current > latest)
        return domain::fail(ErrorCode::DatabaseError,
            QStringLiteral("library was created by a newer ReelForge"),
            QStringLiteral("schema %1").arg(current));
    if (current < latest)
        return domain::fail(ErrorCode::LibraryReadOnly,
            QStringLiteral("the library is read-only and needs an upgrade: open it once with write access"),
            QStringLiteral("%1 (schema %2, this version uses %3)").arg(m_path).arg(current).arg(latest));
    return domain::ok();
}

domain::Status SqliteDatabase::migrate()
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
    return domain::ok();
}

domain::Error SqliteDatabase::withPath(domain::Error error) const
{
    if (error.code == ErrorCode::DiskFull || error.code == ErrorCode::LibraryReadOnly)
        error.detail = error.detail.isEmpty()
            ? m_path
            : m_path + QStringLiteral(" (") + error.detail + QLatin1Char(')');
    return error;
}

domain::Status SqliteDatabase::transaction(
    const std::function<domain::Status(QSqlDatabase&)>& work, const std::function<void()>& onAbort)
{
    if (m_readOnly)
        return domain::fail(ErrorCode::LibraryReadOnly, QStringLiteral("the library is read-only"),
            QFileInfo(m_path).absolutePath());
    auto db = connection();
    if (!db)
        return tl::unexpected(db.error());
    if (domain::Status s = exec(*db, QStringLiteral("BEGIN IMMEDIATE")); !s)
        return tl::unexpected(withPath(s.error()));
    const auto abort = [&](domain::Status failure) -> domain::Status {
        if (onAbort)
            onAbort();
        // A failed ROLLBACK means SQLite already rolled back (e.g. after an I/O error).
        (void)exec(*db, QStringLiteral("ROLLBACK"));
        return tl::unexpected(withPath(failure.error()));
    };
    domain::Status result = work(*db);
    if (!result)
        return abort(result);
    if (domain::Status s = exec(*db, QStringLiteral("COMMIT")); !s)
        return abort(s);
    return domain::ok();
}

}  // namespace reelforge::infrastructure
