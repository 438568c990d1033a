#pragma once

#include "application/interfaces/i_analyzer.h"

#include <cstdint>

namespace reelforge::adapters {

// The audio waveform summary the timeline draws: per column of 10 ms (longer for files over
// about half an hour, so the summary stays under 200,000 columns), the lowest and highest
// sample over all channels.
class WaveformAnalyzer final : public application::IAnalyzer {
public:
    QString name() const override { return QStringLiteral("waveform"); }
    int version() const override { return 1; }
    bool needsVideo() const override { return false; }
    bool needsAudio() const override { return true; }
    domain::Status begin(const application::DecodeStreams& streams) override;
    void onAudio(const application::AudioBlockView& block) override;
    domain::Status finish(domain::Analysis& into) override;

private:
    void closeColumn();

    domain::Waveform m_waveform;
    std::int64_t m_samplesPerColumn = 480;
    std::int64_t m_inColumn = 0;
    float m_low = 0.0f;
    float m_high = 0.0f;
};

}  // namespace reelforge::adapters
