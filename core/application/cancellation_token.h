#pragma once

#include <atomic>

namespace reelforge::application {

// Shared between the thread that asks and the worker that checks. The worker polls
// isCancelled() at safe points (between files, between chunks, at frame boundaries).
class CancellationToken {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_release); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_acquire); }
    void setPaused(bool paused) { m_paused.store(paused, std::memory_order_release); }
    bool isPaused() const { return m_paused.load(std::memory_order_acquire); }
    void reset()
    {
        m_cancelled.store(false);
        m_paused.store(false);
    }

private:
    std::atomic<bool> m_cancelled { false };
    std::atomic<bool> m_paused { false };
};

}  // namespace reelforge::application
