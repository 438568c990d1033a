#include "infrastructure/repositories/sqlite_backups.h"

#include "infrastructure/repositories/sqlite_table_copy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>

#include <algorithm>

namespace reelforge::infrastructure {

using application::BackupInfo;
using domain::ErrorCode;

namespace {

constexpr int kSqliteBusy = 5;
constexpr qint64 kChunk = 1024 * 1024;
const QString kAutomaticPrefix = QStringLiteral("library-");
const QString kBeforeRestorePrefix = QStringLiteral("before-restore-");
const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// A connection of its own, closed and removed when it goes out of scope.
class ScopedConnection {
public:
    ScopedConnection(const QString& databaseName, const QString& options)
        : m_name(QStringLiteral("reelforge-backup-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(databaseName);
        m_db.setConnectOptions(options);
        if (!m_db.open())
            m_error = m_db.lastError().text();
    }
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection&) = delete;
    ScopedConnection& operator=(const ScopedConnection&) = delete;

    bool isOpen() const { return m_error.isNull(); }
    const QString& error() const { return m_error; }
    QSqlDatabase& db() { return m_db; }

private:
    QString m_name;
    QString m_error;
    QSqlDatabase m_db;
};

QString sqlString(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

domain::Status exec(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return tl::unexpected(sqlError(sql.left(60), q));
    return domain::ok();
}

QDateTime stampOf(const QString& name)
{
    static const QRegularExpression kName(
        QStringLiteral("^(?:library|before-restore)-(\\d{8}-\\d{6})\\.db$"));
    const QRegularExpressionMatch m = kName.match(name);
    if (!m.hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(m.captured(1), kStampFormat);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

int assetsIn(const QString& path)
{
    ScopedConnection c(
        sqliteReadOnlyUri(path, true), QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!c.isOpen())
        return -1;
    QSqlQuery q(c.db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM assets")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

BackupInfo describe(const QFileInfo& file)
{
    BackupInfo info;
    info.name = file.fileName();
    info.path = file.absoluteFilePath();
    info.createdAt = stampOf(info.name);
    if (!info.createdAt.isValid())
        info.createdAt = file.lastModified().toUTC();
    info.sizeBytes = file.size();
    return info;
}

// Copies a file so that it is on disk under its final name or not there at all.
domain::Status copyDurably(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot read ") + in.errorString(), from);
    QSaveFile out(to);
    if (!out.open(QIODevice::WriteOnly))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot write ") + out.errorString(), to);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    while (true) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0 || (n > 0 && out.write(buffer.constData(), n) != n)) {
            const bool full = out.error() == QFileDevice::ResourceError;
            out.cancelWriting();
            return domain::fail(full ? ErrorCode::DiskFull : ErrorCode::IoError,
                full ? QStringLiteral("disk is full") : QStringLiteral("cannot copy the database"), to);
        }
        if (n == 0)
            break;
    }
    if (!out.commit())
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot write ") + out.errorString(), to);
    return domain::ok();
}

// A consistent copy of the database `db` is connected to, at `target` (temp name, then a
// durable copy: VACUUM INTO itself does not flush its output to disk).
domain::Status vacuumInto(QSqlDatabase& db, const QString& target)
{
    const QFileInfo file(target);
    const QString temp = file.absolutePath() + QStringLiteral("/.") + file.fileName() + QLatin1Char('.')
        + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".tmp");
    const auto removeTemp = qScopeGuard([&] { QFile::remove(temp); });
    if (domain::Status s = exec(db, QStringLiteral("VACUUM INTO ") + sqlString(temp)); !s)
        return s;
    return copyDurably(temp, target);
}

}  // namespace

SqliteBackups::SqliteBackups(QString databasePath, QString folder)
    : m_databasePath(std::move(databasePath))
    , m_folder(QDir::cleanPath(QDir(folder).absolutePath()))
{
}

domain::Result<BackupInfo> SqliteBackups::backupNow(SqliteDatabase& database, const QDateTime& nowUtc)
{
    if (!QDir().mkpath(m_folder))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot create the backups folder"), m_folder);
    auto db = database.connection();
    if (!db)
        return tl::unexpected(db.error());
    const QString path = m_folder + QLatin1Char('/') + kAutomaticPrefix
        + nowUtc.toUTC().toString(kStampFormat) + QStringLiteral(".db");
    if (domain::Status s = vacuumInto(*db, path); !s)
        return tl::unexpected(s.error());
    BackupInfo info = describe(QFileInfo(path));
    info.assets = assetsIn(path);
    return info;
}

domain::Result<std::optional<BackupInfo>> SqliteBackups::backupIfDue(
    SqliteDatabase& database, std::chrono::seconds interval, int keep, const QDateTime& nowUtc)
{
    const QStringList names = QDir(m_folder).entryList(
        { kAutomaticPrefix + QStringLiteral("*.db") }, QDir::Files, QDir::Name | QDir::Reversed);
    if (!names.isEmpty()) {
        const QDateTime newest = stampOf(names.front());
        // A copy "from the future" means the clock was set back: make a new one.
        if (newest.isValid() && newest <= nowUtc && newest.secsTo(nowUtc) < interval.count())
            return std::nullopt;
    }
    auto db = database.connection();
    if (!db)
        return tl::unexpected(db.error());
    {
        QSqlQuery q(*db);
        if (!q.exec(QStringLiteral("SELECT count(*) FROM assets")) || !q.next())
            return tl::unexpected(sqlError(QStringLiteral("count assets"), q));
        if (q.value(0).toInt() == 0)
            return std::nullopt;
    }
    auto made = backupNow(database, nowUtc);
    if (!made)
        return tl::unexpected(made.error());
    if (domain::Status s = prune(keep); !s)
        return tl::unexpected(s.error());
    return std::optional<BackupInfo>(*made);
}

domain::Status SqliteBackups::prune(int keep) const
{
    const QStringList names = QDir(m_folder).entryList(
        { kAutomaticPrefix + QStringLiteral("*.db") }, QDir::Files, QDir::Name | QDir::Reversed);
    for (int i = std::max(keep, 1); i < names.size(); ++i) {
        const QString path = m_folder + QLatin1Char('/') + names[i];
        // Another process pruning at the same time may have removed it already.
        if (!QFile::remove(path) && QFileInfo::exists(path))
            return domain::fail(ErrorCode::IoError, QStringLiteral("cannot remove an old backup"), path);
    }
    return domain::ok();
}

domain::Result<std::vector<BackupInfo>> SqliteBackups::list() const
{
    std::vector<BackupInfo> found;
    const QFileInfoList files = QDir(m_folder).entryInfoList({ QStringLiteral("*.db") }, QDir::Files);
    for (const QFileInfo& file : files) {
        BackupInfo info = describe(file);
        info.assets = assetsIn(file.absoluteFilePath());
        found.push_back(info);
    }
    std::sort(found.begin(), found.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.name > b.name;
    });
    return found;
}

domain::Result<QString> SqliteBackups::resolve(const QString& backup) const
{
    if (backup.isEmpty()) {
        const QStringList names = QDir(m_folder).entryList(
            { kAutomaticPrefix + QStringLiteral("*.db") }, QDir::Files, QDir::Name | QDir::Reversed);
        if (names.isEmpty())
            return domain::fail(ErrorCode::NotFound, QStringLiteral("the library has no backups"), m_folder);
        return m_folder + QLatin1Char('/') + names.front();
    }
    const QString inFolder = m_folder + QLatin1Char('/') + backup;
    if (!backup.contains(QLatin1Char('/')) && QFileInfo(inFolder).isFile())
        return inFolder;
    if (QFileInfo(backup).isFile())
        return QFileInfo(backup).absoluteFilePath();
    return domain::fail(ErrorCode::NotFound, QStringLiteral("no such backup"), backup);
}

domain::Result<application::RestoreReport> SqliteBackups::restore(
    const QString& backup, const QDateTime& nowUtc)
{
    auto source = resolve(backup);
    if (!source)
        return tl::unexpected(source.error());
    if (isReadOnlyDatabase(m_databasePath))
        return domain::fail(ErrorCode::LibraryReadOnly, QStringLiteral("the library is read-only"),
            QFileInfo(m_databasePath).absolutePath());
    if (!QDir().mkpath(m_folder))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot create the backups folder"), m_folder);

    // 1. A working copy of the backup, checked and brought to this version's schema.
    const QString work = m_folder + QStringLiteral("/.restore-") + QUuid::createUuid().toString(QUuid::Id128)
        + QStringLiteral(".db");
    const auto removeWork = qScopeGuard([&] {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(work + suffix);
    });
    if (!QFile::copy(*source, work))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot copy the backup"), *source);
    QFile::setPermissions(work, QFile::ReadOwner | QFile::WriteOwner);
    application::RestoreReport report;
    report.restored = describe(QFileInfo(*source));
    {
        SqliteDatabase copy(work);
        if (domain::Status s = copy.open(); !s)
            return domain::fail(s.error().code,
                QStringLiteral("the backup cannot be used: ") + s.error().message,
                *source + QStringLiteral(": ") + s.error().detail);
        auto db = copy.connection();
        if (!db)
            return tl::unexpected(db.error());
        auto check = sqlColumn(*db, QStringLiteral("PRAGMA quick_check"));
        if (!check || check->value(0) != QLatin1String("ok"))
            return domain::fail(ErrorCode::DatabaseError, QStringLiteral("the backup is damaged"), *source);
        auto count = sqlColumn(*db, QStringLiteral("SELECT count(*) FROM assets"));
        report.restored.assets = count ? count->value(0).toInt() : -1;
    }

    // 2. The live database, created if it was deleted, at this version's schema.
    {
        SqliteDatabase live(m_databasePath);
        if (domain::Status s = live.open(); !s)
            return tl::unexpected(s.error());
    }

    // 3. Nobody else may have it open while its records are swapped: in exclusive locking
    // mode the first transaction takes (and keeps) an exclusive lock on the file, which fails
    // while any other connection holds its shared lock.
    ScopedConnection lock(m_databasePath, QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
    if (!lock.isOpen())
        return domain::fail(ErrorCode::DatabaseError, QStringLiteral("cannot open the library database"),
            m_databasePath + QStringLiteral(": ") + lock.error());
    QSqlDatabase& db = lock.db();
    for (const QString& pragma :
        { QStringLiteral("PRAGMA locking_mode=EXCLUSIVE"), QStringLiteral("PRAGMA foreign_keys=OFF") })
        if (domain::Status s = exec(db, pragma); !s)
            return tl::unexpected(s.error());
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN EXCLUSIVE"))) {
            if ((q.lastError().nativeErrorCode().toInt() & 0xff) == kSqliteBusy)
                return domain::fail(ErrorCode::LibraryInUse,
                    QStringLiteral("the library is in use by another process: close it and try again"),
                    m_databasePath);
            return tl::unexpected(sqlError(QStringLiteral("BEGIN EXCLUSIVE"), q));
        }
    }
    if (domain::Status s = exec(db, QStringLiteral("COMMIT")); !s)
        return tl::unexpected(s.error());

    // 4. What is replaced stays available as a backup of its own (when there is anything).
    auto kept = hasRestorableRows(db);
    if (!kept)
        return tl::unexpected(kept.error());
    if (*kept) {
        report.previousCopy = m_folder + QLatin1Char('/') + kBeforeRestorePrefix
            + nowUtc.toUTC().toString(kStampFormat) + QStringLiteral(".db");
        if (domain::Status s = vacuumInto(db, report.previousCopy); !s)
            return tl::unexpected(s.error());
    }

    // 5. The backup's records, all or nothing.
    if (domain::Status s = exec(db, QStringLiteral("ATTACH DATABASE %1 AS b").arg(sqlString(work))); !s)
        return tl::unexpected(s.error());
    const domain::Status copied = replaceRowsFrom(db, QStringLiteral("b"));
    (void)exec(db, QStringLiteral("DETACH DATABASE b"));  // closing the connection detaches it anyway
    if (!copied)
        return tl::unexpected(copied.error());
    return report;
}

}  // namespace reelforge::infrastructure
