#pragma once

#include "domain/error.h"

#include <QString>

namespace reelforge::ui {

// The sentence a creator reads for a domain error. Core errors carry codes and English
// technical messages; this is the one place that turns a code into translated words.
QString errorText(domain::ErrorCode code);

// The reason shown next to a file that was not imported. Folders get their own wording.
QString importFailureText(const domain::Error& error, bool isFolder);

} // namespace reelforge::ui
