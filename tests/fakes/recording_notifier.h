#pragma once

#include "application/interfaces/i_notifier.h"

#include <mutex>
#include <vector>

namespace reelforge::testing {

class RecordingNotifier final : public application::INotifier {
public:
    void notify(const domain::Notification& n) override
    {
        std::lock_guard lock(m_mutex);
        m_seen.push_back(n);
    }
    std::vector<domain::Notification> seen() const
    {
        std::lock_guard lock(m_mutex);
        return m_seen;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<domain::Notification> m_seen;
};

}  // namespace reelforge::testing
