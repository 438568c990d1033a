#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace reelforge::adapters {

// AWS Signature Version 4 (docs.aws.amazon.com, "Signing AWS API requests"), written here so
// that any S3-compatible store works without an SDK. Pure and thread-safe; verified against
// AWS's published examples (tests/integration/test_publish_sigv4.cpp).
class SigV4Signer {
public:
    struct Credentials {
        QString accessKeyId;
        QString secretAccessKey;
        QString sessionToken;  // optional (temporary credentials)
    };
    struct Request {
        QByteArray method;
        QUrl url;
        QList<QPair<QByteArray, QByteArray>> headers;  // as sent; Host is added when missing
        QByteArray payloadHash;  // hex sha256 of the body, or "UNSIGNED-PAYLOAD"
    };
    struct Signed {
        QByteArray canonicalRequest;
        QByteArray stringToSign;
        QByteArray signature;  // hex
        QByteArray authorization;  // the Authorization header's value
        QList<QPair<QByteArray, QByteArray>> headers;  // what to send: the input plus x-amz-date etc.
    };

    SigV4Signer(Credentials credentials, QString region, QString service);

    // `s3Style`: S3 does not normalise the path (no double encoding); other services do.
    Signed sign(Request request, const QDateTime& when, bool s3Style = true) const;

    static QByteArray sha256Hex(const QByteArray& data);
    static QByteArray uriEncode(const QByteArray& bytes, bool encodeSlash);
    static QByteArray signingKey(
        const QString& secret, const QByteArray& date, const QString& region, const QString& service);

private:
    Credentials m_credentials;
    QString m_region;
    QString m_service;
};

}  // namespace reelforge::adapters
