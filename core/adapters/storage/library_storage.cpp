#include "adapters/storage/library_storage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStorageInfo>
#include <QUuid>

#include <filesystem>

#if !defined(Q_OS_WIN)
#include <sys/stat.h>
#endif

#include <algorithm>

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

constexpr qint64 kChunk = 1024 * 1024;
// A write that fails with less than this left on the volume failed because the disk is full,
// whatever the operating system's error text says.
constexpr qint64 kNearlyFullBytes = 4LL * 1024 * 1024;

qint64 systemFreeSpace(const QString& path)
{
    return QStorageInfo(path).bytesAvailable();
}

QString volumeOf(const QString& folder)
{
    const QStorageInfo volume(folder);
    return volume.isValid() ? volume.rootPath() : folder;
}

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1)
        + QStringLiteral(" MB");
}

domain::Error writeError(
    const QFileDevice& file, const QString& path, const LibraryStorage::FreeSpaceProbe& free)
{
    const QString folder = QFileInfo(path).absolutePath();
    const bool full = file.error() == QFileDevice::ResourceError
        || file.errorString().contains(QStringLiteral("space"), Qt::CaseInsensitive)
        || free(folder) < kNearlyFullBytes;
    if (full)
        return { ErrorCode::DiskFull, QStringLiteral("the disk is full"),
            QStringLiteral("no space left on %1 while writing %2").arg(volumeOf(folder), path) };
    return { ErrorCode::IoError, QStringLiteral("cannot write file: ") + file.errorString(), path };
}

domain::Error notEnoughSpace(const QString& folder, qint64 fileBytes, qint64 free)
{
    return { ErrorCode::DiskFull, QStringLiteral("not enough free space in the library"),
        QStringLiteral("%1 needed on %2 (the file, %3, plus %4 always kept free for the system and the "
                       "library database); %5 free")
            .arg(megabytes(fileBytes + LibraryStorage::kReserveBytes), volumeOf(folder), megabytes(fileBytes),
                megabytes(LibraryStorage::kReserveBytes), megabytes(qMax<qint64>(free, 0))) };
}

const QString kStage = QStringLiteral("stage");
const QString kAside = QStringLiteral("aside");

// ".<kind>-<owner>-<random>.<ext>": hidden, and naming the process it belongs to.
QString temporaryName(const QString& folder, const QString& kind, const QString& owner, const QString& suffix)
{
    return QStringLiteral("%1/.%2-%3-%4%5")
        .arg(folder, kind, owner, QUuid::createUuid().toString(QUuid::Id128).left(12),
            suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix.toLower());
}

// The owner named by a temporary name, or empty for a final name. QSaveFile's own temporaries
// add to the name they will get, so they carry the same prefix.
QString ownerOf(const QString& fileName)
{
    for (const QString& kind : { kStage, kAside }) {
        const QString prefix = QLatin1Char('.') + kind + QLatin1Char('-');
        if (!fileName.startsWith(prefix))
            continue;
        const QString rest = fileName.mid(prefix.size());
        const qsizetype random = rest.lastIndexOf(QLatin1Char('-'), rest.indexOf(QLatin1Char('.')));
        return random > 0 ? rest.left(random) : rest;
    }
    return {};
}

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

// Device and inode of a file with more than one name; empty otherwise. Windows has file indexes
// too, but there the sweep simply never takes a final name for litter.
QString identityOf(const QString& path)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(path);
    return {};
#else
    struct stat info { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || info.st_nlink < 2)
        return {};
    return QStringLiteral("%1:%2")
        .arg(static_cast<qulonglong>(info.st_dev))
        .arg(static_cast<qulonglong>(info.st_ino));
#endif
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
    // A FIFO or a device would block or read forever: only regular files are hashed.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return domain::fail(ErrorCode::NotMedia, QStringLiteral("not a regular file"), path);
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

QString LibraryStorage::originalPath(const QString& sha256, const QString& suffix) const
{
    return originalsDir() + QLatin1Char('/') + sha256.left(2) + QLatin1Char('/') + sha256
        + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix.toLower());
}

QString LibraryStorage::thumbnailPath(const QString& assetId) const
{
    return thumbnailsDir() + QLatin1Char('/') + assetId + QStringLiteral(".jpg");
}

