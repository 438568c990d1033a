#pragma once

#include "domain/models/media_info.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace reelforge::domain {

// How a source picture is fitted into the preset's frame.
enum class FitMode {
    Contain,  // scale to fit inside, pad the rest (letterbox / pillarbox)
    Cover,  // scale to fill, crop the overflow (centre)
    Max,  // scale down only to fit inside, never pad: output keeps the source's aspect
};

struct VideoPreset {
    QString codec;  // libav codec name: "h264", "hevc", "prores", "gif", "vp9", "av1"
    QStringList encoders;  // preferred encoders in order, e.g. {"libx264"}; empty: any for codec
    int width = 0;  // 0 with height 0: keep the source size
    int height = 0;
    FitMode fit = FitMode::Contain;
    Rational frameRate;  // invalid (0/1): keep the source rate
    int crf = -1;  // constant quality; -1: use bitRate
    std::int64_t bitRate = 0;
    std::int64_t maxBitRate = 0;
    QString speed;  // encoder preset, e.g. "medium"
    QString pixelFormat;  // e.g. "yuv420p"; empty: encoder's choice
    QString profile;  // e.g. "high"
    bool allowHardware = true;  // may use NVENC/VAAPI/QSV when present, falling back to software
    friend bool operator==(const VideoPreset&, const VideoPreset&) = default;
};

struct AudioPreset {
    QString codec;  // "aac", "mp3", "opus", "pcm_s16le"
    QStringList encoders;
    std::int64_t bitRate = 0;
    int sampleRate = 0;  // 0: keep
    int channels = 0;  // 0: keep
    friend bool operator==(const AudioPreset&, const AudioPreset&) = default;
};

// An output preset: container plus optional video and audio settings. Plain data with a JSON
// form that users can edit, import and export; fromJson reports the first bad field by name.
struct Preset {
    QString name;  // lower-case words joined by '-', unique
    QString description;
    QString container;  // libav muxer name: "mp4", "mov", "matroska", "webm", "gif", "mp3", "ipod", "ogg"
    QString extension;  // "mp4", "mov", "mkv", "webm", "gif", "mp3", "m4a", "ogg"
    std::optional<VideoPreset> video;
    std::optional<AudioPreset> audio;
    bool builtIn = false;

    Status validate() const;
    QJsonObject toJson() const;
    static Result<Preset> fromJson(const QJsonObject& json);
    friend bool operator==(const Preset&, const Preset&) = default;
};

QString fitModeName(FitMode mode);

// Parses "12M", "192k", "800000" into bits per second.
Result<std::int64_t> parseBitRate(const QString& text);

}  // namespace reelforge::domain
