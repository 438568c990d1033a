#pragma once

#include "application/interfaces/i_process_registry.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace reelforge::application {

// Keeps this process's heartbeat in the library for as long as the object lives, on a thread of
// its own: a CLI busy copying a large file, or a window busy painting, is not taken for dead.
// The first beat happens in the constructor, so leases may be taken as soon as it returns; the
// destructor takes the process out of the registry.
class ProcessHeartbeat {
public:
    explicit ProcessHeartbeat(IProcessRegistry& registry);
    ~ProcessHeartbeat();
    ProcessHeartbeat(const ProcessHeartbeat&) = delete;
    ProcessHeartbeat& operator=(const ProcessHeartbeat&) = delete;

    // The result of the first beat (a library that cannot be written fails here).
    const domain::Status& firstBeat() const { return m_first; }

private:
    void loop();

    IProcessRegistry& m_registry;
    domain::Status m_first;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

}  // namespace reelforge::application
