#pragma once

#include "adapters/publishing/s3/sigv4_signer.h"
#include "adapters/publishing/shared/http_client.h"
#include "application/interfaces/i_publisher.h"

namespace reelforge::adapters {

// S3-compatible object storage by multipart upload: parts of 5 MiB to 5 GiB (at most 10,000,
// so the part size grows with the file), each streamed from disk and signed with SigV4 over
// its sha256. Resuming asks the server which parts it has (ListParts) and falls back to the
// saved part list where the store lacks ListParts. The destination is "bucket/key".
class S3Publisher final : public application::IPublisher {
public:
    static constexpr qint64 kMinPart = 5LL * 1024 * 1024;
    static constexpr qint64 kMaxPart = 5LL * 1024 * 1024 * 1024;
    static constexpr qint64 kDefaultPart = 16LL * 1024 * 1024;
    static constexpr int kMaxParts = 10000;

    S3Publisher(QUrl endpoint, SigV4Signer::Credentials credentials, QString region);

    // The part size for a file: the wanted size, raised so the file fits in 10,000 parts.
    static qint64 partSize(qint64 fileSize, qint64 wanted);

    domain::Result<application::UploadSession> begin(const application::PublishRequest& request) override;
    domain::Result<application::UploadSession> resume(const application::PublishRequest& request,
        const application::UploadSession& session, application::UploadContext& context) override;
    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest& request, const application::UploadSession& session) override;
    domain::Status abort(const application::UploadSession& session) override;

private:
    // Parts the server confirms; nullopt when the store cannot list them.
    domain::Result<std::optional<std::vector<application::UploadPart>>> listParts(
        const application::UploadSession& s);
    domain::Result<QString> uploadPart(const QString& file, const application::UploadSession& s, int number,
        qint64 offset, qint64 size, application::UploadContext& context,
        const std::function<void(qint64)>& sent);

    HttpClient m_http;
    QUrl m_endpoint;
    SigV4Signer m_signer;
};

}  // namespace reelforge::adapters
