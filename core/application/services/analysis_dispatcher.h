#pragma once

#include "application/interfaces/i_analyzer.h"
#include "application/interfaces/i_decode_pass.h"

#include <QStringList>

#include <vector>

namespace reelforge::application {

// The stream failure that costs `analyzer` its input (a failed audio stream for an analyzer
// that needs audio, ...), or nullptr.
const StreamFailure* failureFor(const IAnalyzer& analyzer, const std::vector<StreamFailure>& failures);
// The "analyzer-failed" issue for it: "<name>: <the failure's detail>".
domain::AnalysisIssue analyzerFailed(const IAnalyzer& analyzer, const StreamFailure& failure);

// The decode pass's one sink: hands every frame and audio block to the analyzers that take
// it. At begin() it drops the analyzers that cannot run on this file (no audio for an audio
// analyzer, a stream that cannot be decoded, a model that fails to load) and records why.
// Runs on the pass's thread.
class AnalysisDispatcher final : public IDecodeSink {
public:
    explicit AnalysisDispatcher(std::vector<IAnalyzer*> analyzers);

    void begin(const DecodeStreams& streams) override;
    void onVideoFrame(const VideoFrameView& frame) override;
    void onAudio(const AudioBlockView& block) override;

    bool begun() const { return m_begun; }
    const std::vector<IAnalyzer*>& active() const { return m_active; }
    const QStringList& skipped() const { return m_skipped; }
    const std::vector<domain::AnalysisIssue>& issues() const { return m_issues; }

private:
    std::vector<IAnalyzer*> m_all;
    std::vector<IAnalyzer*> m_active;
    std::vector<IAnalyzer*> m_video;
    std::vector<IAnalyzer*> m_audio;
    QStringList m_skipped;
    std::vector<domain::AnalysisIssue> m_issues;
    bool m_begun = false;
};

}  // namespace reelforge::application
