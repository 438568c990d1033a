#include "adapters/publishing/publisher_factory.h"

#include "adapters/publishing/folder/folder_publisher.h"
#include "adapters/publishing/oauth/platform_oauth.h"
#include "adapters/publishing/peertube/peertube_publisher.h"
#include "adapters/publishing/redacting_publisher.h"
#include "adapters/publishing/s3/s3_publisher.h"
#include "adapters/publishing/tiktok/tiktok_publisher.h"
#include "adapters/publishing/tus/tus_publisher.h"
#include "adapters/publishing/vimeo/vimeo_publisher.h"
#include "adapters/publishing/webdav/webdav_publisher.h"
#include "adapters/publishing/youtube/youtube_publisher.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace reelforge::adapters {

using domain::ErrorCode;
using domain::Platform;

PublisherFactory::PublisherFactory(application::ICredentialStore& credentials, Options options)
    : m_options(std::move(options))
    , m_redactor(m_options.redactor ? m_options.redactor : std::make_shared<application::SecretRedactor>())
    , m_credentials(credentials, *m_redactor)
{
}

PublisherFactory::PublisherFactory(application::ICredentialStore& credentials)
    : PublisherFactory(credentials, Options {})
{
}

qint64 PublisherFactory::chunk(const domain::Account& account, qint64 fallback) const
{
    const qint64 configured = account.settings.value(QStringLiteral("chunkBytes")).toInteger();
    if (configured > 0)
        return configured;
    return m_options.chunkBytes > 0 ? m_options.chunkBytes : fallback;
}

domain::Result<QJsonObject> PublisherFactory::secrets(const domain::Account& account) const
{
    auto stored = m_credentials.read(account.credentialKey);
    if (!stored) {
        if (stored.error().code == ErrorCode::NotFound)
            return domain::fail(ErrorCode::AuthExpired,
                QStringLiteral("no credentials stored for this account: reconnect it"), account.name);
        return tl::unexpected(stored.error());
    }
    return QJsonDocument::fromJson(*stored).object();
}

domain::Result<std::unique_ptr<application::IPublisher>> PublisherFactory::s3(
    const domain::Account& account) const
{
    auto keys = secrets(account);
    if (!keys)
        return tl::unexpected(keys.error());
    SigV4Signer::Credentials credentials { keys->value(QStringLiteral("accessKeyId")).toString(),
        keys->value(QStringLiteral("secretAccessKey")).toString(),
        keys->value(QStringLiteral("sessionToken")).toString() };
    if (credentials.accessKeyId.isEmpty() || credentials.secretAccessKey.isEmpty())
        return domain::fail(ErrorCode::AuthExpired,
            QStringLiteral("the account has no storage keys: add them again"), account.name);
    const QString region
        = account.settings.value(QStringLiteral("region")).toString(QStringLiteral("us-east-1"));
    return std::make_unique<S3Publisher>(QUrl(account.endpoint), credentials, region);
}

domain::Result<OAuthConfig> PublisherFactory::oauth(
    const domain::Account& account, const QString& requireSignInFor) const
{
    auto keys = secrets(account);
    if (!keys)
        return tl::unexpected(keys.error());
    if (!requireSignInFor.isEmpty() && keys->value(QStringLiteral("accessToken")).toString().isEmpty())
        return domain::fail(ErrorCode::AuthExpired,
            QStringLiteral("the %1 account is not signed in: reconnect it").arg(requireSignInFor),
            account.name);
    return *platformOAuth(account, keys->value(QStringLiteral("clientSecret")).toString());
}

domain::Result<std::unique_ptr<application::IPublisher>> PublisherFactory::youtube(
    const domain::Account& account) const
{
    auto config = oauth(account);  // tokens, and the installed-app client secret Google issues
    if (!config)
        return tl::unexpected(config.error());
    const QUrl api(
        account.endpoint.isEmpty() ? QStringLiteral("https://www.googleapis.com") : account.endpoint);
    return std::make_unique<YouTubePublisher>(api, *config, m_credentials, account.credentialKey);
}

