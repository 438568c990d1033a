#include "adapters/publishing/tus/tus_publisher.h"

#include "adapters/publishing/shared/chunk_size.h"
#include "adapters/publishing/tus/tus_protocol.h"

#include <QFileInfo>

namespace reelforge::adapters {

using application::UploadSession;

TusPublisher::TusPublisher(QUrl endpoint, qint64 chunkBytes)
    : m_endpoint(std::move(endpoint))
    , m_chunkBytes(chunkBytes)
{
}

domain::Result<UploadSession> TusPublisher::begin(const application::PublishRequest& request)
{
    TusProtocol tus(m_http, m_chunkBytes);
    auto url = tus.create(m_endpoint, request.fileSize,
        { { "filename", QFileInfo(request.filePath).fileName() }, { "filetype", request.contentType },
            { "title", request.publication.title } });
    if (!url)
        return tl::unexpected(url.error());
    UploadSession session;
    session.url = url->toString();
    session.total = request.fileSize;
    return session;
}

domain::Result<UploadSession> TusPublisher::resume(const application::PublishRequest& request,
    const UploadSession& session, application::UploadContext& context)
{
    CancellationScope scope(m_http, context.cancel);
    TusProtocol tus(m_http, chunkSizeFor(request, m_chunkBytes));
    return tus.sendRest(request.filePath, session, context);
}

domain::Result<application::PublishedRef> TusPublisher::finish(
    const application::PublishRequest&, const UploadSession& session)
{
    return application::PublishedRef { QUrl(session.url).path().section(QLatin1Char('/'), -1), session.url,
        false };
}

domain::Status TusPublisher::abort(const UploadSession& session)
{
    if (session.url.isEmpty())
        return domain::ok();
    TusProtocol tus(m_http, m_chunkBytes);
    // Only servers with the termination extension accept DELETE; others expire the upload.
    auto extensions = tus.extensions(m_endpoint);
    if (!extensions)
        return tl::unexpected(extensions.error());
    if (!extensions->contains("termination"))
        return domain::fail(domain::ErrorCode::UploadRejected,
            QStringLiteral("the tus server cannot delete uploads (no termination extension)"), session.url);
    return tus.remove(QUrl(session.url));
}

}  // namespace reelforge::adapters
