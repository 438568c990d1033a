#pragma once

#include "application/interfaces/i_processor_factory.h"
#include "application/services/analysis_service.h"

namespace reelforge::adapters {

// The "analyze" step: runs the analysis service on the step's input through the processing
// queue, so analysis gets the queue's persistence, priorities, pause, cancel, progress and
// crash recovery. It writes no file: the result goes to the analysis cache (per content hash
// and analyzer version), where the studio, the CLI and later recipe steps read it. A step
// after it in a recipe gets the same input.
// Step params (all optional): {"only": [analyzer names] (default: every analyzer),
// "silenceThresholdDb": number in -120..0, "silenceMinSeconds": number in 0.01..3600,
// "useCache": bool (default true; false recomputes and stores again)}.
// Threading: plan() is const and may run anywhere; run() on one pool thread per instance.
// Errors: InvalidArgument (bad params), those of AnalysisService::run (FileMissing,
// MediaUnreadable, UnsupportedMedia, ...), Cancelled.
class AnalysisProcessor final : public application::IProcessor {
public:
    explicit AnalysisProcessor(application::AnalysisService& analysis);

    QString kind() const override;
    bool accepts(const domain::MediaInfo& input) const override;
    domain::Result<application::ProcessPlan> plan(const domain::Step& step, const QString& inputPath,
        const domain::MediaInfo& input, const application::AnalysisView& analysis) const override;
    domain::Result<std::vector<domain::Artifact>> run(
        const application::ProcessPlan& plan, application::JobContext& ctx) override;

private:
    application::AnalysisService& m_analysis;
};

class AnalysisProcessorFactory final : public application::IProcessorFactory {
public:
    explicit AnalysisProcessorFactory(application::AnalysisService& analysis);
    QString kind() const override;
    std::unique_ptr<application::IProcessor> create() const override;

private:
    application::AnalysisService& m_analysis;
};

}  // namespace reelforge::adapters
