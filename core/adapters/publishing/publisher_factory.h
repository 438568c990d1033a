#pragma once

#include "application/interfaces/i_credential_store.h"
#include "application/interfaces/i_publisher_factory.h"
#include "application/secrets/remembering_credential_store.h"
#include "application/secrets/secret_redactor.h"

#include <QJsonObject>

namespace reelforge::adapters {

struct OAuthConfig;

// Builds the publisher of an account's platform with its settings and secrets (read from the
// credential store on the worker thread, never kept beyond the publisher's life). Every
// publisher comes wrapped in a RedactingPublisher, and every secret read or written through the
// factory's publishers is remembered by the redactor, so no error carries one.
class PublisherFactory final : public application::IPublisherFactory {
public:
    struct Options {
        qint64 chunkBytes = 0;  // 0: each protocol's default; tests use small chunks
        // Shared with the rest of the process (repositories, logs); null: one of its own.
        std::shared_ptr<application::SecretRedactor> redactor;
    };

    PublisherFactory(application::ICredentialStore& credentials, Options options);
    explicit PublisherFactory(application::ICredentialStore& credentials);

    domain::Result<std::unique_ptr<application::IPublisher>> create(
        const domain::Account& account) const override;
    application::PublisherLimits limits(domain::Platform platform) const override;

private:
    domain::Result<std::unique_ptr<application::IPublisher>> build(const domain::Account& account) const;
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

    Options m_options;
    std::shared_ptr<application::SecretRedactor> m_redactor;
    mutable application::RememberingCredentialStore m_credentials;  // thread-safe, as the store is
};

}  // namespace reelforge::adapters
