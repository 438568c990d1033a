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

    domain::Result<QString> stageOriginal(const QString& sourcePath, const QString& sha256,
        const QString& owner, application::CancellationToken& cancel, const ByteProgress& progress) override
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
        const QString path
            = root() + QStringLiteral("/originals/.stage-%1-%2-%3").arg(owner, sha256).arg(++m_n);
        m_files[path] = f.readAll();
        freeBytes -= f.size();
        if (progress)
            progress(f.size(), f.size());
        return path;
    }

    domain::Result<QString> stageThumbnail(const QString& owner, const QByteArray& jpeg) override
    {
        std::lock_guard lock(m_mutex);
        const QString path = root() + QStringLiteral("/thumbnails/.stage-%1-%2.jpg").arg(owner).arg(++m_n);
        m_files[path] = jpeg;
        return path;
    }

    QString originalPath(const QString& sha256, const QString& suffix) const override
    {
        return root() + QStringLiteral("/originals/") + sha256 + QLatin1Char('.') + suffix;
    }
    QString thumbnailPath(const QString& assetId) const override
    {
        return root() + QStringLiteral("/thumbnails/") + assetId + QStringLiteral(".jpg");
    }

    domain::Status place(const QString& temporary, const QString& finalPath) override
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_files.find(temporary);
        if (it == m_files.end() || failPlace)
            return domain::fail(domain::ErrorCode::IoError, QStringLiteral("cannot move"), temporary);
        m_files[finalPath] = it->second;
        m_files.erase(temporary);
        return domain::ok();
    }

    domain::Status unplace(const QString& temporary, const QString& finalPath) override
    {
        return place(finalPath, temporary);
    }

    domain::Result<QString> setAside(const QString& path, const QString& owner) override
    {
        const QString aside = path + QStringLiteral(".aside-") + owner;
        if (domain::Status s = place(path, aside); !s)
            return tl::unexpected(s.error());
        return aside;
    }

    domain::Result<std::vector<application::LibraryFile>> files() const override
    {
        std::lock_guard lock(m_mutex);
        std::vector<application::LibraryFile> out;
        for (const auto& [path, bytes] : m_files)
            out.push_back({ path, {}, path.startsWith(root() + QStringLiteral("/originals/")), {} });
        return out;
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
    void put(const QString& path, const QByteArray& bytes)
    {
        std::lock_guard lock(m_mutex);
        m_files[path] = bytes;
    }
    bool has(const QString& path) const
    {
        std::lock_guard lock(m_mutex);
        return m_files.count(path) > 0;
    }

    qint64 freeBytes = 1LL << 40;
    bool failPlace = false;
    std::vector<application::StoredOriginal> originals;  // what listOriginals() reports (real files)

private:
    mutable std::mutex m_mutex;
    std::map<QString, QByteArray> m_files;
    int m_n = 0;
};

}  // namespace reelforge::testing
