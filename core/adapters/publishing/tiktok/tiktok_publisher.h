#pragma once

#include "adapters/publishing/oauth/oauth_client.h"
#include "adapters/publishing/oauth/oauth_token_provider.h"
#include "adapters/publishing/shared/http_client.h"
#include "application/interfaces/i_publisher.h"

#include <functional>

namespace reelforge::adapters {

// TikTok (Content Posting API, Direct Post): creator_info/query for the privacy levels the
// app may use, video/init with source FILE_UPLOAD (chunks of 5 to 64 MB, the last one taking
// the remainder, at most 1000; a file under 5 MB is one chunk), PUT of each chunk with
// Content-Range to the upload URL, then status/fetch polled until the post is published.
// Apps TikTok has not audited may only post privately (SELF_ONLY): the post is made private
// and the result says so (PublishedRef::privateOnly), so the UI can tell the creator.
// TikTok access tokens live a day: the token from the keychain is refreshed (and the rotated
// refresh token saved) before it expires or when TikTok answers 401.
class TikTokPublisher final : public application::IPublisher {
public:
    static constexpr qint64 kMinChunk = 5LL * 1000 * 1000;
    static constexpr qint64 kMaxChunk = 64LL * 1000 * 1000;
    static constexpr qint64 kDefaultChunk = 10LL * 1000 * 1000;

    TikTokPublisher(QUrl apiBase, OAuthConfig oauth, application::ICredentialStore& credentials,
        QString credentialKey, int pollIntervalMs);

    // {chunk size, chunk count} as TikTok wants them for a file of `size` bytes.
    static std::pair<qint64, int> chunking(qint64 size, qint64 wanted);

    domain::Result<application::UploadSession> begin(const application::PublishRequest& request) override;
    domain::Result<application::UploadSession> resume(const application::PublishRequest& request,
        const application::UploadSession& session, application::UploadContext& context) override;
    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest& request, const application::UploadSession& session) override;

private:
    domain::Result<QJsonObject> call(const QString& path, const QJsonObject& body);

    HttpClient m_http;
    QUrl m_apiBase;
    OAuthClient m_oauth;
    OAuthTokenProvider m_tokens;
    int m_pollIntervalMs;
};

}  // namespace reelforge::adapters
