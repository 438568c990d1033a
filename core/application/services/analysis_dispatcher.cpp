#include "application/services/analysis_dispatcher.h"

namespace reelforge::application {

const StreamFailure* failureFor(const IAnalyzer& analyzer, const std::vector<StreamFailure>& failures)
{
    for (const StreamFailure& f : failures) {
        if (f.video ? analyzer.needsVideo() : analyzer.needsAudio())
            return &f;
    }
    return nullptr;
}

domain::AnalysisIssue analyzerFailed(const IAnalyzer& analyzer, const StreamFailure& failure)
{
    return { QStringLiteral("analyzer-failed"), analyzer.name() + QStringLiteral(": ") + failure.detail,
        domain::Micros(-1) };
}

AnalysisDispatcher::AnalysisDispatcher(std::vector<IAnalyzer*> analyzers)
    : m_all(std::move(analyzers))
{
}

void AnalysisDispatcher::begin(const DecodeStreams& streams)
{
    m_begun = true;
    for (IAnalyzer* a : m_all) {
        if (const StreamFailure* broken = failureFor(*a, streams.failures)) {
            m_skipped << a->name();
            m_issues.push_back(analyzerFailed(*a, *broken));
            continue;
        }
        QString missing;
        if (a->needsVideo() && !streams.hasVideo)
            missing = QStringLiteral("no-video");
        else if (a->needsAudio() && !streams.hasAudio)
            missing = QStringLiteral("no-audio");
        if (!missing.isEmpty()) {
            m_skipped << a->name();
            m_issues.push_back({ missing,
                a->name() + QStringLiteral(" skipped: the file has no ")
                    + (missing == QLatin1String("no-video") ? QStringLiteral("video")
                                                            : QStringLiteral("audio")),
                domain::Micros(-1) });
            continue;
        }
        if (domain::Status s = a->begin(streams); !s) {
            m_skipped << a->name();
            m_issues.push_back({ QStringLiteral("analyzer-unavailable"),
                a->name() + QStringLiteral(": ") + s.error().toString(), domain::Micros(-1) });
            continue;
        }
        m_active.push_back(a);
        if (a->needsVideo())
            m_video.push_back(a);
        if (a->needsAudio())
            m_audio.push_back(a);
    }
}

void AnalysisDispatcher::onVideoFrame(const VideoFrameView& frame)
{
    for (IAnalyzer* a : m_video)
        a->onVideoFrame(frame);
}

void AnalysisDispatcher::onAudio(const AudioBlockView& block)
{
    for (IAnalyzer* a : m_audio)
        a->onAudio(block);
}

}  // namespace reelforge::application
