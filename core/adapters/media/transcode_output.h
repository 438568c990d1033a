#pragma once

#include "adapters/media/av_handles.h"
#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

extern "C" {
#include <libavutil/rational.h>
}

struct AVCodecContext;
struct AVStream;

namespace reelforge::adapters {

// The output file of a transcode (and, through Muxer, of generated media): encoded streams,
// plus streams copied from the input (codec parameters, tag and side data such as the display
// matrix kept), the input's tags and chapters.
// Usage: create, add streams, writeHeader, write packets (interleaved by libavformat), finish.
// Destroyed before finish() it leaves an incomplete file for the caller to delete.
// Move-only; one thread at a time.
// Errors: DiskFull, PermissionDenied, IoError (from the file), InvalidArgument (unknown
// format, calls out of order), Internal.
class TranscodeOutput {
public:
    // `format` is a libav muxer name; the path's extension is not consulted.
    static domain::Result<TranscodeOutput> create(const QString& path, const QByteArray& format);

    bool needsGlobalHeader() const;

    // A stream carrying `encoder`'s packets; `source` (may be null) lends its language, title,
    // disposition and side data, except the display matrix: encoded pictures are already upright.
    domain::Result<int> addEncodedStream(const AVCodecContext& encoder, const AVStream* source);
    // A stream carrying `source`'s packets unchanged.
    domain::Result<int> addCopiedStream(const AVStream& source);
    // Container tags (title, artist, creation time...), as the ffmpeg CLI copies them.
    void copyTags(const AVFormatContext& input);
    // The input's chapters with their titles, shifted by `origin` (AV_TIME_BASE units) as the
    // packets are; those that end before it are left out. Before writeHeader.
    domain::Status copyChapters(const AVFormatContext& input, std::int64_t origin);

    domain::Status writeHeader(const AvOptionList& options);
    // Rescales `packet` from `timeBase` to the stream's and interleaves it; takes the payload.
    domain::Status write(AVPacket& packet, int streamIndex, AVRational timeBase);
    // Writes the trailer (for MP4 with faststart this rewrites the file) and closes the file.
    domain::Status finish();

private:
    TranscodeOutput() = default;

    OutputFormatPtr m_context;
    QString m_path;
    bool m_headerWritten = false;
};

}  // namespace reelforge::adapters
