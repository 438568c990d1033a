#include "adapters/publishing/publication_lock_files.h"

#include <QDir>
#include <QLockFile>

namespace reelforge::adapters {

namespace {

class LockHandle final : public application::IPublicationLocks::Handle {
public:
    explicit LockHandle(std::unique_ptr<QLockFile> lock)
        : m_lock(std::move(lock))
    {
    }

private:
    std::unique_ptr<QLockFile> m_lock;  // unlocks on destruction
};

}  // namespace

PublicationLockFiles::PublicationLockFiles(QString folder)
    : m_folder(std::move(folder))
{
}

std::unique_ptr<application::IPublicationLocks::Handle> PublicationLockFiles::tryAcquire(
    const QString& publicationId)
{
    QDir().mkpath(m_folder);
    auto lock = std::make_unique<QLockFile>(QDir(m_folder).filePath(publicationId + QStringLiteral(".lock")));
    lock->setStaleLockTime(0);  // stale only when its process is gone, never by age
    if (!lock->tryLock(0))
        return nullptr;
    return std::make_unique<LockHandle>(std::move(lock));
}

}  // namespace reelforge::adapters
