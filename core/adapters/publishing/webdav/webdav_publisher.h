#pragma once

#include "adapters/publishing/shared/http_client.h"
#include "application/interfaces/i_publisher.h"

namespace reelforge::adapters {

// WebDAV (Nextcloud, ownCloud, NAS boxes, rclone): missing folders are made with MKCOL, the
// file is PUT, streamed from disk, under a hidden part name and then MOVEd to its name, so a
// half-sent file never sits under the final name. Plain WebDAV cannot append to a file, so an
// interrupted upload sends the file again. Basic authentication (over HTTPS for anything but
// loopback) with the password from the keychain. The destination is the remote file path.
class WebDavPublisher final : public application::IPublisher {
public:
    WebDavPublisher(QUrl endpoint, QString username, QString password);

    domain::Result<application::UploadSession> begin(const application::PublishRequest& request) override;
    domain::Result<application::UploadSession> resume(const application::PublishRequest& request,
        const application::UploadSession& session, application::UploadContext& context) override;
    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest& request, const application::UploadSession& session) override;
    domain::Status abort(const application::UploadSession& session) override;

private:
    QUrl urlFor(const QString& remotePath) const;
    QNetworkRequest request(const QUrl& url) const;
    domain::Status makeFolders(const QString& remotePath);

    HttpClient m_http;
    QUrl m_endpoint;
    QByteArray m_authorization;
};

} // namespace reelforge::adapters
