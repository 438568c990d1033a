#pragma once

#include "adapters/publishing/shared/http_client.h"
#include "application/interfaces/i_publisher.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace reelforge::adapters {

// Google's resumable upload protocol, as YouTube (Data API v3) and PeerTube speak it: an
// initial request returns a session URI (Location, possibly relative or protocol-relative);
// chunks go as PUT with Content-Range, answered 308 + Range until the last one (200/201 with
// the created resource); a PUT of "bytes */SIZE" asks where the server stands. The Range the
// server answers is followed, never the assumption that a chunk landed. 404/410 on the session
// means it expired: NotFound (start over).
class GoogleResumableUpload {
public:
    // Adds authorization to a request (a bearer token); may be empty.
    using Authorize = std::function<domain::Status(QNetworkRequest&)>;

    GoogleResumableUpload(HttpClient& http, Authorize authorize);

    // The session URI from an initial request's answer (resolved against `requested`).
    static domain::Result<QUrl> sessionFrom(const QUrl& requested, const HttpResponse& response);
    // Where the server stands: bytes received, or the finished resource when complete.
    struct Status {
        qint64 received = 0;
        bool complete = false;
        QJsonObject resource;
    };
    domain::Result<Status> query(const QUrl& session, qint64 total);
    // Sends the rest in chunks of `chunkBytes` (a multiple of 256 KiB but the last); the
    // finished resource lands in session.extra["resource"].
    domain::Result<application::UploadSession> sendRest(const QString& filePath,
        const application::UploadSession& session, application::UploadContext& context, qint64 chunkBytes);

    // Cancels the session: DELETE on its URI (the server drops the bytes it holds). An
    // already expired session counts as cancelled.
    domain::Status cancel(const QUrl& session);

private:
    domain::Result<Status> interpret(const HttpResponse& response, const QString& what);

    HttpClient& m_http;
    Authorize m_authorize;
};

}  // namespace reelforge::adapters
