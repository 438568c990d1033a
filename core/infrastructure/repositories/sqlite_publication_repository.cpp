#include "infrastructure/repositories/sqlite_publication_repository.h"

#include "infrastructure/repositories/publication_error_scrub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace reelforge::infrastructure {

using application::UploadSession;
using domain::ErrorCode;
using domain::Publication;
using domain::PublicationState;

namespace {

const QString kColumns
    = QStringLiteral("id, artifact_path, artifact_id, account_id, destination, title, description, tags, "
                     "privacy, publish_at, state, "
                     "bytes_sent, bytes_total, remote_url, error, options, attempts, created_at, updated_at");

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}
QDateTime fromIso(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
QString compact(const QJsonDocument& d)
{
    return QString::fromUtf8(d.toJson(QJsonDocument::Compact));
}

template<typename E, std::size_t N>
E parseName(const QString& name, const std::array<E, N>& all, QString (*nameOf)(E), E fallback)
{
    for (E e : all)
        if (nameOf(e) == name)
            return e;
    return fallback;
}

const std::array kStates { PublicationState::Scheduled, PublicationState::Uploading,
    PublicationState::Processing, PublicationState::Published, PublicationState::Failed,
    PublicationState::Cancelled };
const std::array kPrivacies { domain::Privacy::Private, domain::Privacy::Unlisted, domain::Privacy::Public };

Publication fromRow(const QSqlQuery& q)
{
    Publication p;
    p.id = q.value(0).toString();
    p.artifactPath = q.value(1).toString();
    p.artifactId = q.value(2).toString();
    p.accountId = q.value(3).toString();
    p.destination = q.value(4).toString();
    p.title = q.value(5).toString();
    p.description = q.value(6).toString();
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(7).toByteArray()).array())
        p.tags << v.toString();
    p.privacy = parseName(q.value(8).toString(), kPrivacies, domain::privacyName, domain::Privacy::Private);
    if (const QDateTime at = fromIso(q.value(9)); at.isValid())
        p.publishAt = at;
    p.state
        = parseName(q.value(10).toString(), kStates, domain::publicationStateName, PublicationState::Failed);
    p.bytesSent = q.value(11).toLongLong();
    p.bytesTotal = q.value(12).toLongLong();
    p.remoteUrl = q.value(13).toString();
    p.error = q.value(14).toString();
    p.options = QJsonDocument::fromJson(q.value(15).toByteArray()).object();
    p.attempts = q.value(16).toInt();
    p.createdAt = fromIso(q.value(17));
    p.updatedAt = fromIso(q.value(18));
    return p;
}

}  // namespace

SqlitePublicationRepository::SqlitePublicationRepository(
    SqliteDatabase& database, std::shared_ptr<const application::SecretRedactor> redactor)
    : m_db(database)
    , m_redactor(std::move(redactor))
{
}

QString SqlitePublicationRepository::storedError(const QString& error) const
{
    return notNull(redactedError(error, m_redactor.get()));
}

domain::Status SqlitePublicationRepository::exec(
    const QString& what, const QString& sql, const QVariantList& values, bool mustTouch)
{
    return m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return tl::unexpected(sqlError(what, q));
        if (mustTouch && q.numRowsAffected() == 0)
            return domain::fail(
                ErrorCode::NotFound, QStringLiteral("no such publication"), values.last().toString());
        return domain::ok();
    });
}

domain::Status SqlitePublicationRepository::add(const Publication& p)
{
    if (domain::Status s = p.validate(); !s)
        return s;
    return exec(QStringLiteral("insert publication"),
        QStringLiteral("INSERT INTO publications (") + kColumns
            + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        { p.id, p.artifactPath, notNull(p.artifactId), p.accountId, notNull(p.destination), p.title,
            notNull(p.description), compact(QJsonDocument(QJsonArray::fromStringList(p.tags))),
            domain::privacyName(p.privacy), p.publishAt ? iso(*p.publishAt) : QStringLiteral(""),
            domain::publicationStateName(p.state), static_cast<qint64>(p.bytesSent),
            static_cast<qint64>(p.bytesTotal), notNull(p.remoteUrl), storedError(p.error),
            compact(QJsonDocument(p.options)), p.attempts, iso(p.createdAt), iso(p.updatedAt) },
        true);
}

namespace {

const QString kUpdateSql = QStringLiteral(
    "UPDATE publications SET title=?, description=?, tags=?, privacy=?, publish_at=?, state=?, "
    "bytes_sent=?, bytes_total=?, remote_url=?, error=?, options=?, attempts=?, updated_at=? "
    "WHERE id=?");

// `error`: the publication's error as it may be stored (SqlitePublicationRepository::storedError).
QVariantList updateValues(const Publication& p, const QString& error)
{
    return { p.title, notNull(p.description), compact(QJsonDocument(QJsonArray::fromStringList(p.tags))),
        domain::privacyName(p.privacy), p.publishAt ? iso(*p.publishAt) : QStringLiteral(""),
        domain::publicationStateName(p.state), static_cast<qint64>(p.bytesSent),
        static_cast<qint64>(p.bytesTotal), notNull(p.remoteUrl), error, compact(QJsonDocument(p.options)),
        p.attempts, iso(p.updatedAt), p.id };
}

}  // namespace

