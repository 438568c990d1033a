#include "adapters/publishing/s3/s3_publisher.h"

#include "adapters/publishing/s3/s3_client.h"
#include "adapters/publishing/shared/chunk_size.h"
#include "adapters/publishing/shared/file_slice.h"
#include "adapters/publishing/shared/upload_meter.h"

#include <QCryptographicHash>
#include <QXmlStreamReader>

#include <map>

namespace reelforge::adapters {

using application::UploadPart;
using application::UploadSession;
using domain::ErrorCode;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

QString bucketKey(const UploadSession& s)
{
    return s.extra.value(QStringLiteral("object")).toString();
}

domain::Result<QByteArray> sliceSha256(const QString& file, qint64 offset, qint64 size)
{
    FileSlice slice(file, offset, size);
    if (!slice.open(QIODevice::ReadOnly))
        return domain::fail(ErrorCode::FileMissing, QStringLiteral("cannot read the file to upload"), file);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&slice))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot read the file to upload"), file);
    return hash.result().toHex();
}

std::vector<UploadPart> partsFromListing(const QByteArray& xml)
{
    std::vector<UploadPart> parts;
    QXmlStreamReader reader(xml);
    UploadPart current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("Part"))
            current = {};
        else if (reader.name() == QLatin1String("PartNumber"))
            current.number = reader.readElementText().toInt();
        else if (reader.name() == QLatin1String("ETag"))
            current.etag = reader.readElementText();
        else if (reader.name() == QLatin1String("Size")) {
            current.size = reader.readElementText().toLongLong();
            parts.push_back(current);
        }
    }
    return parts;
}

}  // namespace

S3Publisher::S3Publisher(QUrl endpoint, SigV4Signer::Credentials credentials, QString region)
    : m_endpoint(std::move(endpoint))
    , m_signer(std::move(credentials), std::move(region), QStringLiteral("s3"))
{
}

qint64 S3Publisher::partSize(qint64 fileSize, qint64 wanted)
{
    qint64 part = qBound(kMinPart, wanted, kMaxPart);
    const qint64 needed = (fileSize + kMaxParts - 1) / kMaxParts;
    if (part < needed)
        part = (needed + kMiB - 1) / kMiB * kMiB;
    return part;
}

domain::Result<UploadSession> S3Publisher::begin(const application::PublishRequest& request)
{
    const QString object = request.publication.destination;
    if (object.indexOf(QLatin1Char('/')) <= 0 || object.endsWith(QLatin1Char('/')))
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("s3 destination must be bucket/key"), object);
    const qint64 part = partSize(request.fileSize, chunkSizeFor(request, kDefaultPart, kMinPart, kMaxPart));
    if ((request.fileSize + part - 1) / part > kMaxParts)
        return domain::fail(ErrorCode::UploadRejected, QStringLiteral("the file is larger than S3 accepts"));
    S3Client s3(m_http, m_endpoint, m_signer);
    const QUrl url = s3.objectUrl(object, { { QStringLiteral("uploads"), QString() } });
    auto reply = s3.send("POST", url, QByteArray(), { { "Content-Type", request.contentType.toUtf8() } });
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess())
        return tl::unexpected(s3Error(QStringLiteral("s3 create multipart upload"), *reply));
    UploadSession session;
    session.uploadId = S3Client::element(reply->body, QStringLiteral("UploadId"));
    if (session.uploadId.isEmpty())
        return domain::fail(ErrorCode::UploadRejected, QStringLiteral("s3 gave no upload id"));
    session.url = s3.objectUrl(object).toString(QUrl::FullyEncoded);
    session.total = request.fileSize;
    session.extra.insert(QStringLiteral("object"), object);
    session.extra.insert(QStringLiteral("partBytes"), part);
    return session;
}

domain::Result<std::optional<std::vector<UploadPart>>> S3Publisher::listParts(const UploadSession& s)
{
    S3Client s3(m_http, m_endpoint, m_signer);
    auto reply = s3.send(
        "GET", s3.objectUrl(bucketKey(s), { { QStringLiteral("uploadId"), s.uploadId } }), QByteArray());
    if (!reply)
        return tl::unexpected(reply.error());
    if (reply->isSuccess() && reply->body.contains("<ListPartsResult"))
        return std::optional<std::vector<UploadPart>>(partsFromListing(reply->body));
    if (S3Client::errorCode(reply->body) == QLatin1String("NoSuchUpload"))
        return tl::unexpected(s3Error(QStringLiteral("s3 list parts"), *reply));
    if (reply->status >= 500 || reply->status == 429)
        return tl::unexpected(s3Error(QStringLiteral("s3 list parts"), *reply));
    return std::optional<std::vector<UploadPart>>();  // not supported here: trust the saved list
}

