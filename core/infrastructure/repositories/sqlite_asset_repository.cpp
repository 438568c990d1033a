#include "infrastructure/repositories/sqlite_asset_repository.h"

#include "infrastructure/repositories/media_info_json.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace reelforge::infrastructure {

using domain::ErrorCode;
using domain::MediaAsset;

namespace {

const QString kColumns = QStringLiteral("id, title, original_path, stored_path, content_hash, import_mode, "
                                        "imported_at, media_info, thumbnail_path");

domain::Result<MediaAsset> assetFromRow(const QSqlQuery& q)
{
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(7).toByteArray());
    auto info = mediaInfoFromJson(doc.object());
    if (!info)
        return tl::unexpected(info.error());
    auto mode = domain::parseImportMode(q.value(5).toString());
    if (!mode)
        return tl::unexpected(mode.error());
    return MediaAsset::create({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toString(), *mode,
        QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs), *info, q.value(8).toString() });
}

QString orderBy(application::AssetQuery::Sort sort)
{
    switch (sort) {
    case application::AssetQuery::Sort::ImportedAsc:
        return QStringLiteral("imported_at ASC, rowid ASC");
    case application::AssetQuery::Sort::Title:
        return QStringLiteral("title COLLATE NOCASE ASC");
    case application::AssetQuery::Sort::Duration:
        return QStringLiteral("duration_us DESC");
    case application::AssetQuery::Sort::ImportedDesc:
        break;
    }
    return QStringLiteral("imported_at DESC, rowid DESC");
}

domain::Status insertAsset(QSqlDatabase& db, const MediaAsset& a)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO assets (") + kColumns
        + QStringLiteral(", duration_us) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(notNull(a.id()));
    q.addBindValue(notNull(a.title()));
    q.addBindValue(notNull(a.originalPath()));
    q.addBindValue(notNull(a.storedPath()));
    q.addBindValue(notNull(a.contentHash()));
    q.addBindValue(domain::importModeName(a.mode()));
    q.addBindValue(a.importedAt().toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(mediaInfoToJson(a.info())).toJson(QJsonDocument::Compact)));
    q.addBindValue(notNull(a.thumbnailPath()));
    q.addBindValue(static_cast<qint64>(a.info().duration.count()));
    if (!q.exec()) {
        domain::Error e = sqlError(QStringLiteral("insert asset"), q);
        if (e.detail.contains(QStringLiteral("UNIQUE")))
            e.code = ErrorCode::Duplicate;
        return tl::unexpected(e);
    }
    return domain::ok();
}

}  // namespace

SqliteAssetRepository::SqliteAssetRepository(SqliteDatabase& database)
    : m_db(database)
{
}

domain::Status SqliteAssetRepository::add(const MediaAsset& a)
{
    return m_db.transaction([&](QSqlDatabase& db) { return insertAsset(db, a); });
}

domain::Result<std::optional<QString>> SqliteAssetRepository::addUnlessPresent(
    const MediaAsset& a, const application::FileMoves& files)
{
    std::optional<QString> existing;
    bool moved = false;
    domain::Status s = m_db.transaction(
        [&](QSqlDatabase& db) -> domain::Status {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM assets WHERE content_hash = ?"));
            q.addBindValue(a.contentHash());
            if (!q.exec())
                return tl::unexpected(sqlError(QStringLiteral("find asset"), q));
            if (q.next()) {
                existing = q.value(0).toString();
                return domain::ok();  // nothing to add, nothing moved
            }
            if (files.apply) {
                if (domain::Status st = files.apply(); !st)
                    return st;
                moved = true;
            }
            return insertAsset(db, a);
        },
        [&] {
            if (moved && files.undo)
                files.undo();
        });
    if (!s)
        return tl::unexpected(s.error());
    return existing;
}

domain::Status SqliteAssetRepository::remove(const QString& id, const application::FileMoves& files)
{
    bool moved = false;
    return m_db.transaction(
        [&](QSqlDatabase& db) -> domain::Status {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM assets WHERE id = ?"));
            q.addBindValue(id);
            if (!q.exec())
                return tl::unexpected(sqlError(QStringLiteral("delete asset"), q));
            if (q.numRowsAffected() == 0)
                return domain::fail(ErrorCode::NotFound, QStringLiteral("no asset with this id"), id);
            if (files.apply) {
                if (domain::Status st = files.apply(); !st)
                    return st;
                moved = true;
            }
            return domain::ok();
        },
        [&] {
            if (moved && files.undo)
                files.undo();
        });
}

domain::Status SqliteAssetRepository::sweepUnreferenced(
    const std::function<domain::Status(const QSet<QString>& referenced)>& sweep)
{
    return m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT stored_path, thumbnail_path FROM assets")))
            return tl::unexpected(sqlError(QStringLiteral("list asset files"), q));
        QSet<QString> referenced;
        while (q.next()) {
            referenced.insert(q.value(0).toString());
            if (!q.value(1).toString().isEmpty())
                referenced.insert(q.value(1).toString());
        }
        return sweep(referenced);
    });
}

