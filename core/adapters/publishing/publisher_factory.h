#pragma once

#include "application/interfaces/i_credential_store.h"
#include "application/interfaces/i_publisher_factory.h"

#include <QJsonObject>

namespace reelforge::adapters {

struct OAuthConfig;

// Builds the publisher of an account's platform with its settings and secrets (read from the
// credential store on the worker thread, never kept beyond the publisher's life).
class PublisherFactory final : public application::IPublisherFactory {
public:
    struct Options {
        qint64 chunkBytes = 0;  // 0: each protocol's default; tests use small chunks
    };

    PublisherFactory(application::ICredentialStore& credentials, Options options);
    explicit PublisherFactory(application::ICredentialStore& credentials);

    domain::Result<std::unique_ptr<application::IPublisher>> create(
        const domain::Account& account) const override;
    application::PublisherLimits limits(domain::Platform platform) const override;

private:
    qint64 chunk(const domain::Account& account, qint64 fallback) const;
    // The account's secret JSON from the keychain; AuthExpired when there is none.
    domain::Result<QJsonObject> secrets(const domain::Account& account) const;
    // The OAuth settings of a browser-signed-in account (its keychain entry holds the tokens and
    // the app's client secret where the platform issues one). With a platform name, an entry
    // without an access token is AuthExpired ("the NAME account is not signed in").
    domain::Result<OAuthConfig> oauth(
        const domain::Account& account, const QString& requireSignInFor = {}) const;
    domain::Result<std::unique_ptr<application::IPublisher>> s3(const domain::Account& account) const;
    domain::Result<std::unique_ptr<application::IPublisher>> youtube(const domain::Account& account) const;
    domain::Result<std::unique_ptr<application::IPublisher>> webdav(const domain::Account& account) const;
    domain::Result<std::unique_ptr<application::IPublisher>> vimeo(const domain::Account& account) const;
    domain::Result<std::unique_ptr<application::IPublisher>> peertube(const domain::Account& account) const;
    domain::Result<std::unique_ptr<application::IPublisher>> tiktok(const domain::Account& account) const;

    application::ICredentialStore& m_credentials;
    Options m_options;
};

}  // namespace reelforge::adapters