domain::Result<std::unique_ptr<application::IPublisher>> PublisherFactory::webdav(
    const domain::Account& account) const
{
    const QString username = account.settings.value(QStringLiteral("username")).toString();
    QString password;
    if (!username.isEmpty()) {
        auto keys = secrets(account);
        if (!keys)
            return tl::unexpected(keys.error());
        password = keys->value(QStringLiteral("password")).toString();
    }
    return std::make_unique<WebDavPublisher>(QUrl(account.endpoint), username, password,
        account.settings.value(QStringLiteral("nextcloud")).toBool());
}

domain::Result<std::unique_ptr<application::IPublisher>> PublisherFactory::vimeo(
    const domain::Account& account) const
{
    auto config = oauth(account, QStringLiteral("Vimeo"));
    if (!config)
        return tl::unexpected(config.error());
    const QUrl api(account.endpoint.isEmpty() ? QStringLiteral("https://api.vimeo.com") : account.endpoint);
    return std::make_unique<VimeoPublisher>(api, *config, m_credentials, account.credentialKey);
}

domain::Result<std::unique_ptr<application::IPublisher>> PublisherFactory::peertube(
    const domain::Account& account) const
{
    auto keys = secrets(account);
    if (!keys)
        return tl::unexpected(keys.error());
    return std::make_unique<PeerTubePublisher>(QUrl(account.endpoint),
        account.settings.value(QStringLiteral("username")).toString(),
        keys->value(QStringLiteral("password")).toString(),
        account.settings.value(QStringLiteral("channel")).toString());
}

domain::Result<std::unique_ptr<application::IPublisher>> PublisherFactory::tiktok(
    const domain::Account& account) const
{
    auto config = oauth(account, QStringLiteral("TikTok"));
    if (!config)
        return tl::unexpected(config.error());
    const QUrl api(
        account.endpoint.isEmpty() ? QStringLiteral("https://open.tiktokapis.com") : account.endpoint);
    return std::make_unique<TikTokPublisher>(api, *config, m_credentials, account.credentialKey,
        account.settings.value(QStringLiteral("pollMs")).toInt(3000));
}

domain::Result<std::unique_ptr<application::IPublisher>> PublisherFactory::create(
    const domain::Account& account) const
{
    auto built = build(account);
    if (!built)
        return tl::unexpected(m_redactor->redact(built.error()));
    return std::unique_ptr<application::IPublisher>(
        std::make_unique<RedactingPublisher>(std::move(*built), m_redactor));
}

domain::Result<std::unique_ptr<application::IPublisher>> PublisherFactory::build(
    const domain::Account& account) const
{
    switch (account.platform) {
    case Platform::Folder:
        return std::make_unique<FolderPublisher>(account.endpoint);
    case Platform::Tus:
        return std::make_unique<TusPublisher>(
            QUrl(account.endpoint), chunk(account, TusPublisher::kDefaultChunkBytes));
    case Platform::S3:
        return s3(account);
    case Platform::YouTube:
        return youtube(account);
    case Platform::WebDav:
        return webdav(account);
    case Platform::Vimeo:
        return vimeo(account);
    case Platform::PeerTube:
        return peertube(account);
    case Platform::TikTok:
        return tiktok(account);
    }
    return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("unknown platform"),
        domain::platformName(account.platform));
}

application::PublisherLimits PublisherFactory::limits(Platform platform) const
{
    constexpr qint64 kGiB = 1024LL * 1024 * 1024;
    switch (platform) {
    case Platform::YouTube:
        return { 256 * kGiB, 2, true };
    case Platform::Vimeo:
        return { 0, 2 };
    case Platform::PeerTube:
        return { 0, 2 };
    case Platform::TikTok:
        return { 4 * kGiB, 1 };
    case Platform::S3:
        return { 5 * 1024 * kGiB, 3 };  // 5 TiB: the largest S3 object
    case Platform::WebDav:
        return { 0, 2 };
    case Platform::Tus:
        return { 0, 3 };
    case Platform::Folder:
        return { 0, 2 };
    }
    return {};
}

}  // namespace reelforge::adapters
