#include "infrastructure/repositories/sqlite_process_registry.h"

#include "infrastructure/system/process_liveness.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace reelforge::infrastructure {

SqliteProcessRegistry::SqliteProcessRegistry(SqliteDatabase& database, NowMs now, PidCheck exists)
    : m_db(database)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_host(thisMachine())
    , m_pid(QCoreApplication::applicationPid())
    , m_now(now ? std::move(now) : [] { return QDateTime::currentMSecsSinceEpoch(); })
    , m_exists(exists ? std::move(exists) : processExists)
{
}

domain::Status SqliteProcessRegistry::beat()
{
    return m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE processes SET heartbeat_ms = ? WHERE id = ?"));
        q.addBindValue(m_now());
        q.addBindValue(m_id);
        if (!q.exec())
            return tl::unexpected(sqlError(QStringLiteral("heartbeat"), q));
        if (q.numRowsAffected() == 1)
            return domain::ok();
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT INTO processes (id, host, pid, started_at, heartbeat_ms) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(m_id);
        insert.addBindValue(m_host);
        insert.addBindValue(m_pid);
        insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        insert.addBindValue(m_now());
        if (!insert.exec())
            return tl::unexpected(sqlError(QStringLiteral("register process"), insert));
        return domain::ok();
    });
}

domain::Status SqliteProcessRegistry::leave()
{
    return m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM processes WHERE id = ?"));
        q.addBindValue(m_id);
        if (!q.exec())
            return tl::unexpected(sqlError(QStringLiteral("leave"), q));
        return domain::ok();
    });
}

domain::Result<QSet<QString>> SqliteProcessRegistry::gone(const QSet<QString>& owners)
{
    QSet<QString> result;
    domain::Status s = m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        const qint64 now = m_now();
        for (const QString& owner : owners) {
            if (owner == m_id)
                continue;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT host, pid, heartbeat_ms FROM processes WHERE id = ?"));
            q.addBindValue(owner);
            if (!q.exec())
                return tl::unexpected(sqlError(QStringLiteral("read process"), q));
            bool dead = !q.next();
            if (!dead) {
                const bool local = q.value(0).toString() == m_host;
                const bool stale = now - q.value(2).toLongLong() > kStaleAfterMs;
                dead = stale || (local && !m_exists(q.value(1).toLongLong()));
            }
            q.finish();
            if (!dead)
                continue;
            result.insert(owner);
            QSqlQuery remove(db);
            remove.prepare(QStringLiteral("DELETE FROM processes WHERE id = ?"));
            remove.addBindValue(owner);
            if (!remove.exec())
                return tl::unexpected(sqlError(QStringLiteral("forget process"), remove));
        }
        return domain::ok();
    });
    if (!s)
        return tl::unexpected(s.error());
    return result;
}

}  // namespace reelforge::infrastructure
