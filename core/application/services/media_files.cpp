#include "application/services/media_files.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <filesystem>
#include <system_error>

namespace reelforge::application {

using domain::ErrorCode;

namespace {

namespace fs = std::filesystem;

QString fromNative(const fs::path& path)
{
    return QFile::decodeName(QByteArray::fromStdString(path.string()));
}

// A name the file system holds but that does not survive the round trip through text (bytes
// that are not UTF-8 on Linux) cannot be opened again by its decoded name.
bool isFaithful(const fs::path& path)
{
    const QByteArray native = QByteArray::fromStdString(path.string());
    return QFile::encodeName(QFile::decodeName(native)) == native;
}

domain::Error cannotRead(const QString& what, const QString& path, const std::error_code& error)
{
    const bool denied = error == std::errc::permission_denied || error == std::errc::operation_not_permitted;
    return { denied ? ErrorCode::PermissionDenied : ErrorCode::IoError, what,
        path + QStringLiteral(": ") + QString::fromStdString(error.message()) };
}

}  // namespace

domain::Status checkRegularFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return domain::fail(ErrorCode::FileMissing, QStringLiteral("file not found"), path);
    if (info.isDir())
        return domain::fail(ErrorCode::NotMedia, QStringLiteral("a folder, not a file"), path);
    if (!info.isFile())
        return domain::fail(ErrorCode::NotMedia, QStringLiteral("not a regular file"), path);
    return domain::ok();
}

bool hasMediaExtension(const QString& fileName)
{
    static const QSet<QString> kExtensions { QStringLiteral("mp4"), QStringLiteral("m4v"),
        QStringLiteral("mov"), QStringLiteral("mkv"), QStringLiteral("webm"), QStringLiteral("avi"),
        QStringLiteral("mts"), QStringLiteral("m2ts"), QStringLiteral("ts"), QStringLiteral("mpg"),
        QStringLiteral("mpeg"), QStringLiteral("wmv"), QStringLiteral("flv"), QStringLiteral("3gp"),
        QStringLiteral("ogv"), QStringLiteral("mxf"), QStringLiteral("mp3"), QStringLiteral("wav"),
        QStringLiteral("flac"), QStringLiteral("m4a"), QStringLiteral("aac"), QStringLiteral("ogg"),
        QStringLiteral("opus"), QStringLiteral("wma"), QStringLiteral("aif"), QStringLiteral("aiff"),
        QStringLiteral("gif") };
    return kExtensions.contains(QFileInfo(fileName).suffix().toLower());
}

bool isHiddenName(const QString& fileName)
{
    return fileName.startsWith(QLatin1Char('.'));
}

FolderScan scanFolder(const QString& folder)
{
    FolderScan scan;
    std::vector<fs::path> pending { fs::path(QFile::encodeName(folder).toStdString()) };
    while (!pending.empty()) {
        const fs::path dir = pending.back();
        pending.pop_back();
        std::error_code error;
        fs::directory_iterator it(dir, error);
        for (const fs::directory_iterator end; !error && it != end; it.increment(error)) {
            const fs::directory_entry& entry = *it;
            const QString name = fromNative(entry.path().filename());
            if (isHiddenName(name))
                continue;  // hidden folders are not entered either
            const QString path = fromNative(entry.path());
            std::error_code typeError;
            // Links to folders are not followed (a link to a parent would never end).
            const bool isDir = entry.is_directory(typeError) && !entry.is_symlink(typeError);
            if (entry.is_directory(typeError) && !isDir)
                continue;
            if (!isDir && (!entry.is_regular_file(typeError) || !hasMediaExtension(name)))
                continue;
            if (!isFaithful(entry.path())) {
                scan.problems.push_back({ path,
                    { ErrorCode::BadFileName,
                        isDir ? QStringLiteral("the folder name is not valid UTF-8")
                              : QStringLiteral("the file name is not valid UTF-8"),
                        path } });
                continue;
            }
            if (isDir)
                pending.push_back(entry.path());
            else
                scan.files.append(path);
        }
        if (error) {
            const QString path = fromNative(dir);
            scan.problems.push_back(
                { path, cannotRead(QStringLiteral("folder cannot be read"), path, error) });
        }
    }
    scan.files.sort();
    return scan;
}

}  // namespace reelforge::application
