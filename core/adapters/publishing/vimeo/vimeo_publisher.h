#pragma once

#include "adapters/publishing/shared/http_client.h"
#include "application/interfaces/i_publisher.h"

namespace reelforge::adapters {

// Vimeo (API 3.4): the video is created with the tus approach (POST /me/videos with
// upload.approach = "tus", name, description, privacy), which returns a tus upload link; the
// bytes then go by tus (see TusProtocol), resumable from the offset Vimeo reports. Vimeo
// access tokens do not expire; a 401 means the account must be reconnected. `apiBase` is
// https://api.vimeo.com (tests point it at a local fake).
class VimeoPublisher final : public application::IPublisher {
public:
    static constexpr qint64 kDefaultChunkBytes = 64LL * 1024 * 1024;

    VimeoPublisher(QUrl apiBase, QString accessToken);

    domain::Result<application::UploadSession> begin(const application::PublishRequest& request) override;
    domain::Result<application::UploadSession> resume(const application::PublishRequest& request,
        const application::UploadSession& session, application::UploadContext& context) override;
    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest& request, const application::UploadSession& session) override;

private:
    HttpClient m_http;
    QUrl m_apiBase;
    QByteArray m_authorization;
};

} // namespace reelforge::adapters
