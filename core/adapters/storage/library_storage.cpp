#include "adapters/storage/library_storage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>

#include <algorithm>

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

constexpr qint64 kChunk = 1024 * 1024;

qint64 systemFreeSpace(const QString& path)
{
    return QStorageInfo(path).bytesAvailable();
}

domain::Error writeError(const QFileDevice& file, const QString& path)
{
    const bool full = file.error() == QFileDevice::ResourceError
        || file.errorString().contains(QStringLiteral("space"), Qt::CaseInsensitive);
    return { full ? ErrorCode::DiskFull : ErrorCode::IoError,
        full ? QStringLiteral("disk is full") : QStringLiteral("cannot write file: ") + file.errorString(),
        path };
}

}  // namespace

LibraryStorage::LibraryStorage(QString root, FreeSpaceProbe freeSpace)
    : m_root(QDir::cleanPath(QDir(root).absolutePath()))
    , m_freeSpace(freeSpace ? std::move(freeSpace) : systemFreeSpace)
{
}

QString LibraryStorage::originalsDir() const
{
    return m_root + QStringLiteral("/originals");
}
QString LibraryStorage::artifactsDir() const
{
    return m_root + QStringLiteral("/artifacts");
}
QString LibraryStorage::thumbnailsDir() const
{
    return m_root + QStringLiteral("/thumbnails");
}
QString LibraryStorage::databasePath() const
{
    return m_root + QStringLiteral("/library.db");
}

domain::Status LibraryStorage::refuseWhenReadOnly() const
{
    if (m_readOnly)
        return domain::fail(ErrorCode::LibraryReadOnly, QStringLiteral("the library is read-only"), m_root);
    return domain::ok();
}

domain::Status LibraryStorage::ensureLayout()
{
    if (domain::Status s = refuseWhenReadOnly(); !s)
        return s;
    for (const QString& dir : { originalsDir(), artifactsDir(), thumbnailsDir() }) {
        if (!QDir().mkpath(dir))
            return domain::fail(ErrorCode::IoError, QStringLiteral("cannot create library folder"), dir);
    }
    return domain::ok();
}

domain::Result<QString> LibraryStorage::contentHash(
    const QString& path, application::CancellationToken& cancel)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path))
            return domain::fail(ErrorCode::FileMissing, QStringLiteral("file disappeared"), path);
        return domain::fail(ErrorCode::PermissionDenied, QStringLiteral("file cannot be read"), path);
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    while (true) {
        if (cancel.isCancelled())
            return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), path);
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return domain::fail(
                ErrorCode::IoError, QStringLiteral("read failed: ") + file.errorString(), path);
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

domain::Result<QString> LibraryStorage::storeOriginal(const QString& sourcePath, const QString& sha256,
    application::CancellationToken& cancel, const ByteProgress& progress)
{
    if (domain::Status s = refuseWhenReadOnly(); !s)
        return tl::unexpected(s.error());
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(sourcePath))
            return domain::fail(ErrorCode::FileMissing, QStringLiteral("file disappeared"), sourcePath);
        return domain::fail(ErrorCode::PermissionDenied, QStringLiteral("file cannot be read"), sourcePath);
    }
    const QString suffix = QFileInfo(sourcePath).suffix().toLower();
    const QString dir = originalsDir() + QLatin1Char('/') + sha256.left(2);
    const QString target
        = dir + QLatin1Char('/') + sha256 + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    if (!QDir().mkpath(dir))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot create library folder"), dir);

    const qint64 total = in.size();
    if (m_freeSpace(dir) < total + kReserveBytes)
        return domain::fail(ErrorCode::DiskFull, QStringLiteral("not enough free space in the library"),
            QStringLiteral("%1 bytes needed").arg(total));

    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return tl::unexpected(writeError(out, target));
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    while (true) {
        if (cancel.isCancelled()) {
            out.cancelWriting();
            return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), sourcePath);
        }
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0) {
            out.cancelWriting();
            return domain::fail(
                ErrorCode::IoError, QStringLiteral("read failed: ") + in.errorString(), sourcePath);
        }
        if (n == 0)
            break;
        if (out.write(buffer.constData(), n) != n) {
            domain::Error e = writeError(out, target);
            out.cancelWriting();
            return tl::unexpected(e);
        }
        done += n;
        if (progress)
            progress(done, total);
    }
    if (done != total) {
        out.cancelWriting();
        return domain::fail(
            ErrorCode::IoError, QStringLiteral("file changed while it was copied"), sourcePath);
    }
    // QSaveFile::commit flushes to disk and renames over the final name in one step.
    if (!out.commit())
        return tl::unexpected(writeError(out, target));
    return target;
}

domain::Result<QString> LibraryStorage::storeThumbnail(const QString& assetId, const QByteArray& jpeg)
{
    if (domain::Status s = refuseWhenReadOnly(); !s)
        return tl::unexpected(s.error());
    const QString path = thumbnailsDir() + QLatin1Char('/') + assetId + QStringLiteral(".jpg");
    if (!QDir().mkpath(thumbnailsDir()))
        return domain::fail(
            ErrorCode::IoError, QStringLiteral("cannot create library folder"), thumbnailsDir());
    if (domain::Status s = writeFileAtomically(path, jpeg); !s)
        return tl::unexpected(s.error());
    return path;
}

bool LibraryStorage::owns(const QString& path) const
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return clean.startsWith(m_root + QLatin1Char('/'));
}

domain::Status LibraryStorage::removeOwned(const QString& path)
{
    if (domain::Status s = refuseWhenReadOnly(); !s)
        return s;
    if (!owns(path))
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("refusing to delete a file outside the library"), path);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot delete file"), path);
    return domain::ok();
}

domain::Result<std::vector<application::StoredOriginal>> LibraryStorage::listOriginals() const
{
    static const QRegularExpression kName(QStringLiteral("^([0-9a-f]{64})(\\.[^.]+)?$"));
    std::vector<application::StoredOriginal> found;
    const QDir originals(originalsDir());
    if (!originals.exists())
        return found;
    if (!originals.isReadable())
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot read library folder"), originalsDir());
    // Hidden names (temporary files of copies in progress) are not listed by QDir by default.
    QDirIterator it(originalsDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        const QRegularExpressionMatch match = kName.match(file.fileName());
        if (!match.hasMatch())
            continue;
        found.push_back({ file.absoluteFilePath(), match.captured(1), file.lastModified() });
    }
    std::sort(found.begin(), found.end(),
        [](const application::StoredOriginal& a, const application::StoredOriginal& b) {
            return a.path < b.path;
        });
    return found;
}

domain::Status writeFileAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tl::unexpected(writeError(file, path));
    if (file.write(bytes) != bytes.size()) {
        domain::Error e = writeError(file, path);
        file.cancelWriting();
        return tl::unexpected(e);
    }
    if (!file.commit())
        return tl::unexpected(writeError(file, path));
    return domain::ok();
}

}  // namespace reelforge::adapters
