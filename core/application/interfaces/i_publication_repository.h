#pragma once

#include "application/interfaces/i_publisher.h"
#include "domain/models/publication.h"

#include <optional>
#include <vector>

namespace reelforge::application {

// Persistence of publications and their upload sessions. Thread-safe (the upload workers save
// sessions from their own threads); every write is one transaction. Sessions are deleted with
// their publication.
class IPublicationRepository {
public:
    virtual ~IPublicationRepository() = default;
    virtual domain::Status add(const domain::Publication& publication) = 0;
    // Writes everything but id, artifact, account and createdAt.
    virtual domain::Status update(const domain::Publication& publication) = 0;
    // update() and the end of its upload session (clearSession), in one transaction.
    virtual domain::Status markPublished(const domain::Publication& publication) = 0;
    virtual domain::Result<std::optional<domain::Publication>> find(const QString& id) = 0;
    // In creation order.
    virtual domain::Result<std::vector<domain::Publication>> list() = 0;
    // Publications of this file (path) to this account and destination, newest first.
    virtual domain::Result<std::vector<domain::Publication>> findSame(
        const QString& artifactPath, const QString& accountId, const QString& destination)
        = 0;
    // Progress only (bytes), so a worker does not overwrite a state change made meanwhile.
    virtual domain::Status setProgress(const QString& id, qint64 bytesSent, qint64 bytesTotal) = 0;

    virtual domain::Status saveSession(const QString& publicationId, const UploadSession& session) = 0;
    virtual domain::Result<std::optional<UploadSession>> session(const QString& publicationId) = 0;
    virtual domain::Status clearSession(const QString& publicationId) = 0;
};

}  // namespace reelforge::application
