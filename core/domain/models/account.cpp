#include "domain/models/account.h"

#include <QUrl>

#include <array>

namespace reelforge::domain {

namespace {
constexpr std::array kPlatforms { Platform::YouTube, Platform::Vimeo, Platform::PeerTube, Platform::TikTok,
    Platform::S3, Platform::WebDav, Platform::Tus, Platform::Folder };

bool needsEndpoint(Platform p)
{
    return p == Platform::PeerTube || p == Platform::S3 || p == Platform::WebDav || p == Platform::Tus
        || p == Platform::Folder;
}
}  // namespace

QString platformName(Platform platform)
{
    switch (platform) {
    case Platform::YouTube:
        return QStringLiteral("youtube");
    case Platform::Vimeo:
        return QStringLiteral("vimeo");
    case Platform::PeerTube:
        return QStringLiteral("peertube");
    case Platform::TikTok:
        return QStringLiteral("tiktok");
    case Platform::S3:
        return QStringLiteral("s3");
    case Platform::WebDav:
        return QStringLiteral("webdav");
    case Platform::Tus:
        return QStringLiteral("tus");
    case Platform::Folder:
        return QStringLiteral("folder");
    }
    return QStringLiteral("folder");
}

Result<Platform> parsePlatform(const QString& name)
{
    for (Platform p : kPlatforms) {
        if (platformName(p) == name)
            return p;
    }
    return fail(ErrorCode::InvalidArgument, QStringLiteral("unknown platform"), name);
}

Status Account::validate() const
{
    if (id.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("account id is empty"));
    if (name.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("account name is empty"), id);
    if (needsEndpoint(platform) && endpoint.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("account needs an endpoint"), name);
    if (platform != Platform::Folder && !endpoint.isEmpty()) {
        const QUrl url(endpoint);
        if (!url.isValid()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("account endpoint is not an http(s) URL"),
                endpoint);
    }
    return ok();
}

}  // namespace reelforge::domain
