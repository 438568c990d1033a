#pragma once

#include "application/cancellation_token.h"
#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace reelforge::application {

// A copy the library keeps under originals/, named by the sha256 of its content.
struct StoredOriginal {
    QString path;
    QString sha256;  // from the name: what the content should hash to
    QDateTime modified;  // when it was written, i.e. about when it was imported
};

// The on-disk library: originals/, artifacts/, thumbnails/ and the database beside them.
// Every write is atomic (a temp file in the target folder, flushed, then renamed), so a crash
// never leaves a half-written file under a final name. Thread-safe. A library opened
// read-only fails every write with LibraryReadOnly.
class IMediaStorage {
public:
    using ByteProgress = std::function<void(qint64 done, qint64 total)>;

    virtual ~IMediaStorage() = default;
    virtual QString root() const = 0;
    virtual domain::Status ensureLayout() = 0;
    // sha256 of the file's bytes, lower-case hex.
    virtual domain::Result<QString> contentHash(const QString& path, CancellationToken& cancel) = 0;
    // Copies a file into originals/; checks free space first; DiskFull, IoError, Cancelled.
    virtual domain::Result<QString> storeOriginal(const QString& sourcePath, const QString& sha256,
        CancellationToken& cancel, const ByteProgress& progress)
        = 0;
    virtual domain::Result<QString> storeThumbnail(const QString& assetId, const QByteArray& jpeg) = 0;
    // Removes a file the library owns; paths outside the library root are refused.
    virtual domain::Status removeOwned(const QString& path) = 0;
    virtual bool owns(const QString& path) const = 0;
    // The copies under originals/ whose names are a sha256 (hidden temporary files and
    // anything else left out), sorted by path. IoError when the folder cannot be read.
    virtual domain::Result<std::vector<StoredOriginal>> listOriginals() const = 0;
};

}  // namespace reelforge::application
