#pragma once

#include "adapters/publishing/shared/http_client.h"
#include "domain/models/publication.h"

#include <QJsonObject>

namespace reelforge::adapters {

// The YouTube Data API v3 "video" resource for a publication (snippet + status), checked
// against the documented limits before anything is uploaded: title 1-100 characters without
// "<" or ">", description up to 5000 bytes, tags up to 500 characters in all, publishAt only
// with private visibility (it is forced private), thumbnail JPEG/PNG up to 2 MB.
class YouTubeMetadata {
public:
    static constexpr qint64 kMaxThumbnailBytes = 2 * 1024 * 1024;

    static domain::Result<QJsonObject> videoResource(const domain::Publication& publication);
    static domain::Status checkThumbnail(const QString& path);
    // YouTube's error document ({"error":{"errors":[{"reason":...}]}}) to the contract's codes:
    // quotaExceeded, uploadLimitExceeded, rateLimitExceeded -> QuotaExceeded with a clear message;
    // 401 -> AuthExpired; 5xx -> IoError.
    static domain::Error error(const QString& what, const HttpResponse& response);
};

}  // namespace reelforge::adapters
