#pragma once

#include "adapters/publishing/oauth/oauth_client.h"
#include "adapters/publishing/oauth/oauth_token_provider.h"
#include "adapters/publishing/shared/http_client.h"
#include "application/interfaces/i_publisher.h"

namespace reelforge::adapters {

// Vimeo (API 3.4): the video is created with the tus approach (POST /me/videos with
// upload.approach = "tus", name, description, privacy), which returns a tus upload link; the
// bytes then go by tus (see TusProtocol), resumable from the offset Vimeo reports. The token
// from the keychain is refreshed (rotated refresh token saved) when it expires or Vimeo
// answers 401; a token without expiry (personal access token) is used as is; a refused
// refresh means the account must be reconnected. Cancelling deletes the unfinished video.
// `apiBase` is https://api.vimeo.com (tests point it at a local fake).
class VimeoPublisher final : public application::IPublisher {
public:
    static constexpr qint64 kDefaultChunkBytes = 64LL * 1024 * 1024;

    VimeoPublisher(
        QUrl apiBase, OAuthConfig oauth, application::ICredentialStore& credentials, QString credentialKey);

    domain::Result<application::UploadSession> begin(const application::PublishRequest& request) override;
    domain::Result<application::UploadSession> resume(const application::PublishRequest& request,
        const application::UploadSession& session, application::UploadContext& context) override;
    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest& request, const application::UploadSession& session) override;
    domain::Status abort(const application::UploadSession& session) override;

private:
    QNetworkRequest apiRequest(const QString& path) const;

    HttpClient m_http;
    QUrl m_apiBase;
    OAuthClient m_oauth;
    OAuthTokenProvider m_tokens;
};

}  // namespace reelforge::adapters
