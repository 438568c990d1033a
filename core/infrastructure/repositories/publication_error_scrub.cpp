#include "infrastructure/repositories/publication_error_scrub.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <utility>
#include <vector>

namespace reelforge::infrastructure {

QString redactedError(const QString& error, const application::SecretRedactor* redactor)
{
    if (error.isEmpty())
        return error;
    // "HTTP 400: ..." is how earlier versions ended an error: the raw start of the answer's
    // body, which may echo credentials no rule recognises (a bare password). The status stays.
    // (Errors now read "HTTP 400 code: message", the server's words taken from known shapes.)
    static const QRegularExpression rawBody(
        QStringLiteral("(HTTP \\d{3}): .*$"), QRegularExpression::DotMatchesEverythingOption);
    QString kept = error;
    kept.replace(rawBody, QStringLiteral("\\1"));
    // Redacted before it is cut: a cut could leave a piece of a secret no rule recognises.
    const QString clean = redactor != nullptr ? redactor->redact(kept) : application::redactSecrets(kept);
    return clean.size() > kMaxStoredError ? clean.left(kMaxStoredError - 1) + QChar(0x2026) : clean;
}

domain::Result<int> scrubPublicationErrors(
    SqliteDatabase& database, const application::SecretRedactor* redactor)
{
    auto db = database.connection();
    if (!db)
        return tl::unexpected(db.error());
    std::vector<std::pair<QString, QString>> leaky;  // id, error as stored
    {
        QSqlQuery q(*db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, error FROM publications WHERE error <> ''")))
            return tl::unexpected(sqlError(QStringLiteral("read publication errors"), q));
        while (q.next()) {
            const QString error = q.value(1).toString();
            if (redactedError(error, redactor) != error)
                leaky.emplace_back(q.value(0).toString(), error);
        }
    }
    if (leaky.empty())
        return 0;

    QSqlQuery pragma(*db);
    const bool secureDelete = pragma.exec(QStringLiteral("PRAGMA secure_delete")) && pragma.next()
        && pragma.value(0).toInt() == 1;
    if (!pragma.exec(QStringLiteral("PRAGMA secure_delete = ON")))
        return tl::unexpected(sqlError(QStringLiteral("secure delete"), pragma));
    int rewritten = 0;
    const domain::Status written = database.transaction([&](QSqlDatabase& tx) -> domain::Status {
        QSqlQuery q(tx);
        q.prepare(QStringLiteral("UPDATE publications SET error = ? WHERE id = ? AND error = ?"));
        for (const auto& [id, error] : leaky) {
            q.addBindValue(redactedError(error, redactor));
            q.addBindValue(id);
            q.addBindValue(error);
            if (!q.exec())
                return tl::unexpected(sqlError(QStringLiteral("scrub publication error"), q));
            rewritten += q.numRowsAffected();
        }
        return domain::ok();
    });
    if (!secureDelete)
        pragma.exec(QStringLiteral("PRAGMA secure_delete = OFF"));
    if (!written)
        return tl::unexpected(written.error());
    // The old pages are in the main file until a checkpoint copies the rewritten ones over them.
    pragma.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return rewritten;
}

}  // namespace reelforge::infrastructure
