#include "infrastructure/repositories/sqlite_account_repository.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace reelforge::infrastructure {

using domain::Account;
using domain::ErrorCode;

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

domain::Status run(
    SqliteDatabase& db, const QString& what, const QString& sql, const QVariantList& values, bool mustTouch)
{
    return db.transaction([&](QSqlDatabase& c) -> domain::Status {
        QSqlQuery q(c);
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            if (q.lastError().text().contains(QLatin1String("UNIQUE")))
                return domain::fail(ErrorCode::Duplicate, QStringLiteral("an account with this name exists"),
                    values.value(1).toString());
            return tl::unexpected(sqlError(what, q));
        }
        if (mustTouch && q.numRowsAffected() == 0)
            return domain::fail(
                ErrorCode::NotFound, QStringLiteral("no such account"), values.last().toString());
        return domain::ok();
    });
}

}  // namespace

SqliteAccountRepository::SqliteAccountRepository(SqliteDatabase& database)
    : m_db(database)
{
}

domain::Status SqliteAccountRepository::add(const Account& a)
{
    if (domain::Status s = a.validate(); !s)
        return s;
    return run(m_db, QStringLiteral("insert account"),
        QStringLiteral(
            "INSERT INTO accounts (id, name, platform, endpoint, credential_key, settings, connected_at) "
            "VALUES (?,?,?,?,?,?,?)"),
        { a.id, a.name, domain::platformName(a.platform), notNull(a.endpoint), notNull(a.credentialKey),
            json(a.settings), iso(a.connectedAt) },
        true);
}

domain::Status SqliteAccountRepository::update(const Account& a)
{
    if (domain::Status s = a.validate(); !s)
        return s;
    return run(m_db, QStringLiteral("update account"),
        QStringLiteral("UPDATE accounts SET name=?, endpoint=?, credential_key=?, settings=?, connected_at=? "
                       "WHERE id=?"),
        { a.name, notNull(a.endpoint), notNull(a.credentialKey), json(a.settings), iso(a.connectedAt), a.id },
        true);
}

domain::Result<std::vector<Account>> SqliteAccountRepository::select(
    const QString& where, const QVariantList& values)
{
    auto db = m_db.connection();
    if (!db)
        return tl::unexpected(db.error());
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral(
            "SELECT id, name, platform, endpoint, credential_key, settings, connected_at FROM accounts ")
        + where + QStringLiteral(" ORDER BY name COLLATE NOCASE"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("list accounts"), q));
    std::vector<Account> out;
    while (q.next()) {
        auto platform = domain::parsePlatform(q.value(2).toString());
        if (!platform)
            return tl::unexpected(platform.error());
        Account a;
        a.id = q.value(0).toString();
        a.name = q.value(1).toString();
        a.platform = *platform;
        a.endpoint = q.value(3).toString();
        a.credentialKey = q.value(4).toString();
        a.settings = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
        a.connectedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        out.push_back(a);
    }
    return out;
}

domain::Result<std::optional<Account>> SqliteAccountRepository::find(const QString& id)
{
    auto rows = select(QStringLiteral("WHERE id = ?"), { id });
    if (!rows)
        return tl::unexpected(rows.error());
    return rows->empty() ? std::optional<Account>() : std::optional<Account>(rows->front());
}

domain::Result<std::optional<Account>> SqliteAccountRepository::findByName(const QString& name)
{
    auto rows = select(QStringLiteral("WHERE name = ?"), { name });
    if (!rows)
        return tl::unexpected(rows.error());
    return rows->empty() ? std::optional<Account>() : std::optional<Account>(rows->front());
}

domain::Result<std::vector<Account>> SqliteAccountRepository::list()
{
    return select({}, {});
}

domain::Status SqliteAccountRepository::remove(const QString& id)
{
    return run(m_db, QStringLiteral("remove account"), QStringLiteral("DELETE FROM accounts WHERE id = ?"),
        { id }, true);
}

}  // namespace reelforge::infrastructure
