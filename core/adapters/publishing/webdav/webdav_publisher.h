#pragma once

#include "adapters/publishing/shared/http_client.h"
#include "adapters/publishing/webdav/nextcloud_chunked_upload.h"
#include "application/interfaces/i_publisher.h"

namespace reelforge::adapters {

// WebDAV (Nextcloud, ownCloud, NAS boxes, rclone): missing folders are made with MKCOL, the
// file is PUT, streamed from disk, under a hidden part name and then MOVEd to its name, so a
// half-sent file never sits under the final name. Plain WebDAV cannot append to a file, so an
// interrupted upload sends the file again. Basic authentication (over HTTPS for anything but
// loopback) with the password from the keychain. The destination is the remote file path.
// With `nextcloud` set and a Nextcloud files endpoint (.../remote.php/dav/files/USER/), the
// file goes by Nextcloud's chunked upload instead (see NextcloudChunkedUpload), so an
// interrupted upload continues after the chunks the server already holds.
class WebDavPublisher final : public application::IPublisher {
public:
    WebDavPublisher(QUrl endpoint, QString username, QString password, bool nextcloud = false);

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

    static bool isChunked(const application::UploadSession& session);
    NextcloudChunkedUpload chunked();

    HttpClient m_http;
    QUrl m_endpoint;
    QByteArray m_authorization;
    QUrl m_uploadsRoot;  // Nextcloud's chunked uploads; invalid: plain PUT
};

}  // namespace reelforge::adapters
