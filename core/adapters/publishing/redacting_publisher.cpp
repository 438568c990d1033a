#include "adapters/publishing/redacting_publisher.h"

namespace reelforge::adapters {

using application::PublishedRef;
using application::UploadSession;

RedactingPublisher::RedactingPublisher(std::unique_ptr<application::IPublisher> publisher,
    std::shared_ptr<const application::SecretRedactor> redactor)
    : m_publisher(std::move(publisher))
    , m_redactor(std::move(redactor))
{
}

template<typename T> domain::Result<T> RedactingPublisher::clean(domain::Result<T> result) const
{
    if (!result)
        return tl::unexpected(m_redactor->redact(result.error()));
    return result;
}

domain::Result<UploadSession> RedactingPublisher::begin(const application::PublishRequest& request)
{
    return clean(m_publisher->begin(request));
}

domain::Result<UploadSession> RedactingPublisher::resume(const application::PublishRequest& request,
    const UploadSession& session, application::UploadContext& context)
{
    return clean(m_publisher->resume(request, session, context));
}

domain::Result<PublishedRef> RedactingPublisher::finish(
    const application::PublishRequest& request, const UploadSession& session)
{
    return clean(m_publisher->finish(request, session));
}

domain::Status RedactingPublisher::abort(const UploadSession& session)
{
    return clean(m_publisher->abort(session));
}

}  // namespace reelforge::adapters
