#pragma once

#include "adapters/media/av_handles.h"
#include "adapters/media/hardware_encoders.h"
#include "domain/models/media_info.h"
#include "domain/models/preset.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace reelforge::adapters {

struct TranscodeOptions {
    HardwareMode hardware = HardwareMode::Auto;
    bool allowFallback = true;  // a forced hardware encoder that is missing falls back to software
    // The hardware to choose from; null: this machine's (availableHardwareEncoders()). Tests
    // pass a list with devices this machine does not have. Not owned.
    const std::vector<HardwareEncoder>* hardwareEncoders = nullptr;
};

// What happens to the source's video. Rotation is applied to the pixels (transpose/flip before
// everything else) and the output carries no rotation of its own, so every player, editor and
// platform shows it upright; width/height are the display-oriented output size.
struct VideoSpec {
    int inputStream = -1;
    bool copy = false;  // packets are copied unchanged (display matrix kept)
    int rotation = 0;  // clockwise turn the source needs (0, 90, 180, 270)
    QString filters;  // libavfilter chain after the rotation; ffmpeg -vf syntax
    QByteArray encoder;  // "libx264", "h264_nvenc"; empty when copying
    std::optional<HardwareApi> hardware;
    AvOptionList options;  // encoder options, the same in-process and on the ffmpeg command line
    int width = 0;
    int height = 0;
    domain::Rational frameRate;  // of the output; invalid when the source's is unknown
    QString fallbackNote;  // a requested hardware encoder was replaced by software
};

struct AudioSpec {
    int inputStream = -1;
    bool copy = false;
    QByteArray encoder;  // empty when copying
    int sampleRate = 0;  // of the output
    int channels = 0;
    AvOptionList options;  // e.g. {"b", "192k"}
};

// A subtitle stream carried into the output: copied where the container holds its codec, else
// converted (text subtitles only) to the container's own text codec: mov_text for MP4/MOV,
// ASS for Matroska, WebVTT for WebM. Language, title and disposition are kept.
struct SubtitleSpec {
    int inputStream = -1;
    bool copy = false;
    QByteArray encoder;  // "mov_text", "ass", "webvtt"; empty when copying
};

// A fully resolved transcode: which streams, copied or re-encoded, with which filters and
// encoder options, into which container. Resolved from the probed input and the preset alone,
// so the in-process pipeline and the equivalent ffmpeg command line are built from one value.
struct TranscodeSpec {
    QByteArray muxer;  // libav muxer name, "mp4"
    AvOptionList muxerOptions;  // {"movflags", "+faststart"}
    std::optional<VideoSpec> video;
    std::optional<AudioSpec> audio;
    std::vector<SubtitleSpec> subtitles;
    bool chapters = false;  // the container holds chapters: the input's are copied
    QStringList notes;  // what the output leaves out of the input, and why (for the job log)
};

// Errors: UnsupportedMedia (the preset wants a kind of stream the input lacks, e.g. an
// audio-only preset on a silent video or a GIF preset on audio), UnsupportedCodec (no encoder
// for a codec in this build, or a forced hardware encoder that is missing without fallback),
// InvalidArgument (a preset that fails validation).
domain::Result<TranscodeSpec> resolveTranscode(const domain::MediaInfo& input, const domain::Preset& preset,
    const TranscodeOptions& options, const std::vector<HardwareEncoder>& hardware);

// The same with options.hardwareEncoders, or this machine's hardware when that is null.
domain::Result<TranscodeSpec> resolveTranscode(
    const domain::MediaInfo& input, const domain::Preset& preset, const TranscodeOptions& options);

}  // namespace reelforge::adapters
