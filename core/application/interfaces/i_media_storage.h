#pragma once

#include "application/cancellation_token.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace reelforge::application {

// A file in the library's own folders. `owner` is the process (IProcessRegistry id) whose
// temporary file it is: staged for an import or set aside by a removal that may still be
// rolled back. Empty for the library's final files.
struct LibraryFile {
    QString path;
    QString owner;
    bool original = false;  // under originals/ (else thumbnails/)
    // The same for two names of one file (hard links); empty when the file has one name or the
    // platform cannot tell.
    QString identity;
};

// A copy the library keeps under originals/, named by the sha256 of its content.
struct StoredOriginal {
    QString path;
    QString sha256;  // from the name: what the content should hash to
    QDateTime modified;  // when it was written, i.e. about when it was imported
};

// The on-disk library: originals/, artifacts/, thumbnails/ and the database beside them.
// Several processes share it. Files are written under a temporary name that belongs to the
// writing process (flushed to disk), and reach their final name with place(), which the import
// runs inside the database transaction that records them: a final name without a record only
// exists after a crash, and sweeping (see LibraryJanitor) removes it. Thread-safe. A library
// opened read-only fails every write with LibraryReadOnly.
class IMediaStorage {
public:
    using ByteProgress = std::function<void(qint64 done, qint64 total)>;

    virtual ~IMediaStorage() = default;
    virtual QString root() const = 0;
    virtual domain::Status ensureLayout() = 0;
    // sha256 of the file's bytes, lower-case hex.
    virtual domain::Result<QString> contentHash(const QString& path, CancellationToken& cancel) = 0;

    // Copies a file into originals/ under a temporary name of `owner`'s; checks free space
    // first. DiskFull (with the folder), IoError, Cancelled.
    virtual domain::Result<QString> stageOriginal(const QString& sourcePath, const QString& sha256,
        const QString& owner, CancellationToken& cancel, const ByteProgress& progress)
        = 0;
    virtual domain::Result<QString> stageThumbnail(const QString& owner, const QByteArray& jpeg) = 0;
    // Final names: a copied original of this content, and an asset's thumbnail.
    virtual QString originalPath(const QString& sha256, const QString& suffix) const = 0;
    virtual QString thumbnailPath(const QString& assetId) const = 0;
    // Gives a staged (or set-aside) file its final name, replacing a file left there by a crash.
    // The caller holds the library's write lock and knows no record uses that name. Where the
    // file system has hard links the temporary name stays, as a second name of the same file,
    // until the caller removes it once the record is committed: a final name whose twin is a
    // temporary file of a gone process was placed by an import that died before committing.
    virtual domain::Status place(const QString& temporary, const QString& finalPath) = 0;
    // Undoes place(): the file is again under its temporary name only.
    virtual domain::Status unplace(const QString& temporary, const QString& finalPath) = 0;
    // Moves a library file to a temporary name of `owner`'s, for a removal not yet committed.
    virtual domain::Result<QString> setAside(const QString& path, const QString& owner) = 0;

    // Removes a file the library owns; paths outside the library root are refused.
    virtual domain::Status removeOwned(const QString& path) = 0;
    virtual bool owns(const QString& path) const = 0;
    // Every file under originals/ and thumbnails/ (the library's copies and thumbnails).
    virtual domain::Result<std::vector<LibraryFile>> files() const = 0;
    // The copies under originals/ whose names are a sha256 (hidden temporary files and
    // anything else left out), sorted by path. IoError when the folder cannot be read.
    virtual domain::Result<std::vector<StoredOriginal>> listOriginals() const = 0;
};

}  // namespace reelforge::application
