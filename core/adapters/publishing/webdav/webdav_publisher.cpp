#include "adapters/publishing/webdav/webdav_publisher.h"

#include "adapters/publishing/shared/chunk_size.h"
#include "adapters/publishing/shared/file_slice.h"
#include "adapters/publishing/shared/upload_meter.h"

#include <QFileInfo>
#include <QUuid>

namespace reelforge::adapters {

using application::UploadSession;
using domain::ErrorCode;

namespace {

QString partPath(const QString& remotePath)
{
    const int slash = remotePath.lastIndexOf(QLatin1Char('/'));
    return remotePath.left(slash + 1) + QLatin1Char('.') + remotePath.mid(slash + 1)
        + QStringLiteral(".reelforge-part");
}

}  // namespace

WebDavPublisher::WebDavPublisher(QUrl endpoint, QString username, QString password, bool nextcloud)
    : m_endpoint(std::move(endpoint))
{
    if (!username.isEmpty())
        m_authorization = "Basic " + (username + QLatin1Char(':') + password).toUtf8().toBase64();
    if (nextcloud)
        m_uploadsRoot = NextcloudChunkedUpload::uploadsRoot(m_endpoint);
}

bool WebDavPublisher::isChunked(const UploadSession& session)
{
    return session.extra.value(QStringLiteral("chunked")).toBool();
}

NextcloudChunkedUpload WebDavPublisher::chunked()
{
    return NextcloudChunkedUpload(m_http, [this](const QUrl& url) { return request(url); });
}

QUrl WebDavPublisher::urlFor(const QString& remotePath) const
{
    QUrl url = m_endpoint;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(
        base + (remotePath.startsWith(QLatin1Char('/')) ? remotePath : QLatin1Char('/') + remotePath));
    return url;
}

QNetworkRequest WebDavPublisher::request(const QUrl& url) const
{
    QNetworkRequest r = makeRequest(url);
    if (!m_authorization.isEmpty())
        r.setRawHeader("Authorization", m_authorization);
    return r;
}

domain::Status WebDavPublisher::makeFolders(const QString& remotePath)
{
    const QStringList parts = remotePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString folder;
    for (int i = 0; i + 1 < parts.size(); ++i) {
        folder += QLatin1Char('/') + parts[i];
        auto reply = m_http.send("MKCOL", request(urlFor(folder + QLatin1Char('/'))));
        if (!reply)
            return tl::unexpected(reply.error());
        // 201 made; 405 (or 301 on some servers) already there.
        if (!reply->isSuccess() && reply->status != 405 && reply->status != 301)
            return tl::unexpected(httpError(QStringLiteral("WebDAV MKCOL"), *reply));
    }
    return domain::ok();
}

domain::Result<UploadSession> WebDavPublisher::begin(const application::PublishRequest& request)
{
    QString remote = request.publication.destination;
    if (remote.isEmpty() || remote.endsWith(QLatin1Char('/')))
        remote += QFileInfo(request.filePath).fileName();
    if (domain::Status s = makeFolders(remote); !s)
        return tl::unexpected(s.error());
    UploadSession session;
    session.url = urlFor(remote).toString(QUrl::FullyEncoded);
    session.total = request.fileSize;
    if (m_uploadsRoot.isValid()) {
        QUrl folder = m_uploadsRoot;
        folder.setPath(
            folder.path() + QStringLiteral("reelforge-") + QUuid::createUuid().toString(QUuid::Id128));
        const qint64 chunk = NextcloudChunkedUpload::chunkSizeFor(
            request.fileSize, chunkSizeFor(request, NextcloudChunkedUpload::kDefaultChunk));
        if (domain::Status s = chunked().create(folder, QUrl(session.url)); !s)
            return tl::unexpected(s.error());
        session.uploadId = folder.toString(QUrl::FullyEncoded);
        session.extra.insert(QStringLiteral("chunked"), true);
        session.extra.insert(QStringLiteral("chunk"), chunk);
        return session;
    }
    session.uploadId = urlFor(partPath(remote)).toString(QUrl::FullyEncoded);
    return session;
}

domain::Result<UploadSession> WebDavPublisher::resume(
    const application::PublishRequest& req, const UploadSession& saved, application::UploadContext& context)
{
    CancellationScope scope(m_http, context.cancel);
    if (isChunked(saved))
        return chunked().sendRest(req.filePath, saved, context);
    UploadSession session = saved;
    session.offset = 0;  // WebDAV cannot append: the whole file goes again
    FileSlice slice(req.filePath, 0, session.total, context.limiter);
    if (!slice.open(QIODevice::ReadOnly))
        return domain::fail(
            ErrorCode::FileMissing, QStringLiteral("cannot read the file to upload"), req.filePath);
    QNetworkRequest r = request(QUrl(session.uploadId));
    r.setHeader(QNetworkRequest::ContentLengthHeader, session.total);
    r.setHeader(QNetworkRequest::ContentTypeHeader, req.contentType.toUtf8());
    UploadMeter meter(context.progress, 0, session.total);
    auto reply = m_http.send("PUT", r, &slice, [&](qint64 sent, qint64) { meter.report(sent); });
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess())
        return tl::unexpected(httpError(QStringLiteral("WebDAV PUT"), *reply));
    session.offset = session.total;
    context.saved(session);
    meter.report(session.offset, true);
    return session;
}

domain::Result<application::PublishedRef> WebDavPublisher::finish(
    const application::PublishRequest&, const UploadSession& session)
{
    if (isChunked(session)) {
        if (domain::Status s = chunked().assemble(QUrl(session.uploadId), QUrl(session.url), session.total);
            !s)
            return tl::unexpected(s.error());
        return application::PublishedRef { QUrl(session.url).fileName(), session.url, false };
    }
    QNetworkRequest r = request(QUrl(session.uploadId));
    r.setRawHeader("Destination", session.url.toUtf8());
    r.setRawHeader("Overwrite", "F");  // never replace a file someone else put there
    auto reply = m_http.send("MOVE", r);
    if (!reply)
        return tl::unexpected(reply.error());
    if (reply->status == 412)
        return domain::fail(ErrorCode::Duplicate,
            QStringLiteral("a file of this name is already on the server"), session.url);
    if (!reply->isSuccess()) {
        // Already moved by an earlier attempt whose answer was lost?
        auto head = m_http.send("HEAD", request(QUrl(session.url)));
        if (!(head && head->isSuccess()))
            return tl::unexpected(httpError(QStringLiteral("WebDAV MOVE"), *reply));
    }
    return application::PublishedRef { QUrl(session.url).fileName(), session.url, false };
}

domain::Status WebDavPublisher::abort(const UploadSession& session)
{
    if (session.uploadId.isEmpty())
        return domain::ok();
    if (isChunked(session))
        return chunked().remove(QUrl(session.uploadId));  // the chunks go with their folder
    (void)m_http.send("DELETE", request(QUrl(session.uploadId)));
    return domain::ok();
}

}  // namespace reelforge::adapters
