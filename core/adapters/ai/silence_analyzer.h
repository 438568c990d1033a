#pragma once

#include "application/interfaces/i_analyzer.h"

#include <cstdint>
#include <vector>

namespace reelforge::adapters {

// Silences: stretches of at least `minimum` where no channel's sample rises above the
// threshold (dBFS). Sample-exact, as ffmpeg's silencedetect: a silence starts at its first
// quiet sample and ends at the next loud one, so boundaries are as exact as the audio's
// sample rate. The settings are part of the cache key.
class SilenceAnalyzer final : public application::IAnalyzer {
public:
    SilenceAnalyzer(double thresholdDb, domain::Micros minimum);

    QString name() const override { return QStringLiteral("silences"); }
    int version() const override { return 1; }
    QString settingsKey() const override;
    bool needsVideo() const override { return false; }
    bool needsAudio() const override { return true; }
    domain::Status begin(const application::DecodeStreams& streams) override;
    void onAudio(const application::AudioBlockView& block) override;
    domain::Status finish(domain::Analysis& into) override;

private:
    void close(std::int64_t endSample);

    double m_thresholdDb;
    domain::Micros m_minimum;
    float m_threshold = 0.0f;  // linear
    int m_rate = 48000;
    std::int64_t m_minSamples = 0;
    std::int64_t m_quietSince = -1;  // first quiet sample of the current run, -1 when loud
    std::int64_t m_end = 0;
    std::vector<domain::TimeRange> m_silences;
};

}  // namespace reelforge::adapters
