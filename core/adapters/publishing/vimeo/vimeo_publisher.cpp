#include "adapters/publishing/vimeo/vimeo_publisher.h"

#include "adapters/publishing/shared/chunk_size.h"
#include "adapters/publishing/tus/tus_protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace reelforge::adapters {

using application::UploadSession;
using domain::ErrorCode;

namespace {

QString vimeoView(domain::Privacy privacy)
{
    switch (privacy) {
    case domain::Privacy::Public:
        return QStringLiteral("anybody");
    case domain::Privacy::Unlisted:
        return QStringLiteral("unlisted");
    case domain::Privacy::Private:
        return QStringLiteral("nobody");
    }
    return QStringLiteral("nobody");
}

}  // namespace

VimeoPublisher::VimeoPublisher(
    QUrl apiBase, OAuthConfig oauth, application::ICredentialStore& credentials, QString credentialKey)
    : m_apiBase(std::move(apiBase))
    , m_oauth(m_http, std::move(oauth))
    , m_tokens(credentials, std::move(credentialKey), m_oauth)
{
}

QNetworkRequest VimeoPublisher::apiRequest(const QString& path) const
{
    QNetworkRequest r = makeRequest(m_apiBase.resolved(QUrl(path)));
    r.setRawHeader("Accept", "application/vnd.vimeo.*+json;version=3.4");
    return r;
}

domain::Result<UploadSession> VimeoPublisher::begin(const application::PublishRequest& request)
{
    const domain::Publication& p = request.publication;
    QJsonObject body { { QStringLiteral("upload"),
                           QJsonObject { { QStringLiteral("approach"), QStringLiteral("tus") },
                               { QStringLiteral("size"), request.fileSize } } },
        { QStringLiteral("name"), p.title }, { QStringLiteral("description"), p.description },
        { QStringLiteral("privacy"), QJsonObject { { QStringLiteral("view"), vimeoView(p.privacy) } } } };
    QNetworkRequest r = apiRequest(QStringLiteral("/me/videos"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    auto reply
        = m_tokens.send(m_http, "POST", r, QJsonDocument(body).toJson(QJsonDocument::Compact), "bearer");
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess()) {
        domain::Error e = httpError(QStringLiteral("Vimeo create video"), *reply);
        if (reply->status == 403 || reply->body.contains("quota"))
            e = { ErrorCode::QuotaExceeded,
                QStringLiteral("Vimeo refused the upload: the account's upload quota is used up"), e.detail };
        return tl::unexpected(e);
    }
    const QJsonObject video = QJsonDocument::fromJson(reply->body).object();
    const QString link
        = video.value(QStringLiteral("upload")).toObject().value(QStringLiteral("upload_link")).toString();
    if (link.isEmpty())
        return domain::fail(ErrorCode::UploadRejected, QStringLiteral("Vimeo gave no upload link"));
    UploadSession session;
    session.url = link;
    session.total = request.fileSize;
    session.extra.insert(QStringLiteral("uri"), video.value(QStringLiteral("uri")).toString());
    session.extra.insert(QStringLiteral("link"), video.value(QStringLiteral("link")).toString());
    return session;
}

domain::Result<UploadSession> VimeoPublisher::resume(const application::PublishRequest& request,
    const UploadSession& session, application::UploadContext& context)
{
    CancellationScope scope(m_http, context.cancel);
    TusProtocol tus(m_http, chunkSizeFor(request, kDefaultChunkBytes));
    return tus.sendRest(request.filePath, session, context);
}

domain::Result<application::PublishedRef> VimeoPublisher::finish(
    const application::PublishRequest&, const UploadSession& session)
{
    const QString uri = session.extra.value(QStringLiteral("uri")).toString();  // "/videos/123"
    QString link = session.extra.value(QStringLiteral("link")).toString();
    if (link.isEmpty())
        link = QStringLiteral("https://vimeo.com/") + uri.section(QLatin1Char('/'), -1);
    return application::PublishedRef { uri.section(QLatin1Char('/'), -1), link, false };
}

domain::Status VimeoPublisher::abort(const UploadSession& session)
{
    // Vimeo's tus links do not take DELETE; deleting the video the upload belongs to drops it.
    const QString uri = session.extra.value(QStringLiteral("uri")).toString();
    if (uri.isEmpty())
        return domain::ok();
    auto reply = m_tokens.send(m_http, "DELETE", apiRequest(uri), {}, "bearer");
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess() && reply->status != 404)
        return tl::unexpected(httpError(QStringLiteral("Vimeo delete video"), *reply));
    return domain::ok();
}

}  // namespace reelforge::adapters
