#include "infrastructure/repositories/sqlite_job_repository.h"

#include "infrastructure/repositories/media_info_json.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace reelforge::infrastructure {

using domain::ErrorCode;
using domain::Job;

namespace {

const QString kJobColumns
    = QStringLiteral("id, recipe, inputs, title, asset_id, output_dir, "
                     "output_template, priority, state, progress, attempts, error, "
                     "created_at, updated_at, error_code, owner, attempt_id, interruptions");

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QDateTime fromIso(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString codeName(const std::optional<domain::ErrorCode>& code)
{
    return code ? domain::errorCodeName(*code) : QString();
}

std::optional<domain::ErrorCode> parseCode(const QString& name)
{
    for (int i = 0; !name.isEmpty() && i <= static_cast<int>(ErrorCode::Internal); ++i) {
        if (domain::errorCodeName(static_cast<ErrorCode>(i)) == name)
            return static_cast<ErrorCode>(i);
    }
    return std::nullopt;  // none stored, or a code this version does not know
}

domain::Result<Job> jobFromRow(const QSqlQuery& q)
{
    auto recipe = domain::Recipe::fromJson(QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    if (!recipe)
        return tl::unexpected(recipe.error());
    auto state = domain::parseJobState(q.value(8).toString());
    if (!state)
        return tl::unexpected(state.error());
    Job::Fields f;
    f.id = q.value(0).toString();
    f.recipe = *recipe;
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(2).toByteArray()).array())
        f.inputs << v.toString();
    f.title = q.value(3).toString();
    f.assetId = q.value(4).toString();
    f.outputDir = q.value(5).toString();
    f.outputTemplate = q.value(6).toString();
    f.priority = q.value(7).toInt();
    f.state = *state;
    f.progress = q.value(9).toDouble();
    f.attempts = q.value(10).toInt();
    f.error = q.value(11).toString();
    f.createdAt = fromIso(q.value(12));
    f.updatedAt = fromIso(q.value(13));
    f.errorCode = parseCode(q.value(14).toString());
    f.owner = q.value(15).toString();
    f.attemptId = q.value(16).toString();
    f.interruptions = q.value(17).toInt();
    return Job::create(f);
}

QString controlName(application::IJobRepository::Control c)
{
    switch (c) {
    case application::IJobRepository::Control::Pause:
        return QStringLiteral("pause");
    case application::IJobRepository::Control::Resume:
        return QStringLiteral("resume");
    case application::IJobRepository::Control::Cancel:
        return QStringLiteral("cancel");
    case application::IJobRepository::Control::None:
        break;
    }
    return {};
}

// The compare-and-swap of a job row: `next` is written only where the row still has the
// state, owner and attempt of `seen`. Runs inside the caller's transaction.
domain::Result<bool> swapJob(QSqlDatabase& db, const Job& seen, const Job& next)
{
    const auto& f = next.fields();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE jobs SET state=?, progress=?, attempts=?, error=?, error_code=?, owner=?, "
                       "attempt_id=?, interruptions=?, updated_at=? "
                       "WHERE id=? AND state=? AND owner=? AND attempt_id=?"));
    for (const QVariant& v : QVariantList { domain::jobStateName(f.state), f.progress, f.attempts,
             notNull(f.error), notNull(codeName(f.errorCode)), notNull(f.owner), notNull(f.attemptId),
             f.interruptions, iso(f.updatedAt), f.id, domain::jobStateName(seen.state()),
             notNull(seen.fields().owner), notNull(seen.fields().attemptId) })
        q.addBindValue(v);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("update job"), q));
    return q.numRowsAffected() == 1;
}

QString stamped(const QString& line)
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QLatin1Char(' ') + line
        + QLatin1Char('\n');
}

domain::Status appendLogIn(QSqlDatabase& db, const QString& id, const QString& line)
{
    if (line.isEmpty())
        return domain::ok();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE jobs SET log = log || ? WHERE id = ?"));
    q.addBindValue(stamped(line));
    q.addBindValue(id);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("append log"), q));
    return domain::ok();
}

