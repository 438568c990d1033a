#pragma once

#include "adapters/media/av_handles.h"
#include "adapters/media/transcode_output.h"
#include "domain/result.h"

#include <QString>

namespace reelforge::adapters {

class Encoder;

// Writes encoded streams into a container file with libavformat; the encoder-only face of
// TranscodeOutput, for callers that make media from scratch. Usage: create, open encoders
// (with EncodeSettings::globalHeader = needsGlobalHeader()), addStream for each, writeHeader,
// write packets, finish. A Muxer destroyed before finish() leaves an incomplete file that the
// caller should delete (write to a temporary name and rename after finish()).
// Move-only; one thread at a time.
// Errors: DiskFull, PermissionDenied, IoError (from the file), InvalidArgument (unknown format,
// calls out of order), Internal.
class Muxer {
public:
    // `formatName` is a libav muxer name ("mp4", "matroska"); the file name's extension is not
    // consulted, so temporary names such as "clip.mp4.part" work.
    static domain::Result<Muxer> create(const QString& path, const char* formatName);

    bool needsGlobalHeader() const;

    // Adds a stream carrying `encoder`'s output; returns its index for write().
    domain::Result<int> addStream(const Encoder& encoder);

    // Muxer private options go here, e.g. {"movflags", "+faststart"}.
    domain::Status writeHeader(const AvOptionList& options = {});

    // Rescales `packet` from `timeBase` (the encoder's) to the stream's and interleaves it.
    // The packet's payload is taken (it is left blank).
    domain::Status write(AVPacket& packet, int streamIndex, AVRational timeBase);

    // Writes the trailer (for MP4 with faststart this rewrites the file) and closes the file.
    domain::Status finish();

private:
    explicit Muxer(TranscodeOutput output);

    TranscodeOutput m_output;
};

}  // namespace reelforge::adapters
