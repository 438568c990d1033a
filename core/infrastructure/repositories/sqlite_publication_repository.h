#pragma once

#include "application/interfaces/i_publication_repository.h"
#include "application/secrets/secret_redactor.h"
#include "infrastructure/repositories/sqlite_database.h"

#include <memory>

namespace reelforge::infrastructure {

// Publications in SQLite. A publication's error goes through the redactor (without one, the
// pattern rules of redactSecrets) and is capped before it is written: it is shown, printed
// and notified, so it never holds a credential a server echoed back.
class SqlitePublicationRepository final : public application::IPublicationRepository {
public:
    explicit SqlitePublicationRepository(
        SqliteDatabase& database, std::shared_ptr<const application::SecretRedactor> redactor = {});

    domain::Status add(const domain::Publication& publication) override;
    domain::Status update(const domain::Publication& publication) override;
    domain::Status markPublished(const domain::Publication& publication) override;
    domain::Result<std::optional<domain::Publication>> find(const QString& id) override;
    domain::Result<std::vector<domain::Publication>> list() override;
    domain::Result<std::vector<domain::Publication>> findSame(
        const QString& artifactPath, const QString& accountId, const QString& destination) override;
    domain::Status setProgress(const QString& id, qint64 bytesSent, qint64 bytesTotal) override;
    domain::Status saveSession(
        const QString& publicationId, const application::UploadSession& session) override;
    domain::Result<std::optional<application::UploadSession>> session(const QString& publicationId) override;
    domain::Status clearSession(const QString& publicationId) override;

private:
    domain::Status exec(const QString& what, const QString& sql, const QVariantList& values, bool mustTouch);
    domain::Result<std::vector<domain::Publication>> select(
        const QString& where, const QVariantList& values, const QString& order);
    QString storedError(const QString& error) const;

    SqliteDatabase& m_db;
    std::shared_ptr<const application::SecretRedactor> m_redactor;
};

}  // namespace reelforge::infrastructure