domain::Status insertArtifact(QSqlDatabase& db, const domain::Artifact& a)
{
    if (domain::Status s = a.validate(); !s)
        return s;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO artifacts (id, job_id, asset_id, kind, path, size_bytes, content_hash, "
                       "media_info, created_at) VALUES (?,?,?,?,?,?,?,?,?)"));
    for (const QVariant& v : QVariantList { a.id, a.jobId, notNull(a.assetId), a.kind, a.path,
             static_cast<qint64>(a.sizeBytes), notNull(a.contentHash),
             QString::fromUtf8(QJsonDocument(mediaInfoToJson(a.info)).toJson(QJsonDocument::Compact)),
             iso(a.createdAt) })
        q.addBindValue(v);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("insert artifact"), q));
    return domain::ok();
}

}  // namespace

SqliteJobRepository::SqliteJobRepository(SqliteDatabase& database)
    : m_db(database)
{
}

domain::Status SqliteJobRepository::exec(
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
            return domain::fail(ErrorCode::NotFound, QStringLiteral("no such job"),
                values.value(values.size() - 1).toString());
        return domain::ok();
    });
}

domain::Status SqliteJobRepository::add(const Job& job)
{
    const auto& f = job.fields();
    return exec(QStringLiteral("insert job"),
        QStringLiteral("INSERT INTO jobs (") + kJobColumns
            + QStringLiteral(") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        { f.id, QString::fromUtf8(QJsonDocument(f.recipe.toJson()).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(f.inputs)).toJson(QJsonDocument::Compact)),
            notNull(f.title), notNull(f.assetId), notNull(f.outputDir), notNull(f.outputTemplate), f.priority,
            domain::jobStateName(f.state), f.progress, f.attempts, notNull(f.error), iso(f.createdAt),
            iso(f.updatedAt), notNull(codeName(f.errorCode)), notNull(f.owner), notNull(f.attemptId),
            f.interruptions });
}

domain::Result<bool> SqliteJobRepository::replace(const Job& seen, const Job& next, const QString& logLine)
{
    bool swapped = false;
    domain::Status s = m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        auto done = swapJob(db, seen, next);
        if (!done)
            return tl::unexpected(done.error());
        swapped = *done;
        return swapped ? appendLogIn(db, next.id(), logLine) : domain::ok();
    });
    if (!s)
        return tl::unexpected(s.error());
    return swapped;
}

domain::Result<bool> SqliteJobRepository::complete(
    const Job& seen, const Job& next, const Placement& place, const QString& logLine)
{
    bool swapped = false;
    domain::Status s = m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        auto done = swapJob(db, seen, next);
        if (!done)
            return tl::unexpected(done.error());
        if (!*done)
            return domain::ok();  // not ours any more: nothing is placed or recorded
        auto artifacts = place();
        if (!artifacts)
            return tl::unexpected(artifacts.error());
        for (const domain::Artifact& a : *artifacts) {
            if (domain::Status st = insertArtifact(db, a); !st)
                return st;
        }
        swapped = true;
        return appendLogIn(db, next.id(), logLine);
    });
    if (!s)
        return tl::unexpected(s.error());
    return swapped;
}

domain::Result<bool> SqliteJobRepository::setProgress(
    const QString& id, const QString& owner, double fraction)
{
    bool written = false;
    domain::Status s = m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "UPDATE jobs SET progress = ? WHERE id = ? AND owner = ? AND state IN ('running','paused')"));
        q.addBindValue(fraction);
        q.addBindValue(id);
        q.addBindValue(owner);
        if (!q.exec())
            return tl::unexpected(sqlError(QStringLiteral("job progress"), q));
        written = q.numRowsAffected() == 1;
        return domain::ok();
    });
    if (!s)
        return tl::unexpected(s.error());
    return written;
}

domain::Status SqliteJobRepository::setPriority(const QString& id, int priority)
{
    return exec(QStringLiteral("job priority"), QStringLiteral("UPDATE jobs SET priority = ? WHERE id = ?"),
        { priority, id });
}

domain::Result<std::vector<Job>> SqliteJobRepository::select(const QString& where, const QVariantList& values)
{
    auto db = m_db.connection();
    if (!db)
        return tl::unexpected(db.error());
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM jobs ") + where
        + QStringLiteral(" ORDER BY priority DESC, seq ASC"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("list jobs"), q));
    std::vector<Job> out;
    while (q.next()) {
        auto job = jobFromRow(q);
        if (!job)
            return tl::unexpected(job.error());
        out.push_back(std::move(*job));
    }
    return out;
}

