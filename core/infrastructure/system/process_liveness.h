#pragma once

#include <QString>

namespace reelforge::infrastructure {

// This machine, for telling a local process from one on another machine sharing the library
// (a NAS): the host name and the boot id, so that the pids of a previous boot are not mistaken
// for live ones.
QString thisMachine();

// Whether a process with this pid exists on this machine (any process, not only ours).
bool processExists(qint64 pid);

}  // namespace reelforge::infrastructure