domain::Result<QString> S3Publisher::uploadPart(const QString& file, const UploadSession& s, int number,
    qint64 offset, qint64 size, application::UploadContext& context, const std::function<void(qint64)>& sent)
{
    auto hash = sliceSha256(file, offset, size);
    if (!hash)
        return tl::unexpected(hash.error());
    FileSlice slice(file, offset, size, context.limiter);
    if (!slice.open(QIODevice::ReadOnly))
        return domain::fail(ErrorCode::FileMissing, QStringLiteral("cannot read the file to upload"), file);
    S3Client s3(m_http, m_endpoint, m_signer);
    const QUrl url = s3.objectUrl(bucketKey(s),
        { { QStringLiteral("partNumber"), QString::number(number) },
            { QStringLiteral("uploadId"), s.uploadId } });
    auto reply = s3.send("PUT", url, &slice, size, *hash, [&](qint64 done, qint64) { sent(done); });
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess())
        return tl::unexpected(s3Error(QStringLiteral("s3 upload part"), *reply));
    const QString etag = QString::fromUtf8(reply->header("ETag"));
    if (etag.isEmpty())
        return domain::fail(ErrorCode::IoError, QStringLiteral("s3 part has no ETag"));
    return etag;
}

domain::Result<UploadSession> S3Publisher::resume(const application::PublishRequest& request,
    const UploadSession& saved, application::UploadContext& context)
{
    CancellationScope scope(m_http, context.cancel);
    UploadSession session = saved;
    const qint64 part = session.extra.value(QStringLiteral("partBytes")).toInteger();
    if (part <= 0)
        return domain::fail(ErrorCode::NotFound, QStringLiteral("s3 session without a part size"));
    auto listed = listParts(session);
    if (!listed)
        return tl::unexpected(listed.error());
    std::map<int, UploadPart> done;
    for (const UploadPart& p : listed->has_value() ? **listed : session.parts)
        done[p.number] = p;
    const int count = static_cast<int>((session.total + part - 1) / part);
    const auto confirmed = [&] {
        session.parts.clear();
        session.offset = 0;
        for (const auto& [n, p] : done) {
            session.parts.push_back(p);
            session.offset += p.size;
        }
    };
    confirmed();
    context.saved(session);
    UploadMeter meter(context.progress, session.offset, session.total);
    for (int n = 1; n <= count; ++n) {
        const qint64 offset = (n - 1) * part;
        const qint64 size = qMin(part, session.total - offset);
        if (done.count(n) > 0 && done[n].size == size)
            continue;
        const qint64 before = session.offset;
        auto etag = uploadPart(request.filePath, session, n, offset, size, context,
            [&](qint64 sent) { meter.report(before + sent); });
        if (!etag)
            return tl::unexpected(etag.error());
        done[n] = UploadPart { n, offset, size, *etag };
        confirmed();
        context.saved(session);
    }
    meter.report(session.offset, true);
    return session;
}

domain::Result<application::PublishedRef> S3Publisher::finish(
    const application::PublishRequest&, const UploadSession& session)
{
    QByteArray xml = "<CompleteMultipartUpload>";
    for (const UploadPart& p : session.parts)
        xml += "<Part><PartNumber>" + QByteArray::number(p.number) + "</PartNumber><ETag>"
            + p.etag.toHtmlEscaped().toUtf8() + "</ETag></Part>";
    xml += "</CompleteMultipartUpload>";
    S3Client s3(m_http, m_endpoint, m_signer);
    auto reply = s3.send("POST",
        s3.objectUrl(bucketKey(session), { { QStringLiteral("uploadId"), session.uploadId } }), xml,
        { { "Content-Type", "application/xml" } });
    if (!reply)
        return tl::unexpected(reply.error());
    // S3 may answer 200 and still fail: the error is then in the body.
    if (!reply->isSuccess() || !S3Client::errorCode(reply->body).isEmpty())
        return tl::unexpected(s3Error(QStringLiteral("s3 complete multipart upload"), *reply));
    return application::PublishedRef { bucketKey(session), session.url, false };
}

domain::Status S3Publisher::abort(const UploadSession& session)
{
    S3Client s3(m_http, m_endpoint, m_signer);
    auto reply = s3.send("DELETE",
        s3.objectUrl(bucketKey(session), { { QStringLiteral("uploadId"), session.uploadId } }), QByteArray());
    if (!reply)
        return tl::unexpected(reply.error());
    // 404 NoSuchUpload: already aborted or completed.
    if (!reply->isSuccess() && reply->status != 404)
        return tl::unexpected(s3Error(QStringLiteral("s3 abort multipart upload"), *reply));
    return domain::ok();
}

}  // namespace reelforge::adapters
