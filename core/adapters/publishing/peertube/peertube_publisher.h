#pragma once

#include "adapters/publishing/shared/http_client.h"
#include "application/interfaces/i_publisher.h"

namespace reelforge::adapters {

// PeerTube (any instance, REST API v1): sign-in by the OAuth password grant as PeerTube
// specifies (the instance's own client from /api/v1/oauth-clients/local, then
// /api/v1/users/token), the resumable upload endpoint /api/v1/videos/upload-resumable (the
// Google-style protocol), channel (the account's first unless set), privacy, and the
// thumbnail afterwards (PUT /api/v1/videos/{id}, multipart "thumbnailfile").
class PeerTubePublisher final : public application::IPublisher {
public:
    static constexpr qint64 kDefaultChunkBytes = 8LL * 1024 * 1024;

    PeerTubePublisher(QUrl instance, QString username, QString password, QString channelId);

    domain::Result<application::UploadSession> begin(const application::PublishRequest& request) override;
    domain::Result<application::UploadSession> resume(const application::PublishRequest& request,
        const application::UploadSession& session, application::UploadContext& context) override;
    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest& request, const application::UploadSession& session) override;
    domain::Status abort(const application::UploadSession& session) override;

private:
    domain::Status signIn();
    domain::Result<QString> channel();
    domain::Status setThumbnail(const QString& videoId, const QString& path);
    QNetworkRequest request(const QString& path) const;

    HttpClient m_http;
    QUrl m_instance;
    QString m_username;
    QString m_password;
    QString m_channelId;
    QByteArray m_bearer;
};

}  // namespace reelforge::adapters
