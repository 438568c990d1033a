#include "adapters/publishing/webdav/nextcloud_chunked_upload.h"

#include "adapters/publishing/shared/file_slice.h"
#include "adapters/publishing/shared/upload_meter.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace reelforge::adapters {

using application::UploadSession;
using domain::ErrorCode;

namespace {

// The chunks named in a PROPFIND multistatus: the numeric last segment of each href.
std::map<int, qint64> parseChunks(const QByteArray& xml)
{
    std::map<int, qint64> out;
    QXmlStreamReader reader(xml);
    QString href;
    qint64 length = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("response")) {
                href.clear();
                length = -1;
            } else if (reader.name() == QLatin1String("href")) {
                href = reader.readElementText();
            } else if (reader.name() == QLatin1String("getcontentlength")) {
                length = reader.readElementText().toLongLong();
            }
        } else if (reader.isEndElement() && reader.name() == QLatin1String("response")) {
            QString name = QUrl::fromPercentEncoding(href.toUtf8());
            while (name.endsWith(QLatin1Char('/')))
                name.chop(1);
            bool numeric = false;
            const int number = name.section(QLatin1Char('/'), -1).toInt(&numeric);
            if (numeric && number > 0 && length >= 0)
                out[number] = length;
        }
    }
    return out;
}

}  // namespace

NextcloudChunkedUpload::NextcloudChunkedUpload(HttpClient& http, Prepare prepare)
    : m_http(http)
    , m_prepare(std::move(prepare))
{
}

QUrl NextcloudChunkedUpload::uploadsRoot(const QUrl& filesEndpoint)
{
    static const QRegularExpression files(QStringLiteral("^(.*/remote\\.php/dav/)files/([^/]+)(/.*)?$"));
    const auto match = files.match(filesEndpoint.path());
    if (!match.hasMatch())
        return {};
    QUrl root = filesEndpoint;
    root.setPath(match.captured(1) + QStringLiteral("uploads/") + match.captured(2) + QLatin1Char('/'));
    root.setQuery(QString());
    return root;
}

qint64 NextcloudChunkedUpload::chunkSizeFor(qint64 fileSize, qint64 wanted)
{
    const qint64 needed = (fileSize + kMaxChunks - 1) / kMaxChunks;  // at most 10,000 chunks
    return qBound(kMinChunk, qMax(wanted, needed), kMaxChunk);
}

QUrl NextcloudChunkedUpload::child(const QUrl& folder, const QString& name)
{
    QUrl url = folder;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + name);
    return url;
}

domain::Status NextcloudChunkedUpload::create(const QUrl& folder, const QUrl& destination)
{
    QNetworkRequest r = m_prepare(folder);
    r.setRawHeader("Destination", destination.toEncoded());
    auto reply = m_http.send("MKCOL", r);
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess())
        return tl::unexpected(httpError(QStringLiteral("Nextcloud MKCOL upload folder"), *reply));
    return domain::ok();
}

domain::Result<std::map<int, qint64>> NextcloudChunkedUpload::chunks(const QUrl& folder)
{
    QNetworkRequest r = m_prepare(folder);
    r.setRawHeader("Depth", "1");
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/xml"));
    auto reply = m_http.send("PROPFIND", r,
        QByteArrayLiteral("<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\"><d:prop>"
                          "<d:getcontentlength/></d:prop></d:propfind>"));
    if (!reply)
        return tl::unexpected(reply.error());
    if (reply->status != 207)
        return tl::unexpected(httpError(QStringLiteral("Nextcloud PROPFIND upload folder"), *reply));
    return parseChunks(reply->body);
}

domain::Result<UploadSession> NextcloudChunkedUpload::sendRest(
    const QString& filePath, const UploadSession& saved, application::UploadContext& context)
{
    UploadSession session = saved;
    const QUrl folder(session.uploadId);
    const qint64 chunk = session.extra.value(QStringLiteral("chunk")).toInteger(kDefaultChunk);
    auto held = chunks(folder);
    if (!held)
        return tl::unexpected(held.error());
    // Continue after the chunks the server holds whole, in order; the rest goes again.
    int number = 1;
    session.offset = 0;
    session.parts.clear();
    while (session.offset < session.total) {
        const qint64 length = qMin(chunk, session.total - session.offset);
        const auto it = held->find(number);
        if (it == held->end() || it->second != length)
            break;
        session.parts.push_back({ number, session.offset, length, {} });
        session.offset += length;
        ++number;
    }
    context.saved(session);
    UploadMeter meter(context.progress, session.offset, session.total);
    const QByteArray destination = QUrl(session.url).toEncoded();
    while (session.offset < session.total) {
        const qint64 length = qMin(chunk, session.total - session.offset);
        FileSlice slice(filePath, session.offset, length, context.limiter);
        if (!slice.open(QIODevice::ReadOnly))
            return domain::fail(
                ErrorCode::FileMissing, QStringLiteral("cannot read the file to upload"), filePath);
        QNetworkRequest r = m_prepare(child(folder, QString::number(number)));
        r.setRawHeader("Destination", destination);
        r.setRawHeader("OC-Total-Length", QByteArray::number(session.total));
        r.setHeader(QNetworkRequest::ContentLengthHeader, length);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        const qint64 base = session.offset;
        auto reply = m_http.send("PUT", r, &slice, [&](qint64 sent, qint64) { meter.report(base + sent); });
        if (!reply)
            return tl::unexpected(reply.error());
        if (!reply->isSuccess())
            return tl::unexpected(httpError(QStringLiteral("Nextcloud PUT chunk"), *reply));
        session.parts.push_back({ number, session.offset, length, {} });
        session.offset += length;
        ++number;
        context.saved(session);
        meter.report(session.offset);
    }
    meter.report(session.offset, true);
    return session;
}

domain::Status NextcloudChunkedUpload::assemble(const QUrl& folder, const QUrl& destination, qint64 total)
{
    QNetworkRequest r = m_prepare(child(folder, QStringLiteral(".file")));
    r.setRawHeader("Destination", destination.toEncoded());
    r.setRawHeader("OC-Total-Length", QByteArray::number(total));
    r.setRawHeader("Overwrite", "F");  // never replace a file someone else put there
    auto reply = m_http.send("MOVE", r);
    if (!reply)
        return tl::unexpected(reply.error());
    if (reply->status == 412)
        return domain::fail(ErrorCode::Duplicate,
            QStringLiteral("a file of this name is already on the server"), destination.toString());
    if (!reply->isSuccess()) {
        // Assembled by an earlier attempt whose answer was lost? Then the folder is gone and the
        // file is there.
        auto head = m_http.send("HEAD", m_prepare(destination));
        auto folderLeft = m_http.send("PROPFIND", m_prepare(folder));
        if (head && head->isSuccess() && folderLeft && folderLeft->status == 404)
            return domain::ok();
        return tl::unexpected(httpError(QStringLiteral("Nextcloud MOVE .file"), *reply));
    }
    return domain::ok();
}

domain::Status NextcloudChunkedUpload::remove(const QUrl& folder)
{
    auto reply = m_http.send("DELETE", m_prepare(folder));
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess() && reply->status != 404)
        return tl::unexpected(httpError(QStringLiteral("Nextcloud DELETE upload folder"), *reply));
    return domain::ok();
}

}  // namespace reelforge::adapters
