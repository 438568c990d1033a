#pragma once

#include "cli/cli_app.h"

namespace reelforge::app::cli {

int probeCommand(const Invocation& inv, Output& out);
int importCommand(const Invocation& inv, Output& out);
int listCommand(const Invocation& inv, Output& out);
int showCommand(const Invocation& inv, Output& out);
int removeCommand(const Invocation& inv, Output& out);
int presetsCommand(const Invocation& inv, Output& out);
int processCommand(const Invocation& inv, Output& out);
int queueCommand(const Invocation& inv, Output& out);
int publishCommand(const Invocation& inv, Output& out);
int publicationsCommand(const Invocation& inv, Output& out);
int accountsCommand(const Invocation& inv, Output& out);
int analyzeCommand(const Invocation& inv, Output& out);
int libraryCommand(const Invocation& inv, Output& out);

}  // namespace reelforge::app::cli
