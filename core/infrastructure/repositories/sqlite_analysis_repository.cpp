#include "infrastructure/repositories/sqlite_analysis_repository.h"

#include "domain/models/analysis_json.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace reelforge::infrastructure {

using domain::ErrorCode;

namespace {

domain::Result<domain::Analysis> parse(const QByteArray& text)
{
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return domain::fail(
            ErrorCode::DatabaseError, QStringLiteral("stored analysis is not valid JSON"), err.errorString());
    return domain::analysisFromJson(doc.object());
}

}  // namespace

SqliteAnalysisRepository::SqliteAnalysisRepository(SqliteDatabase& database)
    : m_db(database)
{
}

domain::Result<std::optional<domain::Analysis>> SqliteAnalysisRepository::find(
    const application::AnalysisKey& key)
{
    auto db = m_db.connection();
    if (!db)
        return tl::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT result FROM analysis_results "
                             "WHERE content_hash = ? AND analyzer = ? AND settings = ? AND version = ?"));
    q.addBindValue(notNull(key.contentHash));
    q.addBindValue(notNull(key.analyzer));
    q.addBindValue(notNull(key.settings));
    q.addBindValue(key.version);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("find analysis"), q));
    if (!q.next())
        return std::optional<domain::Analysis>();
    auto part = parse(q.value(0).toByteArray());
    if (!part)
        return std::optional<domain::Analysis>();  // unreadable: recompute rather than fail
    return std::optional<domain::Analysis>(std::move(*part));
}

domain::Status SqliteAnalysisRepository::store(
    const application::AnalysisKey& key, const domain::Analysis& part)
{
    const QByteArray json = QJsonDocument(domain::analysisToJson(part, domain::AnalysisJsonDetail::Full))
                                .toJson(QJsonDocument::Compact);
    return m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        QSqlQuery q(db);
        // The primary key leaves out the version: a new version's result replaces the old one.
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO analysis_results "
                                 "(content_hash, analyzer, version, settings, result, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        q.addBindValue(notNull(key.contentHash));
        q.addBindValue(notNull(key.analyzer));
        q.addBindValue(key.version);
        q.addBindValue(notNull(key.settings));
        q.addBindValue(QString::fromUtf8(json));
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec())
            return tl::unexpected(sqlError(QStringLiteral("store analysis"), q));
        return domain::ok();
    });
}

domain::Result<std::optional<domain::Analysis>> SqliteAnalysisRepository::latest(const QString& contentHash)
{
    auto db = m_db.connection();
    if (!db)
        return tl::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT result FROM analysis_results WHERE content_hash = ? "
                             "ORDER BY created_at ASC, rowid ASC"));
    q.addBindValue(notNull(contentHash));
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("load analysis"), q));
    std::optional<domain::Analysis> merged;
    while (q.next()) {
        auto part = parse(q.value(0).toByteArray());
        if (!part)
            continue;
        if (!merged)
            merged.emplace();
        merged->merge(*part);  // newer rows come later and win
    }
    return merged;
}

domain::Status SqliteAnalysisRepository::removeFor(const QString& contentHash)
{
    return m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM analysis_results WHERE content_hash = ?"));
        q.addBindValue(notNull(contentHash));
        if (!q.exec())
            return tl::unexpected(sqlError(QStringLiteral("remove analysis"), q));
        return domain::ok();
    });
}

}  // namespace reelforge::infrastructure
