#pragma once

#include "domain/models/media_info.h"

#include <QString>

namespace reelforge::ui {

// Human-readable numbers for the library and the detail panel, in the creator's words and
// language (every unit goes through the translator).
namespace format {

QString duration(double seconds);  // "0:07", "12:05", "1:02:03"
QString clock(qint64 milliseconds);  // same as duration, from a player position
QString bytes(qint64 bytes);  // "12.4 MB"
QString bitRate(qint64 bitsPerSecond);  // "4.2 Mb/s"
QString resolution(int width, int height);  // "1920 × 1080"; empty for 0×0
QString resolutionName(int width, int height);  // "4K", "1080p", "720p", ... or empty
QString frameRate(const domain::Rational& rate);  // "29.97 fps"
QString sampleRate(int hertz);  // "48 kHz"
QString channels(int count, const QString& layout);  // "Stereo", "5.1", "1 channel"
QString containerName(const QString& demuxer);  // "mov,mp4,m4a,..." -> "MP4 / QuickTime"

}  // namespace format

}  // namespace reelforge::ui
