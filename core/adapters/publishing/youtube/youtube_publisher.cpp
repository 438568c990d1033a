#include "adapters/publishing/youtube/youtube_publisher.h"

#include "adapters/publishing/shared/chunk_size.h"
#include "adapters/publishing/shared/google_resumable_upload.h"
#include "adapters/publishing/youtube/youtube_metadata.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace reelforge::adapters {

using application::UploadSession;
using domain::ErrorCode;

YouTubePublisher::YouTubePublisher(
    QUrl apiBase, OAuthConfig oauth, application::ICredentialStore& credentials, QString credentialKey)
    : m_apiBase(std::move(apiBase))
    , m_oauth(m_http, std::move(oauth))
    , m_tokens(credentials, std::move(credentialKey), m_oauth)
{
}

domain::Result<HttpResponse> YouTubePublisher::authorized(
    const QByteArray& verb, QNetworkRequest request, const QByteArray& body)
{
    auto token = m_tokens.accessToken();
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!token)
            return tl::unexpected(token.error());
        request.setRawHeader("Authorization", "Bearer " + token->toUtf8());
        auto reply = m_http.send(verb, request, body);
        if (!reply || reply->status != 401)
            return reply;
        token = m_tokens.refreshNow();  // the access token expired early or was revoked
    }
    return domain::fail(
        ErrorCode::AuthExpired, QStringLiteral("YouTube refused the account's sign-in: reconnect it"));
}

domain::Result<UploadSession> YouTubePublisher::begin(const application::PublishRequest& request)
{
    auto resource = YouTubeMetadata::videoResource(request.publication);
    if (!resource)
        return tl::unexpected(resource.error());
    if (domain::Status s = YouTubeMetadata::checkThumbnail(
            request.publication.options.value(QStringLiteral("thumbnail")).toString());
        !s)
        return tl::unexpected(s.error());
    QUrl init = m_apiBase.resolved(QUrl(QStringLiteral("/upload/youtube/v3/videos")));
    init.setQuery(QStringLiteral("uploadType=resumable&part=snippet,status"));
    QNetworkRequest r = makeRequest(init);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=UTF-8"));
    r.setRawHeader("X-Upload-Content-Length", QByteArray::number(request.fileSize));
    r.setRawHeader("X-Upload-Content-Type", request.contentType.toUtf8());
    auto reply = authorized("POST", r, QJsonDocument(*resource).toJson(QJsonDocument::Compact));
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess())
        return tl::unexpected(YouTubeMetadata::error(QStringLiteral("YouTube upload start"), *reply));
    auto uri = GoogleResumableUpload::sessionFrom(init, *reply);
    if (!uri)
        return tl::unexpected(uri.error());
    UploadSession session;
    session.url = uri->toString(QUrl::FullyEncoded);
    session.total = request.fileSize;
    session.expiresAt = QDateTime::currentDateTimeUtc().addDays(7);  // YouTube keeps sessions about a week
    return session;
}

domain::Result<UploadSession> YouTubePublisher::resume(const application::PublishRequest& request,
    const UploadSession& session, application::UploadContext& context)
{
    GoogleResumableUpload upload(m_http, [&](QNetworkRequest& r) -> domain::Status {
        auto token = m_tokens.accessToken();
        if (!token)
            return tl::unexpected(token.error());
        r.setRawHeader("Authorization", "Bearer " + token->toUtf8());
        return domain::ok();
    });
    auto done = upload.sendRest(request.filePath, session, context,
        chunkSizeFor(request, kDefaultChunkBytes, 256 * 1024, qint64 { 1 } << 31, 256 * 1024));
    if (!done && done.error().code == ErrorCode::AuthExpired) {
        // The access token expired mid-upload: refresh (a refused refresh is final) and let the
        // caller continue from the server's offset.
        if (auto token = m_tokens.refreshNow(); !token)
            return tl::unexpected(token.error());
        return domain::fail(
            ErrorCode::IoError, QStringLiteral("YouTube sign-in refreshed during the upload"));
    }
    return done;
}

domain::Status YouTubePublisher::setThumbnail(const QString& videoId, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::fail(ErrorCode::FileMissing, QStringLiteral("the thumbnail file is missing"), path);
    QUrl url = m_apiBase.resolved(QUrl(QStringLiteral("/upload/youtube/v3/thumbnails/set")));
    url.setQuery(QStringLiteral("videoId=") + videoId);
    QNetworkRequest r = makeRequest(url);
    const bool png = QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0;
    r.setHeader(QNetworkRequest::ContentTypeHeader,
        png ? QByteArrayLiteral("image/png") : QByteArrayLiteral("image/jpeg"));
    auto reply = authorized("POST", r, file.readAll());  // at most 2 MB, checked in begin()
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess())
        return tl::unexpected(YouTubeMetadata::error(QStringLiteral("YouTube thumbnail"), *reply));
    return domain::ok();
}

domain::Status YouTubePublisher::addToPlaylist(const QString& videoId, const QString& playlistId)
{
    QUrl url = m_apiBase.resolved(QUrl(QStringLiteral("/youtube/v3/playlistItems")));
    url.setQuery(QStringLiteral("part=snippet"));
    QNetworkRequest r = makeRequest(url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=UTF-8"));
    const QJsonObject body { { QStringLiteral("snippet"),
        QJsonObject { { QStringLiteral("playlistId"), playlistId },
            { QStringLiteral("resourceId"),
                QJsonObject { { QStringLiteral("kind"), QStringLiteral("youtube#video") },
                    { QStringLiteral("videoId"), videoId } } } } } };
    auto reply = authorized("POST", r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess())
        return tl::unexpected(YouTubeMetadata::error(QStringLiteral("YouTube playlist"), *reply));
    return domain::ok();
}

domain::Result<application::PublishedRef> YouTubePublisher::finish(
    const application::PublishRequest& request, const UploadSession& session)
{
    const QString videoId
        = session.extra.value(QStringLiteral("resource")).toObject().value(QStringLiteral("id")).toString();
    if (videoId.isEmpty())
        return domain::fail(ErrorCode::UploadRejected, QStringLiteral("YouTube did not return the video"));
    const QJsonObject& options = request.publication.options;
    // Thumbnail and playlist are retried by the caller on transient errors; repeating them is harmless.
    if (const QString thumb = options.value(QStringLiteral("thumbnail")).toString(); !thumb.isEmpty())
        if (domain::Status s = setThumbnail(videoId, thumb); !s)
            return tl::unexpected(s.error());
    if (const QString playlist = options.value(QStringLiteral("playlist")).toString(); !playlist.isEmpty())
        if (domain::Status s = addToPlaylist(videoId, playlist); !s)
            return tl::unexpected(s.error());
    return application::PublishedRef { videoId, QStringLiteral("https://www.youtube.com/watch?v=") + videoId,
        false };
}

domain::Status YouTubePublisher::abort(const UploadSession& session)
{
    if (session.url.isEmpty())
        return domain::ok();
    GoogleResumableUpload upload(m_http, [&](QNetworkRequest& r) -> domain::Status {
        auto token = m_tokens.accessToken();
        if (!token)
            return tl::unexpected(token.error());
        r.setRawHeader("Authorization", "Bearer " + token->toUtf8());
        return domain::ok();
    });
    return upload.cancel(QUrl(session.url));
}

}  // namespace reelforge::adapters
