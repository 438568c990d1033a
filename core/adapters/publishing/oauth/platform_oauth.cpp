#include "adapters/publishing/oauth/platform_oauth.h"

namespace reelforge::adapters {

using domain::Platform;

std::optional<OAuthConfig> platformOAuth(const domain::Account& account, const QString& clientSecret)
{
    const QJsonObject& settings = account.settings;
    const QString clientId = settings.value(QStringLiteral("clientId")).toString();
    const auto url = [&](const QString& key, const QString& fallback) {
        return QUrl(settings.value(key).toString(fallback));
    };
    switch (account.platform) {
    case Platform::YouTube:
        return OAuthConfig { url(QStringLiteral("authorizeUrl"),
                                 QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")),
            url(QStringLiteral("tokenUrl"), QStringLiteral("https://oauth2.googleapis.com/token")), clientId,
            clientSecret,
            { QStringLiteral("https://www.googleapis.com/auth/youtube.upload"),
                QStringLiteral("https://www.googleapis.com/auth/youtube") },
            { { QStringLiteral("access_type"), QStringLiteral("offline") },
                { QStringLiteral("prompt"), QStringLiteral("consent") } } };
    case Platform::Vimeo: {
        OAuthConfig c { url(QStringLiteral("authorizeUrl"),
                            QStringLiteral("https://api.vimeo.com/oauth/authorize")),
            url(QStringLiteral("tokenUrl"), QStringLiteral("https://api.vimeo.com/oauth/access_token")),
            clientId, clientSecret,
            { QStringLiteral("public"), QStringLiteral("private"), QStringLiteral("upload"),
                QStringLiteral("edit") },
            {} };
        c.secretInBasicAuth = !clientSecret.isEmpty();
        return c;
    }
    case Platform::TikTok: {
        OAuthConfig c { url(QStringLiteral("authorizeUrl"),
                            QStringLiteral("https://www.tiktok.com/v2/auth/authorize/")),
            url(QStringLiteral("tokenUrl"), QStringLiteral("https://open.tiktokapis.com/v2/oauth/token/")),
            clientId, clientSecret,
            { QStringLiteral("user.info.basic"), QStringLiteral("video.publish"),
                QStringLiteral("video.upload") },
            {} };
        c.clientIdParameter = QStringLiteral("client_key");
        return c;
    }
    case Platform::PeerTube:
    case Platform::S3:
    case Platform::WebDav:
    case Platform::Tus:
    case Platform::Folder:
        break;
    }
    return std::nullopt;
}

}  // namespace reelforge::adapters
