#pragma once

#include "domain/result.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <vector>

namespace reelforge::domain {

// An exact fraction (frame rates, time bases); never a float for frame maths.
struct Rational {
    std::int64_t num = 0;
    std::int64_t den = 1;

    bool isValid() const { return num > 0 && den > 0; }
    double toDouble() const { return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den); }
    QString toString() const;  // "30000/1001"
    static Result<Rational> parse(const QString& text);
    friend bool operator==(const Rational&, const Rational&) = default;
};

struct ColorInfo {
    QString space;  // e.g. "bt709", "bt2020nc"
    QString primaries;  // e.g. "bt709", "bt2020"
    QString transfer;  // e.g. "bt709", "smpte2084" (PQ), "arib-std-b67" (HLG)
    QString range;  // "tv" or "pc"
    int bitDepth = 8;

    bool isHdr() const;
    friend bool operator==(const ColorInfo&, const ColorInfo&) = default;
};

struct VideoStream {
    int index = -1;
    QString codec;
    QString profile;
    int width = 0;
    int height = 0;
    Rational frameRate;
    QString pixelFormat;
    int rotation = 0;  // degrees clockwise to apply on display: 0, 90, 180, 270
    ColorInfo color;

    int displayWidth() const { return rotation % 180 == 0 ? width : height; }
    int displayHeight() const { return rotation % 180 == 0 ? height : width; }
    friend bool operator==(const VideoStream&, const VideoStream&) = default;
};

struct AudioStream {
    int index = -1;
    QString codec;
    int sampleRate = 0;
    int channels = 0;
    QString channelLayout;
    QString language;
    friend bool operator==(const AudioStream&, const AudioStream&) = default;
};

struct SubtitleStream {
    int index = -1;
    QString codec;
    QString language;
    friend bool operator==(const SubtitleStream&, const SubtitleStream&) = default;
};

// What a probe found in a media file. Plain data; validate() checks it is usable media.
struct MediaInfo {
    QString container;
    QString title;  // the container's "title" tag; empty when it has none
    std::chrono::microseconds duration { 0 };
    std::int64_t sizeBytes = 0;
    std::int64_t bitRate = 0;
    std::vector<VideoStream> video;
    std::vector<AudioStream> audio;
    std::vector<SubtitleStream> subtitles;

    bool hasVideo() const { return !video.empty(); }
    bool hasAudio() const { return !audio.empty(); }
    double durationSeconds() const { return static_cast<double>(duration.count()) / 1e6; }
    const VideoStream* primaryVideo() const { return video.empty() ? nullptr : &video.front(); }

    // Usable media: at least one audio or video stream, sane dimensions and rates.
    Status validate() const;
    friend bool operator==(const MediaInfo&, const MediaInfo&) = default;
};

}  // namespace reelforge::domain
