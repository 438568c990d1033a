#pragma once

#include "application/interfaces/i_analyzer.h"
#include "application/services/analysis_request.h"

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace reelforge::application {

// The analyzers the studio knows, by name, in the order they are reported. Each analysis
// gets fresh instances (analyzers keep per-file state). Filled once by the composition root,
// then read-only: safe to use from any thread.
class AnalysisRegistry {
public:
    using Factory = std::function<std::unique_ptr<IAnalyzer>(const AnalysisSettings&)>;

    void add(const QString& name, Factory factory);
    QStringList names() const;
    // New analyzers for settings.only (all when empty). InvalidArgument names an unknown one.
    domain::Result<std::vector<std::unique_ptr<IAnalyzer>>> create(const AnalysisSettings& settings) const;

private:
    std::vector<std::pair<QString, Factory>> m_factories;
};

}  // namespace reelforge::application
