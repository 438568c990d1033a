#pragma once

#include "domain/models/preset.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace reelforge::adapters {

enum class HardwareApi { Nvenc, Vaapi, Qsv };

// What the creator asked for: "auto" (hardware when the preset allows it and a usable encoder
// exists), "off" (software only), or one API by name.
enum class HardwareMode { Auto, Off, Nvenc, Vaapi, Qsv };

QString hardwareApiName(HardwareApi api);  // "nvenc", "vaapi", "qsv"
QString hardwareModeName(HardwareMode mode);
// Errors: InvalidArgument naming the accepted values.
domain::Result<HardwareMode> parseHardwareMode(const QString& text);

// One hardware encoder wrapper this libav build may have. `usable` means a device could be
// created and a small trial encoder opened on it; `reason` says why not otherwise, in words
// fit for an error message ("no NVIDIA GPU/driver").
struct HardwareEncoder {
    QByteArray name;  // "h264_nvenc"
    QString codec;  // libav codec name: "h264", "hevc"
    HardwareApi api = HardwareApi::Nvenc;
    bool compiledIn = false;
    bool usable = false;
    QString reason;
};

// Probes every known wrapper (NVENC, VAAPI, QSV for H.264 and HEVC) now. Costs a device open
// per API (milliseconds when there is no device; a trial encode when there is one).
std::vector<HardwareEncoder> detectHardwareEncoders();

// The same, probed once per process and then cached: drivers do not appear while we run, and
// a trial open on a real GPU costs a noticeable fraction of a second. Thread-safe.
const std::vector<HardwareEncoder>& availableHardwareEncoders();

// The video encoder a transcode will use.
struct VideoEncoderPick {
    QByteArray name;  // "libx264", "h264_nvenc"
    std::optional<HardwareApi> hardware;
    QString fallbackNote;  // non-empty when a requested hardware encoder was replaced by software
};

// Chooses the encoder for `preset`: with Auto and preset.allowHardware, the first usable
// hardware encoder for the codec, else the preset's software encoders in order (the first this
// build has), else libav's default encoder for the codec. A forced API whose encoder is missing
// or unusable fails with UnsupportedCodec ("h264_nvenc is not available on this machine: no
// NVIDIA GPU/driver") unless `allowFallback`, which picks software and says so in
// fallbackNote. `hardware` is the detection result (availableHardwareEncoders() in production;
// tests pass their own).
domain::Result<VideoEncoderPick> pickVideoEncoder(const domain::VideoPreset& preset, HardwareMode mode,
    bool allowFallback, const std::vector<HardwareEncoder>& hardware);

// The software encoder for a codec: the first of `preferred` this build has, else libav's
// default encoder for `codec`. Errors: UnsupportedCodec naming the codec.
domain::Result<QByteArray> pickSoftwareEncoder(const QString& codec, const QStringList& preferred);

}  // namespace reelforge::adapters
