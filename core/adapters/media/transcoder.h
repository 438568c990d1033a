#pragma once

#include "adapters/media/transcode_spec.h"
#include "domain/models/preset.h"
#include "domain/result.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <functional>

namespace reelforge::adapters {

struct TranscodeProgress {
    double fraction = 0.0;  // output media time / input duration, 0..1
    double fps = 0.0;  // video frames written per wall-clock second
    double speed = 0.0;  // media seconds per wall-clock second (x realtime)
    std::int64_t frames = 0;
    std::chrono::microseconds position { 0 };
};

// Hooks checked at every frame boundary (between demuxed packets, and between encoded packets
// while draining). All optional; all called on the transcoding thread.
struct TranscodeCallbacks {
    std::function<void(const TranscodeProgress&)> progress;
    std::function<bool()> isCancelled;
    // Blocks while the job is paused; returns false when it was cancelled meanwhile.
    std::function<bool()> waitWhilePaused;
};

// What a finished transcode did.
struct TranscodeReport {
    QString videoEncoder;  // "libx264", "h264_nvenc", "copy"; empty without video
    QString audioEncoder;  // "aac", "copy"; empty without audio
    bool hardware = false;
    QString fallbackNote;  // a requested hardware encoder was replaced by software
    std::int64_t videoFrames = 0;
    std::chrono::microseconds duration { 0 };  // output media time written
    QStringList ffmpegCommand;  // the equivalent ffmpeg CLI run
    // For the job log: what the output left out of the input (subtitles, chapters) and why,
    // and the fallback note.
    QStringList notes;
};

// Transcodes one file with a preset, in process: demux -> decode -> filter graph -> encode ->
// mux, or packet copy for a stream that needs no change. Single-threaded pipeline; the codecs
// run their own threads. Pause and cancel take effect at the next frame boundary (milliseconds).
// The output file is written at `outputPath` and deleted again on any failure or cancel (never a
// file that existed before the run). Thread-safe as long as each thread has its own Transcoder.
// Errors: FileMissing, PermissionDenied, NotMedia, MediaUnreadable (from opening the input, or a
// damaged/truncated source while reading; the input path as detail), UnsupportedMedia, UnsupportedCodec
// (missing encoder, or forced hardware without fallback), DiskFull / PermissionDenied / IoError (writing),
// Cancelled, Internal.
class Transcoder {
public:
    Transcoder(QString inputPath, domain::Preset preset, QString outputPath, TranscodeOptions options = {});

    domain::Result<TranscodeReport> run(const TranscodeCallbacks& callbacks = {});

private:
    QString m_inputPath;
    domain::Preset m_preset;
    QString m_outputPath;
    TranscodeOptions m_options;
};

}  // namespace reelforge::adapters
