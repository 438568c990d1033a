#include "application/secrets/secret_redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <functional>

namespace reelforge::application {

namespace {

// HTTP headers that carry credentials ("Name: value" up to the end of the line).
const QString kHeaderNames = QStringLiteral(
    "proxy-authorization|authorization|set-cookie|cookie|x-api-key|x-auth-token|x-access-token|"
    "private-token|x-goog-api-key|x-amz-security-token");
// Fields that carry credentials in query strings, forms, JSON and XML.
const QString kFieldNames = QStringLiteral(
    "access[_-]?token|refresh[_-]?token|id[_-]?token|session[_-]?token|auth[_-]?token|"
    "upload[_-]?token|private[_-]?token|client[_-]?secret|client[_-]?assertion|"
    "secret[_-]?access[_-]?key|api[_-]?key|password|passwd|passphrase|secret|token|"
    "code[_-]?verifier|x-amz-signature|x-amz-credential|x-amz-security-token|x-goog-signature|"
    "x-goog-credential|signature|credential|sig");
// OAuth authorization codes; not in XML, where <Code> is an error code (S3, WebDAV).
const QString kCodeName = QStringLiteral("code");
// Where a name starts: not inside a longer word, but right after a JSON-escaped line break
// ("...\nrefresh_token=...") it does.
const QString kStartOfName = QStringLiteral("(?:(?<=\\\\[nrt])|(?<![a-z0-9_]))");

QRegularExpression caseless(const QString& pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

// The patterns live as long as the process, never destroyed: the log message handler redacts
// what is printed while the process exits, after function-local statics are gone.
const QRegularExpression& immortal(QRegularExpression re)
{
    return *new QRegularExpression(std::move(re));  // NOLINT(cppcoreguidelines-owning-memory)
}

QString replaceEach(const QString& text, const QRegularExpression& re,
    const std::function<QString(const QRegularExpressionMatch&)>& replacement)
{
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += replacement(m);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

QString decodedBase64(const QString& token)
{
    for (const auto options : { QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding }) {
        const auto decoded = QByteArray::fromBase64Encoding(
            token.toLatin1(), options | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return QString::fromUtf8(*decoded);
    }
    return {};
}

// "Basic dXNlcjpwYXNz": HTTP Basic credentials decode to "user:password".
bool looksLikeCredential(const QString& scheme, const QString& token)
{
    if (scheme.compare(QLatin1String("basic"), Qt::CaseInsensitive) == 0
        && decodedBase64(token).contains(QLatin1Char(':')))
        return true;
    // Not an English word after the scheme ("Bearer realm"): a token has digits or symbols,
    // or is long.
    const bool lettersOnly = std::all_of(token.begin(), token.end(), [](QChar c) { return c.isLetter(); });
    return token.size() >= 8 && (!lettersOnly || token.size() >= 20);
}

QString redactPatterns(const QString& text)
{
    const QString mark = redactionMark();
    const QString allKeys = kHeaderNames + QLatin1Char('|') + kFieldNames + QLatin1Char('|') + kCodeName;
    static const QRegularExpression& userInfo
        = immortal(caseless(QStringLiteral("\\b([a-z][a-z0-9+.-]*://)[^/\\s?#@\"'<>\\\\]+@")));
    static const QRegularExpression& headerLine
        = immortal(caseless(QStringLiteral("%1((?:%2)[ \\t]*:[ \\t]*)[^\\r\\n\"\\\\]+")
                                .arg(kStartOfName + QStringLiteral("(?<!-)"), kHeaderNames)));
    static const QRegularExpression& scheme
        = immortal(caseless(QStringLiteral("%1(basic|bearer|negotiate|ntlm|oauth)([ \\t]+)([a-z0-9._~+/=-]+)")
                                .arg(kStartOfName)));
    static const QRegularExpression& json = immortal(caseless(
        QStringLiteral("((['\"])(?:%1)\\2\\s*:\\s*(['\"]))((?:(?!\\3)[^\\\\]|\\\\.)*)(\\3)").arg(allKeys)));
    static const QRegularExpression& escapedJson = immortal(caseless(
        QStringLiteral("(\\\\\"(?:%1)\\\\\"\\s*:\\s*\\\\\")((?:[^\\\\]|\\\\[^\"])*)(\\\\\")").arg(allKeys)));
    static const QRegularExpression& xml
        = immortal(caseless(QStringLiteral("(<(?:[a-z0-9_.-]+:)?(?:%1|%2)(?:\\s[^>]*)?>)[^<]*(</)")
                                .arg(kHeaderNames, kFieldNames)));
    static const QRegularExpression& field
        = immortal(caseless(QStringLiteral("(%1(?:%2)\\s*=\\s*)(\"[^\"]*\"|'[^']*'|[^\\s&\"'<>,;#\\\\]+)")
                                .arg(kStartOfName, allKeys)));

    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1") + mark + QLatin1Char('@'));
    out.replace(headerLine, QStringLiteral("\\1") + mark);
    out = replaceEach(out, scheme, [&](const QRegularExpressionMatch& m) {
        return looksLikeCredential(m.captured(1), m.captured(3)) ? m.captured(1) + m.captured(2) + mark
                                                                 : m.captured(0);
    });
    out.replace(json, QStringLiteral("\\1") + mark + QStringLiteral("\\5"));
    out.replace(escapedJson, QStringLiteral("\\1") + mark + QStringLiteral("\\3"));
    out.replace(xml, QStringLiteral("\\1") + mark + QStringLiteral("\\2"));
    out.replace(field, QStringLiteral("\\1") + mark);
    return out;
}

// The ways a secret is written in URLs, forms, JSON and headers.
QStringList encodedForms(const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QString json = secret;
    json.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""))
        .replace(QLatin1Char('/'), QStringLiteral("\\/"));
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    QString plus = percent;
    plus.replace(QStringLiteral("%20"), QStringLiteral("+"));
    QStringList forms { secret, json, percent, plus, QString::fromLatin1(utf8.toBase64()),
        QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
        QString::fromLatin1(utf8.toBase64(QByteArray::OmitTrailingEquals)) };
    forms.removeDuplicates();
    return forms;
}

bool isSecretField(const QString& name)
{
    const QString lower = name.toLower();
    const auto parts = { "password", "passphrase", "token", "secret", "apikey", "api_key" };
    return std::any_of(
        parts.begin(), parts.end(), [&](const char* part) { return lower.contains(QLatin1String(part)); });
}

}  // namespace

QString redactionMark()
{
    return QStringLiteral("[redacted]");
}

QString redactSecrets(const QString& text)
{
    return redactPatterns(text);
}

domain::Error redactSecrets(const domain::Error& error)
{
    return { error.code, redactSecrets(error.message), redactSecrets(error.detail) };
}

void SecretRedactor::remember(const QString& secret)
{
    if (secret.size() < kMinimumLength || secret == redactionMark())
        return;
    std::lock_guard lock(m_mutex);
    m_secrets.removeAll(secret);
    m_secrets.append(secret);
    while (m_secrets.size() > kMaximumRemembered)
        m_secrets.removeFirst();
}

void SecretRedactor::rememberCredential(const QByteArray& stored)
{
    const QJsonDocument doc = QJsonDocument::fromJson(stored);
    if (!doc.isObject()) {
        remember(QString::fromUtf8(stored).trimmed());  // an opaque secret
        return;
    }
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (it.value().isString() && isSecretField(it.key()))
            remember(it.value().toString());
}

QString SecretRedactor::redactKnown(const QString& text) const
{
    QStringList secrets;
    {
        std::lock_guard lock(m_mutex);
        secrets = m_secrets;
    }
    if (secrets.isEmpty())
        return text;
    QString out = text;
    // Base64 that decodes to a text holding a secret ("user:password" of HTTP Basic).
    static const QRegularExpression& base64
        = immortal(QRegularExpression(QStringLiteral("[A-Za-z0-9+/_-]{8,}={0,2}")));
    out = replaceEach(out, base64, [&](const QRegularExpressionMatch& m) {
        const QString decoded = decodedBase64(m.captured(0));
        const bool holdsSecret = !decoded.isEmpty()
            && std::any_of(
                secrets.begin(), secrets.end(), [&](const QString& s) { return decoded.contains(s); });
        return holdsSecret ? redactionMark() : m.captured(0);
    });
    QStringList forms;
    for (const QString& secret : secrets)
        forms += encodedForms(secret);
    // Longest first: a secret that contains another goes as a whole.
    std::sort(
        forms.begin(), forms.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& form : forms)
        if (form.size() >= kMinimumLength)
            out.replace(form, redactionMark());
    return out;
}

QString SecretRedactor::redact(const QString& text) const
{
    // Known values first: a pattern could cut a secret in two and leave a piece behind.
    return redactPatterns(redactKnown(text));
}

domain::Error SecretRedactor::redact(const domain::Error& error) const
{
    return { error.code, redact(error.message), redact(error.detail) };
}

}  // namespace reelforge::application
