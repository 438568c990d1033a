#pragma once

#include "adapters/media/av_handles.h"
#include "adapters/media/av_input.h"
#include "domain/result.h"

#include <QString>

#include <chrono>
#include <cstdint>
#include <limits>

struct AVStream;

namespace reelforge::adapters {

// Decodes one video stream of a local file, forwards or from a seek point. Frames are handed
// out as borrowed pointers that stay valid until the next call. Move-only; one reader per
// thread (it is not shared state, so readers on other threads are independent). The decoder
// uses libavcodec's own frame/slice threads.
// Errors: those of openMediaInput, UnsupportedMedia (no such video stream), UnsupportedCodec
// (no decoder in this libav build), MediaUnreadable (the decoder rejects the stream; the
// message ends with libav's reason). Each has the path as detail.
class VideoFrameReader {
public:
    // streamIndex < 0 picks the first video stream that is not cover art.
    static domain::Result<VideoFrameReader> open(const QString& path, int streamIndex = -1);

    // The next frame in presentation order, or nullptr at the end of the stream.
    // Damaged packets are skipped; a read error ends the stream as if the file ended there.
    domain::Result<const AVFrame*> next();

    // The first frame whose presentation time is at or after `position` (measured from the
    // stream's first timestamp), or nullptr when the stream ends before it. Continues decoding
    // when the target is a little ahead, seeks to the keyframe before it otherwise.
    domain::Result<const AVFrame*> frameAt(std::chrono::microseconds position);

    // Presentation time of the frame returned last, from the stream's first timestamp.
    std::chrono::microseconds lastPosition() const;

    const AVStream& stream() const;

private:
    static constexpr std::int64_t kNone = std::numeric_limits<std::int64_t>::min();

    VideoFrameReader() = default;
    std::int64_t timestampOf(const AVFrame& frame) const;  // stream time base, never AV_NOPTS_VALUE
    domain::Status seek(std::int64_t target);
    domain::Error unreadable(const QString& what, int err) const;

    QString m_path;
    MediaInput m_input;
    CodecContextPtr m_decoder;
    PacketPtr m_packet;
    FramePtr m_frame;
    int m_streamIndex = -1;
    std::int64_t m_startTs = 0;  // stream time base
    std::int64_t m_lastTs = kNone;  // of the frame handed out last
    std::int64_t m_frameDuration = 1;  // stream time base, for frames without timestamps
    bool m_inputEnded = false;  // the flush packet has been sent
};

}  // namespace reelforge::adapters
