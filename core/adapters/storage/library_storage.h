#pragma once

#include "application/interfaces/i_media_storage.h"

#include <QString>

#include <atomic>
#include <functional>

namespace reelforge::adapters {

// The library folder on disk:
//   originals/ab/<sha256>.<ext>          copied imports, content-addressed
//   originals/ab/.stage-<owner>-<n>.<ext> a copy being imported by process <owner>
//   artifacts/                          job outputs
//   thumbnails/<asset id>.jpg
//   library.db                          (owned by the repositories)
// Temporary names start with a dot and name their process, so that a sweep can tell a crashed
// process's leftovers from a live one's work. Writes are flushed to disk before a rename.
class LibraryStorage final : public application::IMediaStorage {
public:
    // Free bytes on the volume holding `path`; injectable so that a full disk can be tested.
    using FreeSpaceProbe = std::function<qint64(const QString& path)>;

    explicit LibraryStorage(QString root, FreeSpaceProbe freeSpace = {});

    QString root() const override { return m_root; }
    domain::Status ensureLayout() override;
    domain::Result<QString> contentHash(const QString& path, application::CancellationToken& cancel) override;
    domain::Result<QString> stageOriginal(const QString& sourcePath, const QString& sha256,
        const QString& owner, application::CancellationToken& cancel, const ByteProgress& progress) override;
    domain::Result<QString> stageThumbnail(const QString& owner, const QByteArray& jpeg) override;
    QString originalPath(const QString& sha256, const QString& suffix) const override;
    QString thumbnailPath(const QString& assetId) const override;
    domain::Status place(const QString& temporary, const QString& finalPath) override;
    domain::Status unplace(const QString& temporary, const QString& finalPath) override;
    domain::Result<QString> setAside(const QString& path, const QString& owner) override;
    domain::Status removeOwned(const QString& path) override;
    bool owns(const QString& path) const override;
    domain::Result<std::vector<application::LibraryFile>> files() const override;
    domain::Result<std::vector<application::StoredOriginal>> listOriginals() const override;

    // From now on every write fails with LibraryReadOnly (set once, when the library is
    // found read-only, before the storage is shared).
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly.load(); }

    QString originalsDir() const;
    QString artifactsDir() const;
    QString thumbnailsDir() const;
    QString databasePath() const;

    // Margin kept free on the volume after a copy, so the system and the database can breathe.
    static constexpr qint64 kReserveBytes = 64LL * 1024 * 1024;

private:
    domain::Status refuseWhenReadOnly() const;
    domain::Status moveFile(const QString& from, const QString& to);

    QString m_root;
    FreeSpaceProbe m_freeSpace;
    std::atomic<bool> m_readOnly { false };
};

// Writes bytes to `path` atomically (temp + flush + rename). Used for every small file.
domain::Status writeFileAtomically(const QString& path, const QByteArray& bytes);

}  // namespace reelforge::adapters
