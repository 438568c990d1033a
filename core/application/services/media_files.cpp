#include "application/services/media_files.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace reelforge::application {

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

QStringList mediaFilesUnder(const QString& folder)
{
    QStringList files;
    // Hidden entries are excluded by the filter (no QDir::Hidden), so hidden folders are not
    // entered either.
    QDirIterator it(folder, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Readable,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isFile() && !isHiddenName(info.fileName()) && hasMediaExtension(info.fileName()))
            files.append(path);
    }
    files.sort();
    return files;
}

}  // namespace reelforge::application
