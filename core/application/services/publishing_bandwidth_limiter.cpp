#include "application/services/publishing_bandwidth_limiter.h"

#include <algorithm>

namespace reelforge::application {

void BandwidthLimiter::setRate(qint64 bytesPerSecond)
{
    std::lock_guard lock(m_mutex);
    m_rate = std::max<qint64>(0, bytesPerSecond);
    m_next = Clock::now();
}

qint64 BandwidthLimiter::rate() const
{
    std::lock_guard lock(m_mutex);
    return m_rate;
}

std::chrono::microseconds BandwidthLimiter::reserve(qint64 bytes)
{
    std::lock_guard lock(m_mutex);
    if (m_rate <= 0 || bytes <= 0)
        return std::chrono::microseconds(0);
    const auto now = Clock::now();
    // Allow a short burst (a quarter second of budget) so small blocks do not stutter.
    const auto burst = std::chrono::microseconds(250000);
    const auto start = std::max(m_next, now - burst);
    m_next = start + std::chrono::microseconds(bytes * 1000000 / m_rate);
    return std::max(
        std::chrono::microseconds(0), std::chrono::duration_cast<std::chrono::microseconds>(start - now));
}

}  // namespace reelforge::application