domain::Result<std::optional<MediaAsset>> SqliteAssetRepository::findOne(
    const QString& column, const QString& value)
{
    auto db = m_db.connection();
    if (!db)
        return tl::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM assets WHERE ") + column
        + QStringLiteral(" = ?"));
    q.addBindValue(value);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("find asset"), q));
    if (!q.next())
        return std::optional<MediaAsset>();
    auto asset = assetFromRow(q);
    if (!asset)
        return tl::unexpected(asset.error());
    return std::optional<MediaAsset>(*asset);
}

domain::Result<std::optional<MediaAsset>> SqliteAssetRepository::findById(const QString& id)
{
    return findOne(QStringLiteral("id"), id);
}

domain::Result<std::optional<MediaAsset>> SqliteAssetRepository::findByHash(const QString& sha256)
{
    return findOne(QStringLiteral("content_hash"), sha256);
}

template<typename Row>
domain::Result<std::vector<Row>> SqliteAssetRepository::select(const QString& columns,
    const application::AssetQuery& query, const std::function<domain::Result<Row>(const QSqlQuery&)>& read)
{
    auto db = m_db.connection();
    if (!db)
        return tl::unexpected(db.error());
    QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM assets");
    if (!query.search.isEmpty())
        sql += QStringLiteral(" WHERE title LIKE ? ESCAPE '\\' OR original_path LIKE ? ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY ") + orderBy(query.sort);
    if (query.limit >= 0)
        sql += QStringLiteral(" LIMIT ") + QString::number(query.limit);
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!query.search.isEmpty()) {
        QString escaped = query.search;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
        q.addBindValue(pattern);
        q.addBindValue(pattern);
    }
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("list assets"), q));
    std::vector<Row> out;
    while (q.next()) {
        auto row = read(q);
        if (!row)
            return tl::unexpected(row.error());
        out.push_back(std::move(*row));
    }
    return out;
}

domain::Result<std::vector<MediaAsset>> SqliteAssetRepository::list(const application::AssetQuery& query)
{
    return select<MediaAsset>(kColumns, query, assetFromRow);
}

domain::Result<std::vector<application::AssetSummary>> SqliteAssetRepository::listSummaries(
    const application::AssetQuery& query)
{
    // json_extract reads the few fields a list shows straight out of the stored media
    // information, so no row is parsed into a whole MediaInfo.
    static const QString columns = QStringLiteral(
        "id, title, stored_path, duration_us, imported_at, thumbnail_path,"
        " json_extract(media_info, '$.video[0].width'), json_extract(media_info, '$.video[0].height'),"
        " json_extract(media_info, '$.video[0].rotation'), json_extract(media_info, '$.sizeBytes'),"
        " json_extract(media_info, '$.container'), json_extract(media_info, '$.video[0].codec'),"
        " json_extract(media_info, '$.audio[0].codec')");
    return select<application::AssetSummary>(
        columns, query, [](const QSqlQuery& q) -> domain::Result<application::AssetSummary> {
            application::AssetSummary s;
            s.id = q.value(0).toString();
            s.title = q.value(1).toString();
            s.path = q.value(2).toString();
            s.durationSeconds = static_cast<double>(q.value(3).toLongLong()) / 1e6;
            s.importedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
            s.thumbnailPath = q.value(5).toString();
            const bool quarterTurn = q.value(8).toInt() % 180 != 0;
            s.width = q.value(quarterTurn ? 7 : 6).toInt();
            s.height = q.value(quarterTurn ? 6 : 7).toInt();
            s.sizeBytes = q.value(9).toLongLong();
            s.container = q.value(10).toString();
            s.videoCodec = q.value(11).toString();
            s.audioCodec = q.value(12).toString();
            return s;
        });
}

domain::Result<int> SqliteAssetRepository::count()
{
    auto db = m_db.connection();
    if (!db)
        return tl::unexpected(db.error());
    QSqlQuery q(*db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM assets")) || !q.next())
        return tl::unexpected(sqlError(QStringLiteral("count assets"), q));
    return q.value(0).toInt();
}

domain::Status SqliteAssetRepository::setThumbnail(const QString& id, const QString& path)
{
    return m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE assets SET thumbnail_path = ? WHERE id = ?"));
        q.addBindValue(notNull(path));
        q.addBindValue(id);
        if (!q.exec())
            return tl::unexpected(sqlError(QStringLiteral("update thumbnail"), q));
        if (q.numRowsAffected() == 0)
            return domain::fail(ErrorCode::NotFound, QStringLiteral("no asset with this id"), id);
        return domain::ok();
    });
}

}  // namespace reelforge::infrastructure
