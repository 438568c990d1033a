#pragma once

#include "adapters/publishing/oauth/oauth_client.h"
#include "adapters/publishing/oauth/oauth_token_provider.h"
#include "adapters/publishing/shared/http_client.h"
#include "application/interfaces/i_publisher.h"

namespace reelforge::adapters {

// YouTube (Data API v3): videos.insert with the resumable protocol (chunks in multiples of
// 256 KiB), metadata and privacy (publishAt forces private), category, tags, made-for-kids,
// then thumbnails.set (<= 2 MB) and playlistItems.insert. OAuth tokens from the keychain are
// refreshed when they expire or when YouTube answers 401. `apiBase` is
// https://www.googleapis.com (tests point it at a local fake).
class YouTubePublisher final : public application::IPublisher {
public:
    static constexpr qint64 kDefaultChunkBytes = 8LL * 1024 * 1024;

    YouTubePublisher(
        QUrl apiBase, OAuthConfig oauth, application::ICredentialStore& credentials, QString credentialKey);

    domain::Result<application::UploadSession> begin(const application::PublishRequest& request) override;
    domain::Result<application::UploadSession> resume(const application::PublishRequest& request,
        const application::UploadSession& session, application::UploadContext& context) override;
    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest& request, const application::UploadSession& session) override;
    domain::Status abort(const application::UploadSession& session) override;

private:
    // Sends with the bearer token; on 401 refreshes once and sends again.
    domain::Result<HttpResponse> authorized(
        const QByteArray& verb, QNetworkRequest request, const QByteArray& body);
    domain::Status setThumbnail(const QString& videoId, const QString& path);
    domain::Status addToPlaylist(const QString& videoId, const QString& playlistId);

    HttpClient m_http;
    QUrl m_apiBase;
    OAuthClient m_oauth;
    OAuthTokenProvider m_tokens;
};

}  // namespace reelforge::adapters
