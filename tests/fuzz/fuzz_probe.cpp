// Import's media path on arbitrary bytes: what a damaged, truncated or mislabelled file a
// creator drops on the window goes through. The first byte picks the file's extension
// (libav falls back on the name when the content is ambiguous, and FfmpegProbe treats such a
// weak guess apart); the rest is the file. A file that probes as usable media then has its
// thumbnail grabbed, which decodes its first frames (or frames spread over it) as import does.
#include "adapters/media/ffmpeg_probe.h"
#include "adapters/media/thumbnail_grabber.h"
#include "fuzz_support.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>

#include <array>

using namespace reelforge;

namespace {

// media_seeds.sh writes each seed behind the index of its extension here: keep them alike.
constexpr std::array<const char*, 14> kExtensions { "mp4", "mkv", "webm", "avi", "mov", "wav", "mp3", "ogg",
    "ts", "flv", "m4a", "srt", "txt", "" };
constexpr int kThumbnailWidth = 480;  // what ImportService asks for

// The thumbnail's JPEG decoder is a Qt plugin; a core application finds it as the studio does.
void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz_probe";
    static char* argv[] = { name, nullptr };
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);  // lives as long as the process
}

QString writeInput(const std::uint8_t* data, std::size_t size)
{
    const char* extension = kExtensions[data[0] % kExtensions.size()];
    QString path = fuzz::workFolder() + QStringLiteral("/input");
    if (*extension != '\0')
        path += QLatin1Char('.') + QLatin1String(extension);
    QFile file(path);
    fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the input can be written");
    fuzz::require(
        file.write(fuzz::bytes(data + 1, size - 1)) == qint64(size - 1), "the input is written whole");
    return path;
}

void importMedia(const QString& path)
{
    const domain::Result<domain::MediaInfo> info = adapters::FfmpegProbe().probe(path);
    if (!info || !info->validate() || !info->hasVideo())
        return;
    fuzz::require(info->sizeBytes == QFile(path).size(), "the probe reports the file's size");
    const domain::Result<QByteArray> jpeg
        = adapters::FfmpegThumbnailGrabber().grab(path, *info, kThumbnailWidth);
    if (!jpeg)
        return;  // import goes on without a thumbnail
    QImage thumbnail;
    fuzz::require(thumbnail.loadFromData(*jpeg, "JPG"), "a thumbnail is a JPEG");
    fuzz::require(
        thumbnail.width() >= 1 && thumbnail.width() <= kThumbnailWidth, "a thumbnail fits the width asked");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    fuzz::quietLogging();
    ensureApplication();
    const QString path = writeInput(data, size);
    importMedia(path);
    QFile::remove(path);
    return 0;
}
