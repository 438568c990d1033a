#pragma once

#include "application/services/analysis_registry.h"

namespace reelforge::adapters {

// Every analyzer the studio ships, registered by name in the order results are reported:
// scenes, silences, loudness, waveform, faces, thumbnails, speech. The composition root
// calls this once; models and cascades are found in the Debian package locations.
application::AnalysisRegistry makeAnalyzerRegistry();

}  // namespace reelforge::adapters
