#pragma once

#include "application/interfaces/i_publication_locks.h"

namespace reelforge::adapters {

// IPublicationLocks as lock files (QLockFile) in a folder of the library. A lock left by a
// process that died is recognised by its process id and taken over at once.
class PublicationLockFiles final : public application::IPublicationLocks {
public:
    explicit PublicationLockFiles(QString folder);
    std::unique_ptr<Handle> tryAcquire(const QString& publicationId) override;

private:
    QString m_folder;
};

}  // namespace reelforge::adapters
