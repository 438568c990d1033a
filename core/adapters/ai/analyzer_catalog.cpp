#include "adapters/ai/analyzer_catalog.h"

#include "adapters/ai/face_analyzer.h"
#include "adapters/ai/loudness_analyzer.h"
#include "adapters/ai/scene_detector.h"
#include "adapters/ai/silence_analyzer.h"
#include "adapters/ai/speech_analyzer.h"
#include "adapters/ai/thumbnail_analyzer.h"
#include "adapters/ai/waveform_analyzer.h"

namespace reelforge::adapters {

application::AnalysisRegistry makeAnalyzerRegistry()
{
    using application::AnalysisSettings;
    application::AnalysisRegistry registry;
    registry.add(
        QStringLiteral("scenes"), [](const AnalysisSettings&) { return std::make_unique<SceneDetector>(); });
    registry.add(QStringLiteral("silences"), [](const AnalysisSettings& s) {
        return std::make_unique<SilenceAnalyzer>(s.silenceThresholdDb, s.silenceMin);
    });
    registry.add(QStringLiteral("loudness"),
        [](const AnalysisSettings&) { return std::make_unique<LoudnessAnalyzer>(); });
    registry.add(QStringLiteral("waveform"),
        [](const AnalysisSettings&) { return std::make_unique<WaveformAnalyzer>(); });
    registry.add(
        QStringLiteral("faces"), [](const AnalysisSettings&) { return std::make_unique<FaceAnalyzer>(); });
    registry.add(QStringLiteral("thumbnails"),
        [](const AnalysisSettings&) { return std::make_unique<ThumbnailAnalyzer>(); });
    registry.add(
        QStringLiteral("speech"), [](const AnalysisSettings&) { return std::make_unique<SpeechAnalyzer>(); });
    return registry;
}

}  // namespace reelforge::adapters
