#pragma once

#include <atomic>
#include <cstdint>

struct AVCodecContext;

namespace reelforge::adapters {

// Counts the damage a decoder reports while it conceals it. Decoders such as H.264 repair a
// damaged slice from its neighbours and return the frame as if nothing happened (with frame
// threads even the frame's error flags are unreliable): the only trace is what they log, an
// error line and, for decoders with error resilience (H.264, MPEG-2/4), one "concealing ..."
// line per repaired frame. attach() tags one codec context (and so the frame-thread copies
// libavcodec makes of it); libav's log callback (installLibavLogging) then counts here.
// Threading: errors are counted from the decoder's threads; count() may be read from any
// thread. Lifetime: must outlive the codec context it is attached to (declare it first).
class DecoderErrorLog {
public:
    DecoderErrorLog() = default;
    ~DecoderErrorLog();
    DecoderErrorLog(const DecoderErrorLog&) = delete;
    DecoderErrorLog& operator=(const DecoderErrorLog&) = delete;

    // Before avcodec_open2: the context's opaque field is taken for the tag.
    void attach(AVCodecContext& decoder);
    std::int64_t errors() const { return m_errors.load(std::memory_order_relaxed); }
    std::int64_t concealedFrames() const { return m_concealed.load(std::memory_order_relaxed); }
    bool any() const { return errors() > 0 || concealedFrames() > 0; }

    // Called by the libav log callback for every message, whatever the log level.
    static void noteLogLine(void* avcl, int level, const char* format);

private:
    std::atomic<std::int64_t> m_errors { 0 };
    std::atomic<std::int64_t> m_concealed { 0 };
    bool m_attached = false;
};

}  // namespace reelforge::adapters
