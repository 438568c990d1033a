#pragma once

#include "application/interfaces/i_publisher.h"

namespace reelforge::adapters {

// A local or NAS folder. The copy goes to a hidden part file beside the target, resumable
// from its length, is flushed to disk and then renamed, so the target name only ever holds a
// complete file. An existing file of the same name is never overwritten: "name (2).ext".
class FolderPublisher final : public application::IPublisher {
public:
    static constexpr qint64 kBlockBytes = 4LL * 1024 * 1024;

    explicit FolderPublisher(QString folder);

    domain::Result<application::UploadSession> begin(const application::PublishRequest& request) override;
    domain::Result<application::UploadSession> resume(const application::PublishRequest& request,
        const application::UploadSession& session, application::UploadContext& context) override;
    domain::Result<application::PublishedRef> finish(
        const application::PublishRequest& request, const application::UploadSession& session) override;
    domain::Status abort(const application::UploadSession& session) override;

private:
    QString m_folder;
};

}  // namespace reelforge::adapters
