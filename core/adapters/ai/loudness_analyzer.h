#pragma once

#include "application/interfaces/i_analyzer.h"

#include <memory>

namespace reelforge::adapters {

// EBU R128 / ITU-R BS.1770-4 loudness through libebur128: integrated loudness, loudness
// range (EBU Tech 3342), true peak (4x oversampled), sample peak, and momentary/short-term
// series every 100 ms for display. Channels are weighted by their speaker role (surrounds
// +1.5 dB, LFE left out).
class LoudnessAnalyzer final : public application::IAnalyzer {
public:
    LoudnessAnalyzer();
    ~LoudnessAnalyzer() override;

    QString name() const override { return QStringLiteral("loudness"); }
    int version() const override { return 1; }
    bool needsVideo() const override { return false; }
    bool needsAudio() const override { return true; }
    domain::Status begin(const application::DecodeStreams& streams) override;
    void onAudio(const application::AudioBlockView& block) override;
    domain::Status finish(domain::Analysis& into) override;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

}  // namespace reelforge::adapters
