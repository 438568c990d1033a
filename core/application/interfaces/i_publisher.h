#pragma once

#include "application/cancellation_token.h"
#include "application/progress.h"
#include "domain/models/account.h"
#include "domain/models/publication.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <vector>

namespace reelforge::application {

class BandwidthLimiter;

// One part of a multipart upload the server has confirmed (S3 parts, TikTok chunks).
struct UploadPart {
    int number = 0;
    qint64 offset = 0;
    qint64 size = 0;
    QString etag;
};

// Where an upload stands on the server. Persisted by the caller after begin() and every time
// resume() reports an advance, so a crash or restart continues from here (the server's own
// answer about its offset always wins over the saved one). Holds no secret.
struct UploadSession {
    QString url;  // session URI, tus upload URL, object URL, remote part-file path
    QString uploadId;  // S3 UploadId, TikTok publish_id, ...
    qint64 offset = 0;  // bytes the server confirmed
    qint64 total = 0;  // file size
    std::vector<UploadPart> parts;
    QDateTime expiresAt;  // invalid: no known expiry
    QJsonObject extra;  // platform specifics (remote video id, chunk size, ...)

    bool isStarted() const { return !url.isEmpty() || !uploadId.isEmpty(); }
    bool isComplete() const { return total > 0 && offset >= total; }
    QJsonArray partsJson() const
    {
        QJsonArray out;
        for (const UploadPart& p : parts)
            out.append(
                QJsonObject { { QStringLiteral("n"), p.number }, { QStringLiteral("offset"), p.offset },
                    { QStringLiteral("size"), p.size }, { QStringLiteral("etag"), p.etag } });
        return out;
    }
    static std::vector<UploadPart> partsFromJson(const QJsonArray& json)
    {
        std::vector<UploadPart> out;
        for (const QJsonValue& v : json) {
            const QJsonObject o = v.toObject();
            out.push_back({ o.value(QStringLiteral("n")).toInt(),
                o.value(QStringLiteral("offset")).toInteger(), o.value(QStringLiteral("size")).toInteger(),
                o.value(QStringLiteral("etag")).toString() });
        }
        return out;
    }
};

// What to publish where. The publisher reads the file itself, streaming it from disk.
struct PublishRequest {
    domain::Publication publication;
    domain::Account account;
    QString filePath;
    qint64 fileSize = 0;
    QString contentType = QStringLiteral("video/mp4");
};

// The published result.
struct PublishedRef {
    QString remoteId;
    QString url;
    bool privateOnly = false;  // the platform forced private visibility (e.g. unaudited TikTok app)
};

// Called by resume() on the worker thread each time the server confirms more of the upload.
using SessionObserver = std::function<void(const UploadSession&)>;

// What a running upload may use. Threading: the publisher's thread; cancel is polled between
// chunks and while waiting on the network; the limiter (optional) is shared between uploads.
struct UploadContext {
    CancellationToken& cancel;
    ProgressSink& progress;
    SessionObserver saved;
    BandwidthLimiter* limiter = nullptr;
};

// One destination (Strategy per platform), resumable by contract.
//
// Threading: an instance is created, used and destroyed on one worker thread (it may own a
// QNetworkAccessManager there); calls block. Ownership: the caller owns it (unique_ptr).
// Errors: IoError means transient (network failure, dropped connection, 5xx, 429): the caller
// retries resume() with the last saved session after a backoff. NotFound from resume() means
// the server forgot the session (expired): the caller calls begin() again. AuthExpired (the
// account must be reconnected), QuotaExceeded, UploadRejected (including a file over the
// platform's limit, refused in begin() before any byte is sent), InvalidArgument and
// Cancelled are final. Secrets never appear in an Error's message or detail.
class IPublisher {
public:
    virtual ~IPublisher() = default;
    // Validates the request and creates the remote session (no file bytes yet).
    virtual domain::Result<UploadSession> begin(const PublishRequest& request) = 0;
    // Sends what the server does not have yet; returns the completed session.
    virtual domain::Result<UploadSession> resume(
        const PublishRequest& request, const UploadSession& session, UploadContext& context)
        = 0;
    // Completes the publication: commit, metadata, thumbnail, playlist, status.
    virtual domain::Result<PublishedRef> finish(const PublishRequest& request, const UploadSession& session)
        = 0;
    // Best effort: tells the server to drop an unfinished upload (cancel).
    virtual domain::Status abort(const UploadSession& session)
    {
        (void)session;
        return domain::ok();
    }
};

}  // namespace reelforge::application
