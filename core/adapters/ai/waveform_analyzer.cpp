#include "adapters/ai/waveform_analyzer.h"

#include <algorithm>
#include <cmath>

namespace reelforge::adapters {

namespace {

constexpr std::int64_t kMaxColumns = 200000;

std::int8_t quantise(float v)
{
    return static_cast<std::int8_t>(std::lround(std::clamp(v, -1.0f, 1.0f) * 127.0f));
}

}  // namespace

domain::Status WaveformAnalyzer::begin(const application::DecodeStreams& streams)
{
    const int rate = streams.sampleRate > 0 ? streams.sampleRate : 48000;
    const std::int64_t total = streams.duration.count() * rate / 1000000;
    m_samplesPerColumn = std::max<std::int64_t>(rate / 100, (total + kMaxColumns - 1) / kMaxColumns);
    m_waveform.columnStep = domain::Micros(m_samplesPerColumn * 1000000 / rate);
    return domain::ok();
}

void WaveformAnalyzer::onAudio(const application::AudioBlockView& block)
{
    const std::size_t n = static_cast<std::size_t>(block.frames) * static_cast<std::size_t>(block.channels);
    for (std::size_t i = 0; i < n; i += static_cast<std::size_t>(block.channels)) {
        for (int c = 0; c < block.channels; ++c) {
            const float v = block.interleaved[i + static_cast<std::size_t>(c)];
            m_low = std::min(m_low, v);
            m_high = std::max(m_high, v);
        }
        if (++m_inColumn == m_samplesPerColumn)
            closeColumn();
    }
}

void WaveformAnalyzer::closeColumn()
{
    m_waveform.minimum.push_back(quantise(m_low));
    m_waveform.maximum.push_back(quantise(m_high));
    m_inColumn = 0;
    m_low = 0.0f;
    m_high = 0.0f;
}

domain::Status WaveformAnalyzer::finish(domain::Analysis& into)
{
    if (m_inColumn > 0)
        closeColumn();
    into.waveform = m_waveform;
    return domain::ok();
}

}  // namespace reelforge::adapters