domain::Status SqlitePublicationRepository::update(const Publication& p)
{
    return exec(
        QStringLiteral("update publication"), kUpdateSql, updateValues(p, storedError(p.error)), true);
}

domain::Status SqlitePublicationRepository::markPublished(const Publication& p)
{
    return m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        QSqlQuery q(db);
        q.prepare(kUpdateSql);
        for (const QVariant& v : updateValues(p, storedError(p.error)))
            q.addBindValue(v);
        if (!q.exec())
            return tl::unexpected(sqlError(QStringLiteral("update publication"), q));
        if (q.numRowsAffected() == 0)
            return domain::fail(ErrorCode::NotFound, QStringLiteral("no such publication"), p.id);
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("DELETE FROM upload_sessions WHERE publication_id = ?"));
        clear.addBindValue(p.id);
        if (!clear.exec())
            return tl::unexpected(sqlError(QStringLiteral("clear upload session"), clear));
        return domain::ok();
    });
}

domain::Result<std::vector<Publication>> SqlitePublicationRepository::select(
    const QString& where, const QVariantList& values, const QString& order)
{
    auto db = m_db.connection();
    if (!db)
        return tl::unexpected(db.error());
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM publications ") + where + order);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("list publications"), q));
    std::vector<Publication> out;
    while (q.next())
        out.push_back(fromRow(q));
    return out;
}

domain::Result<std::optional<Publication>> SqlitePublicationRepository::find(const QString& id)
{
    auto rows = select(QStringLiteral("WHERE id = ?"), { id }, {});
    if (!rows)
        return tl::unexpected(rows.error());
    return rows->empty() ? std::optional<Publication>() : std::optional<Publication>(rows->front());
}

domain::Result<std::vector<Publication>> SqlitePublicationRepository::list()
{
    return select({}, {}, QStringLiteral(" ORDER BY seq ASC"));
}

domain::Result<std::vector<Publication>> SqlitePublicationRepository::findSame(
    const QString& artifactPath, const QString& accountId, const QString& destination)
{
    return select(QStringLiteral("WHERE artifact_path = ? AND account_id = ? AND destination = ?"),
        { artifactPath, accountId, notNull(destination) }, QStringLiteral(" ORDER BY seq DESC"));
}

domain::Status SqlitePublicationRepository::setProgress(
    const QString& id, qint64 bytesSent, qint64 bytesTotal)
{
    return exec(QStringLiteral("publication progress"),
        QStringLiteral("UPDATE publications SET bytes_sent = ?, bytes_total = ? WHERE id = ?"),
        { bytesSent, bytesTotal, id }, true);
}

domain::Status SqlitePublicationRepository::saveSession(const QString& publicationId, const UploadSession& s)
{
    return exec(QStringLiteral("save upload session"),
        QStringLiteral(
            "INSERT INTO upload_sessions (publication_id, url, upload_id, offset_bytes, total_bytes, parts, "
            "expires_at, extra, updated_at) VALUES (?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(publication_id) DO UPDATE SET url=excluded.url, upload_id=excluded.upload_id, "
            "offset_bytes=excluded.offset_bytes, total_bytes=excluded.total_bytes, parts=excluded.parts, "
            "expires_at=excluded.expires_at, extra=excluded.extra, updated_at=excluded.updated_at"),
        { publicationId, notNull(s.url), notNull(s.uploadId), s.offset, s.total,
            compact(QJsonDocument(s.partsJson())), iso(s.expiresAt), compact(QJsonDocument(s.extra)),
            iso(QDateTime::currentDateTimeUtc()) },
        true);
}

domain::Result<std::optional<UploadSession>> SqlitePublicationRepository::session(
    const QString& publicationId)
{
    auto db = m_db.connection();
    if (!db)
        return tl::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT url, upload_id, offset_bytes, total_bytes, parts, expires_at, extra "
                             "FROM upload_sessions WHERE publication_id = ?"));
    q.addBindValue(publicationId);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("read upload session"), q));
    if (!q.next())
        return std::optional<UploadSession>();
    UploadSession s;
    s.url = q.value(0).toString();
    s.uploadId = q.value(1).toString();
    s.offset = q.value(2).toLongLong();
    s.total = q.value(3).toLongLong();
    s.parts = UploadSession::partsFromJson(QJsonDocument::fromJson(q.value(4).toByteArray()).array());
    s.expiresAt = fromIso(q.value(5));
    s.extra = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    return std::optional<UploadSession>(s);
}

domain::Status SqlitePublicationRepository::clearSession(const QString& publicationId)
{
    return exec(QStringLiteral("clear upload session"),
        QStringLiteral("DELETE FROM upload_sessions WHERE publication_id = ?"), { publicationId }, false);
}

}  // namespace reelforge::infrastructure