domain::Result<std::optional<Job>> SqliteJobRepository::find(const QString& id)
{
    auto jobs = select(QStringLiteral("WHERE id = ?"), { id });
    if (!jobs)
        return tl::unexpected(jobs.error());
    if (jobs->empty())
        return std::optional<Job>();
    return std::optional<Job>(jobs->front());
}

domain::Result<std::vector<Job>> SqliteJobRepository::list()
{
    return select({}, {});
}

domain::Status SqliteJobRepository::appendLog(const QString& id, const QString& line)
{
    return exec(QStringLiteral("append log"), QStringLiteral("UPDATE jobs SET log = log || ? WHERE id = ?"),
        { stamped(line), id });
}

domain::Result<QString> SqliteJobRepository::log(const QString& id)
{
    auto db = m_db.connection();
    if (!db)
        return tl::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral("SELECT log FROM jobs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("read log"), q));
    if (!q.next())
        return domain::fail(ErrorCode::NotFound, QStringLiteral("no such job"), id);
    return q.value(0).toString();
}

domain::Status SqliteJobRepository::requestControl(const QString& id, Control control)
{
    return exec(QStringLiteral("request control"), QStringLiteral("UPDATE jobs SET control = ? WHERE id = ?"),
        { controlName(control), id });
}

domain::Result<application::IJobRepository::Control> SqliteJobRepository::takeControl(const QString& id)
{
    // Polled several times a second for every running job: read without taking the write lock,
    // and only write when there is something to take.
    {
        auto db = m_db.connection();
        if (!db)
            return tl::unexpected(db.error());
        QSqlQuery q(*db);
        q.prepare(QStringLiteral("SELECT control FROM jobs WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return tl::unexpected(sqlError(QStringLiteral("read control"), q));
        if (!q.next() || q.value(0).toString().isEmpty())
            return Control::None;
    }
    Control taken = Control::None;
    domain::Status s = m_db.transaction([&](QSqlDatabase& db) -> domain::Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT control FROM jobs WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return tl::unexpected(sqlError(QStringLiteral("read control"), q));
        if (!q.next() || q.value(0).toString().isEmpty())
            return domain::ok();
        const QString name = q.value(0).toString();
        for (Control c : { Control::Pause, Control::Resume, Control::Cancel })
            if (controlName(c) == name)
                taken = c;
        QSqlQuery clear(db);
        clear.prepare(QStringLiteral("UPDATE jobs SET control = '' WHERE id = ?"));
        clear.addBindValue(id);
        if (!clear.exec())
            return tl::unexpected(sqlError(QStringLiteral("clear control"), clear));
        return domain::ok();
    });
    if (!s)
        return tl::unexpected(s.error());
    return taken;
}

domain::Result<std::vector<domain::Artifact>> SqliteJobRepository::artifacts(const QString& jobId)
{
    auto db = m_db.connection();
    if (!db)
        return tl::unexpected(db.error());
    QSqlQuery q(*db);
    q.prepare(QStringLiteral(
        "SELECT id, job_id, asset_id, kind, path, size_bytes, content_hash, media_info, created_at "
        "FROM artifacts WHERE job_id = ? ORDER BY created_at, path"));
    q.addBindValue(jobId);
    if (!q.exec())
        return tl::unexpected(sqlError(QStringLiteral("list artifacts"), q));
    std::vector<domain::Artifact> out;
    while (q.next()) {
        domain::Artifact a;
        a.id = q.value(0).toString();
        a.jobId = q.value(1).toString();
        a.assetId = q.value(2).toString();
        a.kind = q.value(3).toString();
        a.path = q.value(4).toString();
        a.sizeBytes = q.value(5).toLongLong();
        a.contentHash = q.value(6).toString();
        a.info = mediaInfoFromJson(QJsonDocument::fromJson(q.value(7).toByteArray()).object())
                     .value_or(domain::MediaInfo {});
        a.createdAt = fromIso(q.value(8));
        out.push_back(a);
    }
    return out;
}

}  // namespace reelforge::infrastructure
