#include "adapters/publishing/s3/sigv4_signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>

#include <algorithm>
#include <map>

namespace reelforge::adapters {

namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

// Trims and collapses runs of spaces, as the canonical header value wants.
QByteArray canonicalValue(const QByteArray& value)
{
    return value.simplified();
}

// The path with each segment URI-encoded; for non-S3 services, "." and ".." are resolved.
QByteArray canonicalPath(const QUrl& url, bool s3Style)
{
    QByteArray path = url.path(QUrl::FullyDecoded).toUtf8();
    if (path.isEmpty())
        return "/";
    if (!s3Style) {
        QByteArrayList kept;
        for (const QByteArray& segment : path.split('/')) {
            if (segment == "..") {
                if (!kept.isEmpty())
                    kept.removeLast();
            } else if (!segment.isEmpty() && segment != ".") {
                kept << segment;
            }
        }
        QByteArray normal = "/" + kept.join('/');
        if (path.endsWith('/') && normal.size() > 1)
            normal += '/';
        path = normal;
    }
    QByteArray once = SigV4Signer::uriEncode(path, false);
    return s3Style ? once : SigV4Signer::uriEncode(once, false);
}

QByteArray canonicalQuery(const QUrl& url)
{
    std::vector<std::pair<QByteArray, QByteArray>> pairs;
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    if (query.isEmpty())
        return {};
    for (const QByteArray& item : query.split('&')) {
        const int eq = item.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? item : item.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(item.mid(eq + 1));
        pairs.emplace_back(SigV4Signer::uriEncode(key, true), SigV4Signer::uriEncode(value, true));
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArrayList out;
    for (const auto& [k, v] : pairs)
        out << k + '=' + v;
    return out.join('&');
}

}  // namespace

SigV4Signer::SigV4Signer(Credentials credentials, QString region, QString service)
    : m_credentials(std::move(credentials))
    , m_region(std::move(region))
    , m_service(std::move(service))
{
}

QByteArray SigV4Signer::sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::uriEncode(const QByteArray& bytes, bool encodeSlash)
{
    QByteArray out;
    out.reserve(bytes.size() * 3);
    static const char* hex = "0123456789ABCDEF";
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        const bool unreserved = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
            || u == '-' || u == '_' || u == '.' || u == '~';
        if (unreserved || (u == '/' && !encodeSlash)) {
            out += c;
        } else {
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 0x0F];
        }
    }
    return out;
}

QByteArray SigV4Signer::signingKey(
    const QString& secret, const QByteArray& date, const QString& region, const QString& service)
{
    const QByteArray kDate = hmac("AWS4" + secret.toUtf8(), date);
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, "aws4_request");
}

SigV4Signer::Signed SigV4Signer::sign(Request request, const QDateTime& when, bool s3Style) const
{
    const QDateTime utc = when.toUTC();
    const QByteArray amzDate = utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
    const QByteArray date = amzDate.left(8);
    Signed out;
    out.headers = request.headers;
    const auto has = [&](const QByteArray& name) {
        return std::any_of(out.headers.begin(), out.headers.end(),
            [&](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (!has("host")) {
        QByteArray host = request.url.host().toUtf8();
        if (request.url.port() > 0)
            host += ':' + QByteArray::number(request.url.port());
        out.headers.append({ "Host", host });
    }
    if (!has("x-amz-date"))
        out.headers.append({ "X-Amz-Date", amzDate });
    if (!m_credentials.sessionToken.isEmpty() && !has("x-amz-security-token"))
        out.headers.append({ "X-Amz-Security-Token", m_credentials.sessionToken.toUtf8() });

    std::map<QByteArray, QByteArrayList> byName;  // lower-case name -> values in order
    for (const auto& [name, value] : out.headers)
        byName[name.toLower()].append(canonicalValue(value));
    QByteArray canonicalHeaders;
    QByteArrayList signedNames;
    for (const auto& [name, values] : byName) {
        canonicalHeaders += name + ':' + values.join(',') + '\n';
        signedNames << name;
    }
    const QByteArray signedHeaders = signedNames.join(';');

    out.canonicalRequest = request.method + '\n' + canonicalPath(request.url, s3Style) + '\n'
        + canonicalQuery(request.url) + '\n' + canonicalHeaders + '\n' + signedHeaders + '\n'
        + request.payloadHash;
    const QByteArray scope = date + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + "/aws4_request";
    out.stringToSign = "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n' + sha256Hex(out.canonicalRequest);
    out.signature
        = hmac(signingKey(m_credentials.secretAccessKey, date, m_region, m_service), out.stringToSign)
              .toHex();
    out.authorization = "AWS4-HMAC-SHA256 Credential=" + m_credentials.accessKeyId.toUtf8() + '/' + scope
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + out.signature;
    return out;
}

}  // namespace reelforge::adapters
