#pragma once

#include "domain/result.h"

#include <QSet>
#include <QString>

namespace reelforge::application {

// The processes that use one library at once (the studio, CLIs, the server, the watch-folder
// runner). Each registers itself under a random id and keeps a heartbeat; the leases on running
// jobs and the temporary files of imports name their owner by that id, so that only what
// belongs to a process that is gone is ever taken over or deleted.
//
// A process counts as gone when it has no row (it never registered, or it was found gone
// before), when its heartbeat is older than kStaleAfterMs, or at once when it ran on this
// machine (same host and boot) and its pid no longer exists. Thread-safe.
class IProcessRegistry {
public:
    static constexpr int kHeartbeatMs = 5000;
    static constexpr int kStaleAfterMs = 30000;

    virtual ~IProcessRegistry() = default;
    virtual QString selfId() const = 0;
    // Records that this process is alive; registers it (again) when its row is missing.
    virtual domain::Status beat() = 0;
    // This process is done with the library (a clean exit): its row goes.
    virtual domain::Status leave() = 0;
    // Which of `owners` are gone (their rows are removed). Never includes selfId().
    virtual domain::Result<QSet<QString>> gone(const QSet<QString>& owners) = 0;
};

}  // namespace reelforge::application
