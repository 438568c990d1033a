#include "adapters/publishing/publisher_factory.h"

#include "adapters/publishing/folder/folder_publisher.h"
#include "adapters/publishing/tus/tus_publisher.h"

#include <QUrl>

namespace reelforge::adapters {

using domain::ErrorCode;
using domain::Platform;

PublisherFactory::PublisherFactory(application::ICredentialStore& credentials, Options options)
    : m_credentials(credentials), m_options(options)
{
}

PublisherFactory::PublisherFactory(application::ICredentialStore& credentials) : PublisherFactory(credentials, Options{}) {}

qint64 PublisherFactory::chunk(const domain::Account& account, qint64 fallback) const
{
    const qint64 configured = account.settings.value(QStringLiteral("chunkBytes")).toInteger();
    if (configured > 0)
        return configured;
    return m_options.chunkBytes > 0 ? m_options.chunkBytes : fallback;
}

domain::Result<std::unique_ptr<application::IPublisher>> PublisherFactory::create(const domain::Account& account) const
{
    switch (account.platform) {
    case Platform::Folder:
        return std::make_unique<FolderPublisher>(account.endpoint);
    case Platform::Tus:
        return std::make_unique<TusPublisher>(QUrl(account.endpoint), chunk(account, TusPublisher::kDefaultChunkBytes));
    case Platform::S3:
    case Platform::WebDav:
    case Platform::YouTube:
    case Platform::Vimeo:
    case Platform::PeerTube:
    case Platform::TikTok:
        break;
    }
    return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("publishing to this platform is not available yet"),
                        domain::platformName(account.platform));
}

application::PublisherLimits PublisherFactory::limits(Platform platform) const
{
    constexpr qint64 kGiB = 1024LL * 1024 * 1024;
    switch (platform) {
    case Platform::YouTube: return {256 * kGiB, 2};
    case Platform::Vimeo: return {0, 2};
    case Platform::PeerTube: return {0, 2};
    case Platform::TikTok: return {4 * kGiB, 1};
    case Platform::S3: return {5 * 1024 * kGiB, 3};  // 5 TiB: the largest S3 object
    case Platform::WebDav: return {0, 2};
    case Platform::Tus: return {0, 3};
    case Platform::Folder: return {0, 2};
    }
    return {};
}

}  // namespace reelforge::adapters
