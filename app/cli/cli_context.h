#pragma once

#include "cli/cli_app.h"
#include "wiring/app_context.h"

#include <functional>

namespace reelforge::app::cli {

// The library folder the invocation names (--library, REELFORGE_LIBRARY, settings, default).
QString libraryPathOf(const Invocation& inv);

// Opens that library.
domain::Result<std::unique_ptr<AppContext>> openLibrary(const Invocation& inv);

int usageError(Output& out, const QString& message);

// Runs the queue's event loop until `done` says so, printing progress on stderr unless --json.
void runQueueUntil(AppContext& context, Output& out, const std::function<bool()>& done);

// Ctrl+C while it lives cancels `token` instead of killing the process mid-write. One at a time.
class InterruptGuard {
public:
    explicit InterruptGuard(application::CancellationToken& token);
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;

private:
    void (*m_previous)(int) = nullptr;
};

// Quotes an argv for a POSIX shell, so a printed command can be pasted as it is.
QString shellJoin(const QStringList& argv);

}  // namespace reelforge::app::cli
