#include "adapters/ai/silence_analyzer.h"

#include <cmath>

namespace reelforge::adapters {

namespace {

domain::Micros samplesToMicros(std::int64_t samples, int rate)
{
    return domain::Micros((samples * 1000000 + rate / 2) / rate);
}

}  // namespace

SilenceAnalyzer::SilenceAnalyzer(double thresholdDb, domain::Micros minimum)
    : m_thresholdDb(thresholdDb)
    , m_minimum(minimum)
{
}

QString SilenceAnalyzer::settingsKey() const
{
    return QStringLiteral("threshold=%1dB;min=%2us").arg(m_thresholdDb, 0, 'f', 2).arg(m_minimum.count());
}

domain::Status SilenceAnalyzer::begin(const application::DecodeStreams& streams)
{
    m_rate = streams.sampleRate > 0 ? streams.sampleRate : 48000;
    m_threshold = static_cast<float>(std::pow(10.0, m_thresholdDb / 20.0));
    m_minSamples = std::max<std::int64_t>(1, m_minimum.count() * m_rate / 1000000);
    m_quietSince = 0;  // the file starts quiet until a sample says otherwise
    return domain::ok();
}

void SilenceAnalyzer::onAudio(const application::AudioBlockView& block)
{
    const int channels = block.channels;
    for (int i = 0; i < block.frames; ++i) {
        const float* frame = block.interleaved + static_cast<std::size_t>(i) * channels;
        bool loud = false;
        for (int c = 0; c < channels && !loud; ++c)
            loud = std::fabs(frame[c]) > m_threshold;
        const std::int64_t at = block.firstSample + i;
        if (loud) {
            close(at);
            m_quietSince = -1;
        } else if (m_quietSince < 0) {
            m_quietSince = at;
        }
    }
    m_end = block.firstSample + block.frames;
}

void SilenceAnalyzer::close(std::int64_t endSample)
{
    if (m_quietSince >= 0 && endSample - m_quietSince >= m_minSamples)
        m_silences.push_back({ samplesToMicros(m_quietSince, m_rate), samplesToMicros(endSample, m_rate) });
}

domain::Status SilenceAnalyzer::finish(domain::Analysis& into)
{
    if (m_end > 0)
        close(m_end);
    into.silences = m_silences;
    return domain::ok();
}

}  // namespace reelforge::adapters
