#include "adapters/publishing/shared/server_message.h"

#include "application/secrets/secret_redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace reelforge::adapters {

namespace {

struct CodeAndMessage {
    QString code;
    QString message;
};

QString text(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QString firstOf(const QJsonObject& object, std::initializer_list<const char*> names)
{
    for (const char* name : names)
        if (QString value = text(object.value(QLatin1String(name))); !value.isEmpty())
            return value;
    return {};
}

CodeAndMessage fromJson(const QJsonObject& answer)
{
    const QJsonValue error = answer.value(QStringLiteral("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QString reason = e.value(QStringLiteral("errors"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("reason"))
                                   .toString();
        return { reason.isEmpty() ? firstOf(e, { "status", "code" }) : reason, firstOf(e, { "message" }) };
    }
    if (error.isString())
        return { error.toString(),
            firstOf(answer, { "error_description", "developer_message", "message", "detail" }) };
    return { firstOf(answer, { "code", "error_code" }), firstOf(answer, { "detail", "message", "title" }) };
}

CodeAndMessage fromXml(const QByteArray& body)
{
    QXmlStreamReader reader(body);
    CodeAndMessage out;
    bool inError = false;
    while (!reader.atEnd() && !reader.hasError()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = reader.name();
        if (!inError) {
            // The root: S3's <Error>, WebDAV's <d:error>; any other document is not an error.
            if (name.compare(QLatin1String("error"), Qt::CaseInsensitive) != 0)
                return {};
            inError = true;
        } else if (out.code.isEmpty()
            && (name == QLatin1String("Code") || name == QLatin1String("exception"))) {
            out.code = reader.readElementText(QXmlStreamReader::SkipChildElements);
        } else if (out.message.isEmpty()
            && (name == QLatin1String("Message") || name == QLatin1String("message"))) {
            out.message = reader.readElementText(QXmlStreamReader::SkipChildElements);
        }
    }
    return out;
}

}  // namespace

QString shortServerText(const QString& text, int maxLength)
{
    // Redacted before it is cut: a cut could leave a piece of a secret no rule recognises.
    QString out = application::redactSecrets(text).simplified();
    if (out.size() > maxLength)
        out = out.left(maxLength - 1) + QChar(0x2026);
    return out;
}

QString serverMessage(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    CodeAndMessage found;
    if (trimmed.startsWith('{'))
        found = fromJson(QJsonDocument::fromJson(trimmed).object());
    else if (trimmed.startsWith('<'))
        found = fromXml(trimmed);
    QString code = shortServerText(found.code, 60);
    QString message = shortServerText(found.message, kMaxServerMessage);
    if (code.isEmpty())
        return message;
    if (message.isEmpty() || message == code)
        return code;
    return shortServerText(code + QStringLiteral(": ") + message, kMaxServerMessage);
}

}  // namespace reelforge::adapters
