#include "adapters/publishing/s3/s3_client.h"

#include "adapters/publishing/shared/server_message.h"

#include <QXmlStreamReader>

namespace reelforge::adapters {

using domain::ErrorCode;

S3Client::S3Client(HttpClient& http, QUrl endpoint, SigV4Signer signer)
    : m_http(http)
    , m_endpoint(std::move(endpoint))
    , m_signer(std::move(signer))
{
}

QUrl S3Client::objectUrl(const QString& bucketAndKey, const QList<QPair<QString, QString>>& query) const
{
    QUrl url = m_endpoint;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QLatin1Char('/') + bucketAndKey);
    QByteArrayList items;
    for (const auto& [key, value] : query) {
        QByteArray item = SigV4Signer::uriEncode(key.toUtf8(), true);
        if (!value.isNull())
            item += '=' + SigV4Signer::uriEncode(value.toUtf8(), true);
        items << item;
    }
    if (!items.isEmpty())
        url.setQuery(QString::fromLatin1(items.join('&')));
    return url;
}

QNetworkRequest S3Client::signedRequest(const QByteArray& method, const QUrl& url,
    const QByteArray& payloadHash, const QList<QPair<QByteArray, QByteArray>>& headers) const
{
    SigV4Signer::Request r { method, url, headers, payloadHash };
    r.headers.append({ "x-amz-content-sha256", payloadHash });
    const SigV4Signer::Signed s = m_signer.sign(r, QDateTime::currentDateTimeUtc());
    QNetworkRequest request = makeRequest(url);
    for (const auto& [name, value] : s.headers)
        if (name.compare("host", Qt::CaseInsensitive) != 0)  // QNAM sends the same Host itself
            request.setRawHeader(name, value);
    request.setRawHeader("Authorization", s.authorization);
    return request;
}

domain::Result<HttpResponse> S3Client::send(const QByteArray& method, const QUrl& url, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers)
{
    return m_http.send(method, signedRequest(method, url, SigV4Signer::sha256Hex(body), headers), body);
}

domain::Result<HttpResponse> S3Client::send(const QByteArray& method, const QUrl& url, QIODevice* body,
    qint64 length, const QByteArray& payloadHash, const HttpClient::Progress& progress)
{
    QNetworkRequest request = signedRequest(method, url, payloadHash, {});
    request.setHeader(QNetworkRequest::ContentLengthHeader, length);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    return m_http.send(method, request, body, progress);
}

QString S3Client::element(const QByteArray& xml, const QString& name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            return reader.readElementText();
    }
    return {};
}

QString S3Client::errorCode(const QByteArray& body)
{
    if (!body.contains("<Error"))
        return {};
    return element(body, QStringLiteral("Code"));
}

domain::Error s3Error(const QString& what, const HttpResponse& response)
{
    const QString code = S3Client::errorCode(response.body);
    if (code == QLatin1String("NoSuchUpload"))
        return { ErrorCode::NotFound, what + QStringLiteral(" failed: the multipart upload is gone"), code };
    if (code == QLatin1String("InvalidAccessKeyId") || code == QLatin1String("SignatureDoesNotMatch")
        || code == QLatin1String("ExpiredToken"))
        return { ErrorCode::AuthExpired, QStringLiteral("the storage keys were refused: update them"), code };
    if (code == QLatin1String("SlowDown") || code == QLatin1String("InternalError")
        || code == QLatin1String("RequestTimeout"))
        return { ErrorCode::IoError, what + QStringLiteral(" failed"), code };
    domain::Error e = httpError(what, response);
    if (!code.isEmpty())
        e.detail = QStringLiteral("HTTP %1 %2").arg(response.status).arg(shortServerText(code));
    return e;
}

}  // namespace reelforge::adapters
