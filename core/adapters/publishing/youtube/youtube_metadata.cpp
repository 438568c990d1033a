#include "adapters/publishing/youtube/youtube_metadata.h"

#include "adapters/publishing/shared/server_message.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace reelforge::adapters {

using domain::ErrorCode;

domain::Result<QJsonObject> YouTubeMetadata::videoResource(const domain::Publication& p)
{
    const QString title = p.title.trimmed();
    if (title.isEmpty() || title.size() > 100 || title.contains(QLatin1Char('<'))
        || title.contains(QLatin1Char('>')))
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("YouTube titles are 1 to 100 characters, without < or >"), title.left(120));
    if (p.description.toUtf8().size() > 5000 || p.description.contains(QLatin1Char('<'))
        || p.description.contains(QLatin1Char('>')))
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("YouTube descriptions are up to 5000 bytes, without < or >"));
    if (p.tags.join(QLatin1Char(',')).size() > 500)
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("YouTube tags are up to 500 characters in all"));
    QJsonObject snippet { { QStringLiteral("title"), title },
        { QStringLiteral("description"), p.description },
        { QStringLiteral("tags"), QJsonArray::fromStringList(p.tags) } };
    const QString category = p.options.value(QStringLiteral("category")).toString();
    snippet.insert(QStringLiteral("categoryId"),
        category.isEmpty() ? QStringLiteral("22") : category);  // 22: People & Blogs
    QJsonObject status { { QStringLiteral("selfDeclaredMadeForKids"),
        p.options.value(QStringLiteral("madeForKids")).toBool(false) } };
    const QDateTime publishAt = p.publishAt
        ? *p.publishAt
        : QDateTime::fromString(p.options.value(QStringLiteral("publishAt")).toString(), Qt::ISODate);
    if (publishAt.isValid()) {
        // A scheduled video stays private until publishAt; YouTube refuses any other privacy.
        status.insert(QStringLiteral("privacyStatus"), QStringLiteral("private"));
        status.insert(QStringLiteral("publishAt"), publishAt.toUTC().toString(Qt::ISODate));
    } else {
        status.insert(QStringLiteral("privacyStatus"), domain::privacyName(p.privacy));
    }
    return QJsonObject { { QStringLiteral("snippet"), snippet }, { QStringLiteral("status"), status } };
}

domain::Status YouTubeMetadata::checkThumbnail(const QString& path)
{
    if (path.isEmpty())
        return domain::ok();
    const QFileInfo info(path);
    if (!info.isFile())
        return domain::fail(ErrorCode::FileMissing, QStringLiteral("the thumbnail file is missing"), path);
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("jpg") && suffix != QLatin1String("jpeg") && suffix != QLatin1String("png"))
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("YouTube thumbnails are JPEG or PNG"), path);
    if (info.size() > kMaxThumbnailBytes)
        return domain::fail(ErrorCode::UploadRejected, QStringLiteral("YouTube thumbnails are at most 2 MB"),
            QStringLiteral("%1 bytes").arg(info.size()));
    return domain::ok();
}

domain::Error YouTubeMetadata::error(const QString& what, const HttpResponse& r)
{
    const QJsonObject error
        = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toObject();
    const QString reason = error.value(QStringLiteral("errors"))
                               .toArray()
                               .first()
                               .toObject()
                               .value(QStringLiteral("reason"))
                               .toString();
    if (reason == QLatin1String("quotaExceeded") || reason == QLatin1String("dailyLimitExceeded"))
        return { ErrorCode::QuotaExceeded,
            QStringLiteral(
                "YouTube's daily API quota for this app is used up; it resets at midnight Pacific time"),
            reason };
    if (reason == QLatin1String("uploadLimitExceeded"))
        return { ErrorCode::QuotaExceeded,
            QStringLiteral("this channel reached YouTube's upload limit for now; try again in 24 hours"),
            reason };
    if (reason == QLatin1String("rateLimitExceeded") || reason == QLatin1String("userRateLimitExceeded"))
        return { ErrorCode::IoError, QStringLiteral("YouTube asks to slow down"), reason };
    domain::Error e = httpError(what, r);
    if (!reason.isEmpty())
        e.detail = QStringLiteral("HTTP %1 %2").arg(r.status).arg(serverMessage(r.body));
    return e;
}

}  // namespace reelforge::adapters
