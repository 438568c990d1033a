#pragma once

#include "cli/cli_app.h"
#include "wiring/app_context.h"

#include <functional>

namespace reelforge::app::cli {

// Opens the library the invocation names (--library, REELFORGE_LIBRARY, settings, default).
domain::Result<std::unique_ptr<AppContext>> openLibrary(const Invocation& inv);

int usageError(Output& out, const QString& message);

// Runs the queue's event loop until `done` says so, printing progress on stderr unless --json.
void runQueueUntil(AppContext& context, Output& out, const std::function<bool()>& done);

// Quotes an argv for a POSIX shell, so a printed command can be pasted as it is.
QString shellJoin(const QStringList& argv);

}  // namespace reelforge::app::cli
