#pragma once

#include "application/interfaces/i_publisher.h"
#include "application/secrets/secret_redactor.h"

#include <memory>

namespace reelforge::adapters {

// Keeps the IPublisher promise that secrets never appear in an Error, whatever a platform's
// code put in it: every error the wrapped publisher returns goes through the redactor (the
// patterns and the secrets this process knows). The factory wraps every publisher it builds,
// so a new platform cannot leak by mistake. Same threading and ownership as the publisher.
class RedactingPublisher final : public application::IPublisher {
public:
    RedactingPublisher(std::unique_ptr<application::IPublisher> publisher,
        std::shared_ptr<const application::SecretRedactor> redactor);

    domain::Result<application::UploadSession> begin(const application::PublishRequest& request) override;
    domain::Result<application::UploadSession> resume(const application::PublishRequest& request,
        const application::UploadSession& session, application::UploadContext& context) override;
    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest& request, const application::UploadSession& session) override;
    domain::Status abort(const application::UploadSession& session) override;

private:
    template<typename T> domain::Result<T> clean(domain::Result<T> result) const;

    std::unique_ptr<application::IPublisher> m_publisher;
    std::shared_ptr<const application::SecretRedactor> m_redactor;
};

}  // namespace reelforge::adapters
