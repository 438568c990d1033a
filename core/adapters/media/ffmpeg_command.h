#pragma once

#include "adapters/media/transcode_spec.h"

#include <QString>
#include <QStringList>

namespace reelforge::adapters {

// The argv of an `ffmpeg` run equivalent to transcoding `inputPath` per `spec` into
// `outputPath` (always the last element, so callers may swap in another folder), e.g.
//   ffmpeg -hide_banner -i in.mkv -map 0:0 -map 0:1 -map 0:2 -map_chapters 0 -vf
//   "scale=...,pad=...,setsar=1,format=yuv420p"
//          -c:v libx264 -preset:v veryfast -crf:v 20 -maxrate:v 12M -bufsize:v 24M -profile:v high
//          -g:v 60 -c:a aac -b:a 192k -ar 48000 -ac 2 -c:s mov_text -f mp4 -movflags +faststart out.mp4
// Streams are mapped by index (subtitles that the container cannot hold are not mapped), filters and encoder
// options are the ones the in-process pipeline uses. Rotation is left to the CLI's own autorotation, which
// inserts exactly the transpose/flip we apply and clears the rotation tag as we do; spelling it out would
// make the CLI rotate twice (5.1 keeps the tag under -noautorotate).
QStringList ffmpegCommand(const QString& inputPath, const TranscodeSpec& spec, const QString& outputPath);

}  // namespace reelforge::adapters
