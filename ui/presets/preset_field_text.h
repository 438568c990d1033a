#pragma once

#include "domain/error.h"

#include <QString>

namespace reelforge::ui {

// The sentence shown next to a preset field that failed validation. Preset validation names
// the field at fault in the error's detail ("video.crf"); this turns it into translated
// advice. Empty for a detail that is not a preset field.
QString presetFieldText(const QString& field);

// What a creator reads when a preset could not be imported, saved or exported.
QString presetErrorText(const domain::Error& error);

}  // namespace reelforge::ui
