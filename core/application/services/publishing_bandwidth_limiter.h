#pragma once

#include <QtGlobal>

#include <chrono>
#include <mutex>

namespace reelforge::application {

// A shared upload bandwidth budget (bytes per second, 0 = unlimited) for all uploads of a
// process. Uploads ask before sending a block and wait the returned time. Thread-safe.
class BandwidthLimiter {
public:
    using Clock = std::chrono::steady_clock;

    void setRate(qint64 bytesPerSecond);
    qint64 rate() const;
    // Books `bytes` and returns how long the caller must wait before sending them.
    std::chrono::microseconds reserve(qint64 bytes);

private:
    mutable std::mutex m_mutex;
    qint64 m_rate = 0;
    Clock::time_point m_next {};
};

}  // namespace reelforge::application