domain::Result<QString> LibraryStorage::stageOriginal(const QString& sourcePath, const QString& sha256,
    const QString& owner, application::CancellationToken& cancel, const ByteProgress& progress)
{
    if (domain::Status s = refuseWhenReadOnly(); !s)
        return tl::unexpected(s.error());
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(sourcePath))
            return domain::fail(ErrorCode::FileMissing, QStringLiteral("file disappeared"), sourcePath);
        return domain::fail(ErrorCode::PermissionDenied, QStringLiteral("file cannot be read"), sourcePath);
    }
    const QString finalPath = originalPath(sha256, QFileInfo(sourcePath).suffix());
    const QString folder = QFileInfo(finalPath).absolutePath();
    if (!QDir().mkpath(folder))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot create library folder"), folder);

    const qint64 total = in.size();
    const qint64 free = m_freeSpace(folder);
    if (free < total + kReserveBytes)
        return tl::unexpected(notEnoughSpace(folder, total, free));

    const QString staged = temporaryName(folder, kStage, owner, QFileInfo(finalPath).suffix());
    QSaveFile out(staged);
    if (!out.open(QIODevice::WriteOnly))
        return tl::unexpected(writeError(out, staged, m_freeSpace));
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
            domain::Error e = writeError(out, staged, m_freeSpace);
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
    // QSaveFile::commit flushes to disk before the staged name appears.
    if (!out.commit())
        return tl::unexpected(writeError(out, staged, m_freeSpace));
    return staged;
}

domain::Result<QString> LibraryStorage::stageThumbnail(const QString& owner, const QByteArray& jpeg)
{
    if (domain::Status s = refuseWhenReadOnly(); !s)
        return tl::unexpected(s.error());
    if (!QDir().mkpath(thumbnailsDir()))
        return domain::fail(
            ErrorCode::IoError, QStringLiteral("cannot create library folder"), thumbnailsDir());
    const QString staged = temporaryName(thumbnailsDir(), kStage, owner, QStringLiteral("jpg"));
    QSaveFile file(staged);
    if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size() || !file.commit()) {
        domain::Error e = writeError(file, staged, m_freeSpace);
        file.cancelWriting();
        return tl::unexpected(e);
    }
    return staged;
}

domain::Status LibraryStorage::place(const QString& temporary, const QString& finalPath)
{
    if (domain::Status s = refuseWhenReadOnly(); !s)
        return s;
    if (!owns(temporary) || !owns(finalPath))
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("refusing to move a file outside the library"), temporary);
    std::error_code error;
    // A file already under the final name can only be what a crashed import left.
    std::filesystem::remove(fsPath(finalPath), error);
    error.clear();
    std::filesystem::create_hard_link(fsPath(temporary), fsPath(finalPath), error);
    if (!error)
        return domain::ok();
    // File systems without hard links (FAT, exFAT, some network shares): the file moves.
    return moveFile(temporary, finalPath);
}

domain::Status LibraryStorage::unplace(const QString& temporary, const QString& finalPath)
{
    if (QFileInfo::exists(temporary))
        return removeOwned(finalPath);  // the final name was a second link
    if (domain::Status s = refuseWhenReadOnly(); !s)
        return s;
    return moveFile(finalPath, temporary);
}

domain::Status LibraryStorage::moveFile(const QString& from, const QString& to)
{
    if (!owns(from) || !owns(to))
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("refusing to move a file outside the library"), from);
    std::error_code error;
    std::filesystem::rename(fsPath(from), fsPath(to), error);
    if (error)
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot move the file into place"),
            to + QStringLiteral(": ") + QString::fromStdString(error.message()));
    return domain::ok();
}

domain::Result<QString> LibraryStorage::setAside(const QString& path, const QString& owner)
{
    if (domain::Status s = refuseWhenReadOnly(); !s)
        return tl::unexpected(s.error());
    const QFileInfo info(path);
    const QString aside = temporaryName(info.absolutePath(), kAside, owner, info.suffix());
    if (domain::Status s = moveFile(path, aside); !s)
        return tl::unexpected(s.error());
    return aside;
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

domain::Result<std::vector<application::LibraryFile>> LibraryStorage::files() const
{
    std::vector<application::LibraryFile> out;
    for (const QString& folder : { originalsDir(), thumbnailsDir() }) {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            out.push_back({ path, ownerOf(it.fileName()), folder == originalsDir(), identityOf(path) });
        }
    }
    return out;
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
    const auto free = [](const QString& folder) { return systemFreeSpace(folder); };
    if (!file.open(QIODevice::WriteOnly))
        return tl::unexpected(writeError(file, path, free));
    if (file.write(bytes) != bytes.size()) {
        domain::Error e = writeError(file, path, free);
        file.cancelWriting();
        return tl::unexpected(e);
    }
    if (!file.commit())
        return tl::unexpected(writeError(file, path, free));
    return domain::ok();
}

}  // namespace reelforge::adapters
