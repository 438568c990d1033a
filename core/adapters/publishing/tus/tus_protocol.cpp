#include "adapters/publishing/tus/tus_protocol.h"

#include "adapters/publishing/shared/file_slice.h"
#include "adapters/publishing/shared/upload_meter.h"

#include <QElapsedTimer>

namespace reelforge::adapters {

using domain::ErrorCode;

TusProtocol::TusProtocol(HttpClient& http, qint64 chunkBytes)
    : m_http(http)
    , m_chunkBytes(qMax<qint64>(chunkBytes, 1))
{
}

QNetworkRequest TusProtocol::request(const QUrl& url) const
{
    QNetworkRequest r = makeRequest(url);
    r.setRawHeader("Tus-Resumable", "1.0.0");
    return r;
}

domain::Result<QUrl> TusProtocol::create(
    const QUrl& endpoint, qint64 length, const QList<QPair<QByteArray, QString>>& metadata)
{
    QNetworkRequest r = request(endpoint);
    r.setRawHeader("Upload-Length", QByteArray::number(length));
    QByteArrayList pairs;
    for (const auto& [key, value] : metadata)
        pairs << key + ' ' + value.toUtf8().toBase64();
    if (!pairs.isEmpty())
        r.setRawHeader("Upload-Metadata", pairs.join(','));
    auto reply = m_http.send("POST", r);
    if (!reply)
        return tl::unexpected(reply.error());
    if (reply->status != 201)
        return tl::unexpected(httpError(QStringLiteral("tus create"), *reply));
    const QByteArray location = reply->header("Location");
    if (location.isEmpty())
        return domain::fail(ErrorCode::UploadRejected, QStringLiteral("tus server gave no upload URL"));
    return endpoint.resolved(QUrl::fromEncoded(location));
}

domain::Result<qint64> TusProtocol::offset(const QUrl& upload)
{
    auto reply = m_http.send("HEAD", request(upload));
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess())
        return tl::unexpected(httpError(QStringLiteral("tus HEAD"), *reply));
    bool ok = false;
    const qint64 value = reply->header("Upload-Offset").toLongLong(&ok);
    if (!ok || value < 0)
        return domain::fail(ErrorCode::UploadRejected, QStringLiteral("tus server sent no Upload-Offset"));
    return value;
}

domain::Result<application::UploadSession> TusProtocol::sendRest(
    const QString& filePath, const application::UploadSession& saved, application::UploadContext& context)
{
    application::UploadSession session = saved;
    const QUrl upload(session.url);
    auto start = offset(upload);
    if (!start)
        return tl::unexpected(start.error());
    session.offset = *start;
    context.saved(session);
    UploadMeter meter(context.progress, session.offset, session.total);
    while (session.offset < session.total) {
        const qint64 length = qMin(m_chunkBytes, session.total - session.offset);
        QNetworkRequest r = request(upload);
        r.setRawHeader("Upload-Offset", QByteArray::number(session.offset));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/offset+octet-stream"));
        r.setHeader(QNetworkRequest::ContentLengthHeader, length);
        const qint64 base = session.offset;
        // While a long PATCH runs, note how far it got now and then (advisory: a resume asks the
        // server with HEAD anyway, and the server keeps what it received).
        QElapsedTimer sinceSave;
        sinceSave.start();
        const auto sent = [&](qint64 done, qint64) {
            meter.report(base + done);
            if (sinceSave.elapsed() >= 1000 && done > 0 && done < length) {
                sinceSave.restart();
                application::UploadSession advancing = session;
                advancing.offset = base + done;
                context.saved(advancing);
            }
        };
        FileSlice slice(filePath, session.offset, length, context.limiter);
        if (!slice.open(QIODevice::ReadOnly))
            return domain::fail(
                ErrorCode::FileMissing, QStringLiteral("cannot read the file to upload"), filePath);
        auto reply = m_http.send("PATCH", r, &slice, sent);
        if (!reply)
            return tl::unexpected(reply.error());
        if (reply->status == 409) {  // offsets disagree: ask again and go on from the server's
            auto now = offset(upload);
            if (!now)
                return tl::unexpected(now.error());
            session.offset = *now;
            continue;
        }
        if (reply->status != 204 && reply->status != 200)
            return tl::unexpected(httpError(QStringLiteral("tus PATCH"), *reply));
        bool ok = false;
        const qint64 next = reply->header("Upload-Offset").toLongLong(&ok);
        if (!ok || next <= session.offset)
            return domain::fail(ErrorCode::IoError, QStringLiteral("tus server did not advance the offset"));
        session.offset = next;
        context.saved(session);
        meter.report(session.offset);
    }
    meter.report(session.offset, true);
    return session;
}

domain::Result<QByteArrayList> TusProtocol::extensions(const QUrl& endpoint)
{
    auto reply = m_http.send("OPTIONS", request(endpoint));
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess())
        return tl::unexpected(httpError(QStringLiteral("tus OPTIONS"), *reply));
    QByteArrayList out;
    for (const QByteArray& name : reply->header("Tus-Extension").split(','))
        if (!name.trimmed().isEmpty())
            out << name.trimmed();
    return out;
}

domain::Status TusProtocol::remove(const QUrl& upload)
{
    auto reply = m_http.send("DELETE", request(upload));
    if (!reply)
        return tl::unexpected(reply.error());
    // 404/410: the server already forgot it, which is what was asked.
    if (!reply->isSuccess() && reply->status != 404 && reply->status != 410)
        return tl::unexpected(httpError(QStringLiteral("tus DELETE"), *reply));
    return domain::ok();
}

}  // namespace reelforge::adapters
