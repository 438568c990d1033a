#include "ui/common/format.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPair>

#include <algorithm>
#include <cmath>

namespace reelforge::ui::format {

namespace {

QString decimal(double value, int precision)
{
    return QLocale().toString(value, 'f', precision);
}

}  // namespace

QString duration(double seconds)
{
    if (!(seconds > 0.0))
        return QStringLiteral("0:00");
    const auto total = static_cast<qint64>(std::llround(seconds));
    const qint64 h = total / 3600;
    const qint64 m = (total % 3600) / 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString clock(qint64 milliseconds)
{
    // Floor, not round: a player at 1.9 s has not reached 0:02 yet.
    return duration(static_cast<double>(std::max<qint64>(0, milliseconds) / 1000));
}

QString bytes(qint64 count)
{
    if (count < 1000) {
        const int bytes = static_cast<int>(count);  // lupdate 6.4 misses a cast inside the call
        return QCoreApplication::translate("Format", "%n byte(s)", nullptr, bytes);
    }
    const double kb = static_cast<double>(count) / 1000.0;
    if (kb < 1000.0)
        return QCoreApplication::translate("Format", "%1 KB").arg(decimal(kb, 0));
    const double mb = kb / 1000.0;
    if (mb < 1000.0)
        return QCoreApplication::translate("Format", "%1 MB").arg(decimal(mb, mb < 10.0 ? 1 : 0));
    return QCoreApplication::translate("Format", "%1 GB").arg(decimal(mb / 1000.0, 2));
}

QString bitRate(qint64 bitsPerSecond)
{
    if (bitsPerSecond <= 0)
        return QCoreApplication::translate("Format", "Unknown");
    const double kbps = static_cast<double>(bitsPerSecond) / 1000.0;
    if (kbps < 1000.0)
        return QCoreApplication::translate("Format", "%1 kb/s").arg(decimal(kbps, 0));
    return QCoreApplication::translate("Format", "%1 Mb/s").arg(decimal(kbps / 1000.0, 1));
}

QString resolution(int width, int height)
{
    if (width <= 0 || height <= 0)
        return {};
    return QStringLiteral("%1 × %2").arg(width).arg(height);
}

QString resolutionName(int width, int height)
{
    const int shortSide = std::min(width, height);
    const int longSide = std::max(width, height);
    if (shortSide <= 0)
        return {};
    if (longSide >= 7600)
        return QStringLiteral("8K");
    if (longSide >= 3800)
        return QStringLiteral("4K");
    if (longSide >= 2500)
        return QStringLiteral("1440p");
    for (int p : { 1080, 720, 576, 480, 360, 240 }) {
        if (shortSide >= p)
            return QStringLiteral("%1p").arg(p);
    }
    return {};
}

QString frameRate(const domain::Rational& rate)
{
    if (!rate.isValid())
        return QCoreApplication::translate("Format", "Unknown");
    const double fps = rate.toDouble();
    const bool whole = std::abs(fps - std::round(fps)) < 0.005;
    return QCoreApplication::translate("Format", "%1 fps").arg(decimal(fps, whole ? 0 : 2));
}

QString sampleRate(int hertz)
{
    if (hertz <= 0)
        return QCoreApplication::translate("Format", "Unknown");
    const double khz = hertz / 1000.0;
    const bool whole = hertz % 1000 == 0;
    return QCoreApplication::translate("Format", "%1 kHz").arg(decimal(khz, whole ? 0 : 1));
}

QString channels(int count, const QString& layout)
{
    if (layout == QLatin1String("mono") || (layout.isEmpty() && count == 1))
        return QCoreApplication::translate("Format", "Mono");
    if (layout == QLatin1String("stereo") || (layout.isEmpty() && count == 2))
        return QCoreApplication::translate("Format", "Stereo");
    if (layout.startsWith(QLatin1String("5.1")) || layout.startsWith(QLatin1String("7.1")))
        return layout.left(3);
    return QCoreApplication::translate("Format", "%n channel(s)", nullptr, count);
}

QString containerName(const QString& demuxer)
{
    // FFmpeg names demuxers by family; creators know the family by its best-known member.
    static const QList<QPair<QString, QString>> known {
        { QStringLiteral("mov,mp4"), QStringLiteral("MP4 / QuickTime") },
        { QStringLiteral("matroska"), QStringLiteral("Matroska / WebM") },
        { QStringLiteral("mpegts"), QStringLiteral("MPEG-TS") },
        { QStringLiteral("mpeg"), QStringLiteral("MPEG-PS") },
        { QStringLiteral("avi"), QStringLiteral("AVI") },
        { QStringLiteral("mp3"), QStringLiteral("MP3") },
        { QStringLiteral("wav"), QStringLiteral("WAV") },
        { QStringLiteral("flac"), QStringLiteral("FLAC") },
        { QStringLiteral("ogg"), QStringLiteral("Ogg") },
        { QStringLiteral("mxf"), QStringLiteral("MXF") },
        { QStringLiteral("asf"), QStringLiteral("Windows Media") },
        { QStringLiteral("flv"), QStringLiteral("Flash Video") },
    };
    for (const auto& [prefix, name] : known) {
        if (demuxer.startsWith(prefix))
            return name;
    }
    return demuxer.section(QLatin1Char(','), 0, 0).toUpper();
}

}  // namespace reelforge::ui::format
