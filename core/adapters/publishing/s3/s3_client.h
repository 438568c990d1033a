#pragma once

#include "adapters/publishing/s3/sigv4_signer.h"
#include "adapters/publishing/shared/http_client.h"

namespace reelforge::adapters {

// Signed requests to an S3-compatible endpoint, path-style (endpoint/bucket/key), so any
// store (AWS, MinIO, Ceph, Backblaze, ...) works with just an endpoint and keys.
class S3Client {
public:
    S3Client(HttpClient& http, QUrl endpoint, SigV4Signer signer);

    // `query` is already in key=value form, unencoded; `payloadHash` is the body's hex sha256.
    QUrl objectUrl(const QString& bucketAndKey, const QList<QPair<QString, QString>>& query = {}) const;
    domain::Result<HttpResponse> send(const QByteArray& method, const QUrl& url, const QByteArray& body,
        const QList<QPair<QByteArray, QByteArray>>& headers = {});
    domain::Result<HttpResponse> send(const QByteArray& method, const QUrl& url, QIODevice* body,
        qint64 length, const QByteArray& payloadHash, const HttpClient::Progress& progress);

    // The <Code> of an S3 error document ("NoSuchUpload", ...), empty when there is none.
    static QString errorCode(const QByteArray& body);
    // The text of the first <name> element.
    static QString element(const QByteArray& xml, const QString& name);

private:
    QNetworkRequest signedRequest(const QByteArray& method, const QUrl& url, const QByteArray& payloadHash,
        const QList<QPair<QByteArray, QByteArray>>& headers) const;

    HttpClient& m_http;
    QUrl m_endpoint;
    SigV4Signer m_signer;
};

// S3 answers errors with a status and an XML document; maps NoSuchUpload to NotFound (the
// upload must start over), the rest like httpError.
domain::Error s3Error(const QString& what, const HttpResponse& response);

}  // namespace reelforge::adapters
