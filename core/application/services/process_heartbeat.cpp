#include "application/services/process_heartbeat.h"

#include <chrono>

namespace reelforge::application {

ProcessHeartbeat::ProcessHeartbeat(IProcessRegistry& registry)
    : m_registry(registry)
    , m_first(registry.beat())
    , m_thread([this] { loop(); })
{
}

ProcessHeartbeat::~ProcessHeartbeat()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    // A clean exit: nothing of this process's is running any more. (A failure leaves a row that
    // the next check of it finds gone.)
    (void)m_registry.leave();
}

void ProcessHeartbeat::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(
        lock, std::chrono::milliseconds(IProcessRegistry::kHeartbeatMs), [this] { return m_stop; })) {
        lock.unlock();
        // A missed beat is retried at the next tick; only a long run of them makes the other
        // processes take this one for gone.
        (void)m_registry.beat();
        lock.lock();
    }
}

}  // namespace reelforge::application
