#include "adapters/media/analysis_audio_resampler.h"

#include <algorithm>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
#include <libavutil/samplefmt.h>
#include <libswresample/swresample.h>
}

namespace reelforge::adapters {

using application::ChannelRole;

namespace {

// Beyond this a jump in timestamps is a gap worth filling; below it, it is rounding.
constexpr double kGapToleranceSeconds = 0.005;
// A jump this large is not a lost packet but a broken timestamp: continue without filling.
constexpr double kMaxGapSeconds = 30.0;

ChannelRole roleOf(AVChannel channel)
{
    switch (channel) {
    case AV_CHAN_FRONT_LEFT:
        return ChannelRole::Left;
    case AV_CHAN_FRONT_RIGHT:
        return ChannelRole::Right;
    case AV_CHAN_FRONT_CENTER:
        return ChannelRole::Center;
    case AV_CHAN_LOW_FREQUENCY:
    case AV_CHAN_LOW_FREQUENCY_2:
        return ChannelRole::Lfe;
    case AV_CHAN_BACK_LEFT:
    case AV_CHAN_SIDE_LEFT:
        return ChannelRole::LeftSurround;
    case AV_CHAN_BACK_RIGHT:
    case AV_CHAN_SIDE_RIGHT:
        return ChannelRole::RightSurround;
    default:
        return ChannelRole::Other;
    }
}

}  // namespace

AnalysisAudioResampler::AnalysisAudioResampler(int outputRate, BlockFn onBlock)
    : m_rate(outputRate)
    , m_onBlock(std::move(onBlock))
{
}

bool AnalysisAudioResampler::open(const AVChannelLayout& decoderLayout, int inputRate, int inputFormat)
{
    AVChannelLayout layout {};
    if (decoderLayout.order == AV_CHANNEL_ORDER_UNSPEC || decoderLayout.nb_channels <= 0)
        av_channel_layout_default(&layout, std::max(1, decoderLayout.nb_channels));
    else if (av_channel_layout_copy(&layout, &decoderLayout) < 0)
        return false;
    m_channels = layout.nb_channels;
    m_roles.clear();
    for (int i = 0; i < m_channels; ++i)
        m_roles.push_back(
            m_channels == 1 ? ChannelRole::Center : roleOf(av_channel_layout_channel_from_index(&layout, i)));

    SwrContext* swr = nullptr;
    int err = swr_alloc_set_opts2(&swr, &layout, AV_SAMPLE_FMT_FLT, m_rate, &layout,
        static_cast<AVSampleFormat>(inputFormat), inputRate, 0, nullptr);
    av_channel_layout_uninit(&layout);
    m_swr.reset(swr);
    if (err < 0 || !swr || swr_init(swr) < 0)
        return false;
    m_inputRate = inputRate;
    return true;
}

bool AnalysisAudioResampler::push(const AVFrame& frame, std::int64_t startSample)
{
    if (!m_swr)
        return false;
    if (startSample >= 0) {
        // Where the resampler's output will be once its buffered delay has come out.
        const std::int64_t delay = swr_get_delay(m_swr.get(), m_rate);
        const std::int64_t expected = m_position + delay;
        if (!m_started) {
            m_position = std::max<std::int64_t>(0, startSample);
        } else if (const std::int64_t gap = startSample - expected;
                   gap > kGapToleranceSeconds * m_rate && gap < kMaxGapSeconds * m_rate) {
            fillSilence(gap);
        }
    }
    m_started = true;
    const int capacity = swr_get_out_samples(m_swr.get(), frame.nb_samples);
    if (capacity < 0)
        return false;
    m_out.resize(static_cast<std::size_t>(capacity) * m_channels);
    auto* out = reinterpret_cast<std::uint8_t*>(m_out.data());
    const int got = swr_convert(
        m_swr.get(), &out, capacity, const_cast<const std::uint8_t**>(frame.extended_data), frame.nb_samples);
    if (got < 0)
        return false;
    deliver(m_out.data(), got);
    return true;
}

void AnalysisAudioResampler::flush()
{
    if (!m_swr || !m_started)
        return;
    const int capacity = swr_get_out_samples(m_swr.get(), 0);
    if (capacity <= 0)
        return;
    m_out.resize(static_cast<std::size_t>(capacity) * m_channels);
    auto* out = reinterpret_cast<std::uint8_t*>(m_out.data());
    const int got = swr_convert(m_swr.get(), &out, capacity, nullptr, 0);
    if (got > 0)
        deliver(m_out.data(), got);
}

void AnalysisAudioResampler::fillSilence(std::int64_t frames)
{
    m_filled += frames;
    std::vector<float> zeros(
        static_cast<std::size_t>(std::min<std::int64_t>(frames, m_rate)) * m_channels, 0.0f);
    while (frames > 0) {
        const int n = static_cast<int>(std::min<std::int64_t>(frames, m_rate));
        deliver(zeros.data(), n);
        frames -= n;
    }
}

void AnalysisAudioResampler::deliver(const float* interleaved, int frames)
{
    if (frames <= 0)
        return;
    m_mono.resize(static_cast<std::size_t>(frames));
    // The mono mix leaves the LFE out: it carries rumble, not what a listener hears as content.
    int counted = 0;
    for (ChannelRole r : m_roles)
        counted += r == ChannelRole::Lfe ? 0 : 1;
    const float scale = 1.0f / static_cast<float>(std::max(1, counted));
    for (int i = 0; i < frames; ++i) {
        float sum = 0.0f;
        for (int c = 0; c < m_channels; ++c) {
            if (m_roles[static_cast<std::size_t>(c)] != ChannelRole::Lfe)
                sum += interleaved[static_cast<std::size_t>(i) * m_channels + c];
        }
        m_mono[static_cast<std::size_t>(i)] = sum * scale;
    }
    application::AudioBlockView block;
    block.sampleRate = m_rate;
    block.channels = m_channels;
    block.frames = frames;
    block.interleaved = interleaved;
    block.mono = m_mono.data();
    block.firstSample = m_position;
    m_position += frames;
    m_onBlock(block);
}

}  // namespace reelforge::adapters
