#pragma once

#include "domain/error.h"

#include <QString>

namespace reelforge::ui {

// The sentence a creator reads for a domain error. Core errors carry codes and English
// technical messages; this is the one place that turns a code into translated words.
QString errorText(domain::ErrorCode code);

// Why a processing job failed, for the queue and the job's details. Words the codes whose
// import wording would mislead here (a missing file is the job's source); the rest as
// errorText. Codes that say nothing to a creator (Internal, ...) return an empty string, so
// the caller can show the technical reason instead.
QString jobErrorText(domain::ErrorCode code);

// The reason shown next to a file that was not imported. Folders get their own wording.
QString importFailureText(const domain::Error& error, bool isFolder);

}  // namespace reelforge::ui
