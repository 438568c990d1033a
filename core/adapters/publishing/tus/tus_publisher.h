#pragma once

#include "adapters/publishing/shared/http_client.h"
#include "application/interfaces/i_publisher.h"

namespace reelforge::adapters {

// Any tus 1.0 server (account endpoint = the creation URL, e.g. https://host/files/). The
// file's name and the title travel as Upload-Metadata.
class TusPublisher final : public application::IPublisher {
public:
    // One PATCH for the rest of the file by default, streamed from disk: per-request overhead is
    // what costs throughput, and the server keeps what it received if the connection drops.
    static constexpr qint64 kDefaultChunkBytes = qint64 { 1 } << 40;

    TusPublisher(QUrl endpoint, qint64 chunkBytes = kDefaultChunkBytes);

    domain::Result<application::UploadSession> begin(const application::PublishRequest& request) override;
    domain::Result<application::UploadSession> resume(const application::PublishRequest& request,
        const application::UploadSession& session, application::UploadContext& context) override;
    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest& request, const application::UploadSession& session) override;
    domain::Status abort(const application::UploadSession& session) override;

private:
    HttpClient m_http;
    QUrl m_endpoint;
    qint64 m_chunkBytes;
};

}  // namespace reelforge::adapters
