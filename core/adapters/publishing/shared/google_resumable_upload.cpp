#include "adapters/publishing/shared/google_resumable_upload.h"

#include "adapters/publishing/shared/server_message.h"

#include "adapters/publishing/shared/file_slice.h"
#include "adapters/publishing/shared/upload_meter.h"

#include <QJsonDocument>

namespace reelforge::adapters {

using application::UploadSession;
using domain::ErrorCode;

GoogleResumableUpload::GoogleResumableUpload(HttpClient& http, Authorize authorize)
    : m_http(http)
    , m_authorize(std::move(authorize))
{
}

domain::Result<QUrl> GoogleResumableUpload::sessionFrom(const QUrl& requested, const HttpResponse& response)
{
    const QByteArray location = response.header("Location");
    if (location.isEmpty())
        return domain::fail(
            ErrorCode::UploadRejected, QStringLiteral("the server gave no upload session URI"));
    return requested.resolved(QUrl::fromEncoded(location));  // handles "/path" and "//host/path"
}

domain::Result<GoogleResumableUpload::Status> GoogleResumableUpload::interpret(
    const HttpResponse& r, const QString& what)
{
    Status status;
    if (r.status == 200 || r.status == 201) {
        status.complete = true;
        status.resource = QJsonDocument::fromJson(r.body).object();
        return status;
    }
    if (r.status == 308) {
        // "Range: bytes=0-N": N+1 bytes are there; no Range (or uploadx's "bytes=0--1"): none.
        const QByteArray range = r.header("Range").trimmed();
        if (!range.isEmpty()) {
            const int eq = range.indexOf('=');
            const int dash = range.indexOf('-', eq + 1);
            bool ok = false;
            const qint64 last = dash > 0 ? range.mid(dash + 1).trimmed().toLongLong(&ok) : 0;
            if (!ok)
                return domain::fail(ErrorCode::IoError, QStringLiteral("the server sent an unreadable Range"),
                    shortServerText(QString::fromLatin1(range)));
            status.received = qMax<qint64>(0, last + 1);
        }
        return status;
    }
    return tl::unexpected(httpError(what, r));
}

domain::Result<GoogleResumableUpload::Status> GoogleResumableUpload::query(const QUrl& session, qint64 total)
{
    QNetworkRequest request = makeRequest(session);
    request.setRawHeader("Content-Range", "bytes */" + QByteArray::number(total));
    if (m_authorize) {
        if (domain::Status s = m_authorize(request); !s)
            return tl::unexpected(s.error());
    }
    auto reply = m_http.send("PUT", request, QByteArray());
    if (!reply)
        return tl::unexpected(reply.error());
    // A session the server refuses outright (403 that is not about quota) cannot go on either.
    if (reply->status == 403 && !reply->body.toLower().contains("quota")
        && !reply->body.toLower().contains("limitexceeded"))
        return domain::fail(ErrorCode::NotFound, QStringLiteral("the upload session is no longer valid"));
    return interpret(*reply, QStringLiteral("upload status query"));
}

domain::Result<UploadSession> GoogleResumableUpload::sendRest(const QString& filePath,
    const UploadSession& saved, application::UploadContext& context, qint64 chunkBytes)
{
    CancellationScope scope(m_http, context.cancel);
    UploadSession session = saved;
    const QUrl uri(session.url);
    auto where = query(uri, session.total);
    if (!where)
        return tl::unexpected(where.error());
    if (where->complete) {
        session.offset = session.total;
        session.extra.insert(QStringLiteral("resource"), where->resource);
        return session;
    }
    session.offset = where->received;
    context.saved(session);
    UploadMeter meter(context.progress, session.offset, session.total);
    int stalled = 0;
    while (true) {
        if (context.cancel.isCancelled())
            return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        const qint64 length = qMin(chunkBytes, session.total - session.offset);
        FileSlice slice(filePath, session.offset, length, context.limiter);
        if (!slice.open(QIODevice::ReadOnly))
            return domain::fail(
                ErrorCode::FileMissing, QStringLiteral("cannot read the file to upload"), filePath);
        QNetworkRequest request = makeRequest(uri);
        request.setRawHeader("Content-Range",
            "bytes " + QByteArray::number(session.offset) + '-'
                + QByteArray::number(session.offset + length - 1) + '/' + QByteArray::number(session.total));
        request.setHeader(QNetworkRequest::ContentLengthHeader, length);
        if (m_authorize) {
            if (domain::Status s = m_authorize(request); !s)
                return tl::unexpected(s.error());
        }
        const qint64 base = session.offset;
        auto reply
            = m_http.send("PUT", request, &slice, [&](qint64 sent, qint64) { meter.report(base + sent); });
        if (!reply)
            return tl::unexpected(reply.error());
        auto status = interpret(*reply, QStringLiteral("upload chunk"));
        if (!status)
            return tl::unexpected(status.error());
        if (status->complete) {
            session.offset = session.total;
            session.extra.insert(QStringLiteral("resource"), status->resource);
            context.saved(session);
            meter.report(session.offset, true);
            return session;
        }
        if (status->received >= session.total)
            return domain::fail(ErrorCode::IoError,
                QStringLiteral("the server has every byte but did not finish the upload"));
        stalled = status->received > session.offset ? 0 : stalled + 1;
        if (stalled >= 3)
            return domain::fail(ErrorCode::IoError, QStringLiteral("the server accepts no more bytes"));
        session.offset = status->received;  // the server's word, even if less than was sent
        context.saved(session);
        meter.report(session.offset);
    }
}

domain::Status GoogleResumableUpload::cancel(const QUrl& session)
{
    QNetworkRequest request = makeRequest(session);
    if (m_authorize) {
        if (domain::Status s = m_authorize(request); !s)
            return s;
    }
    auto reply = m_http.send("DELETE", request);
    if (!reply)
        return tl::unexpected(reply.error());
    // Google answers 499 to a cancelled session; 404/410: it was gone already.
    if (reply->isSuccess() || reply->status == 499 || reply->status == 404 || reply->status == 410)
        return domain::ok();
    return tl::unexpected(httpError(QStringLiteral("cancel resumable upload"), *reply));
}

}  // namespace reelforge::adapters
