#pragma once

#include "application/interfaces/i_media_storage.h"

#include <QCryptographicHash>
#include <QFile>

#include <map>
#include <mutex>

namespace reelforge::testing {

// In-memory library storage: "stored" files are byte arrays keyed by a virtual path under
// /library. freeBytes simulates the volume's free space; `originals` is what listOriginals()
// finds (tests point it at real files, which contentHash reads).
class FakeMediaStorage final : public application::IMediaStorage {
public:
    QString root() const override { return QStringLiteral("/library"); }
    domain::Status ensureLayout() override { return domain::ok(); }

    domain::Result<QString> contentHash(const QString& path, application::CancellationToken& cancel) override
    {
        if (cancel.isCancelled())
            return domain::fail(domain::ErrorCode::Cancelled, QStringLiteral("cancelled"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return domain::fail(domain::ErrorCode::FileMissing, QStringLiteral("file disappeared"), path);
        return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }

    domain::Result<QString> storeOriginal(const QString& sourcePath, const QString& sha256,
        application::CancellationToken& cancel, const ByteProgress& progress) override
    {
        QFile f(sourcePath);
        if (!f.open(QIODevice::ReadOnly))
            return domain::fail(
                domain::ErrorCode::FileMissing, QStringLiteral("file disappeared"), sourcePath);
        if (f.size() > freeBytes)
            return domain::fail(domain::ErrorCode::DiskFull, QStringLiteral("not enough free space"));
        if (cancel.isCancelled())
            return domain::fail(domain::ErrorCode::Cancelled, QStringLiteral("cancelled"));
        std::lock_guard lock(m_mutex);
        const QString path = root() + QStringLiteral("/originals/") + sha256;
        m_files[path] = f.readAll();
        freeBytes -= f.size();
        if (progress)
            progress(f.size(), f.size());
        return path;
    }

    domain::Result<QString> storeThumbnail(const QString& assetId, const QByteArray& jpeg) override
    {
        std::lock_guard lock(m_mutex);
        const QString path = root() + QStringLiteral("/thumbnails/") + assetId + QStringLiteral(".jpg");
        m_files[path] = jpeg;
        return path;
    }

    domain::Status removeOwned(const QString& path) override
    {
        std::lock_guard lock(m_mutex);
        m_files.erase(path);
        return domain::ok();
    }

    bool owns(const QString& path) const override { return path.startsWith(root() + QLatin1Char('/')); }

    domain::Result<std::vector<application::StoredOriginal>> listOriginals() const override
    {
        std::lock_guard lock(m_mutex);
        return originals;
    }

    std::size_t fileCount() const
    {
        std::lock_guard lock(m_mutex);
        return m_files.size();
    }
    bool has(const QString& path) const
    {
        std::lock_guard lock(m_mutex);
        return m_files.count(path) > 0;
    }

    qint64 freeBytes = 1LL << 40;
    std::vector<application::StoredOriginal> originals;  // what listOriginals() reports (real files)

private:
    mutable std::mutex m_mutex;
    std::map<QString, QByteArray> m_files;
};

}  // namespace reelforge::testing
