#pragma once

#include "adapters/media/av_handles.h"
#include "application/interfaces/i_decode_pass.h"

#include <cstdint>
#include <functional>
#include <vector>

struct AVChannelLayout;

namespace reelforge::adapters {

// Turns decoded audio of any format, rate and layout into interleaved float at one fixed
// rate, keeping the channels (loudness needs them apart), plus a mono mix. It keeps the
// timeline: a gap in the decoded timestamps (a packet lost to damage) is filled with
// silence, so what follows stays where it belongs. Buffers are reused.
class AnalysisAudioResampler {
public:
    using BlockFn = std::function<void(const application::AudioBlockView&)>;

    AnalysisAudioResampler(int outputRate, BlockFn onBlock);

    // Sets up for the decoder's format. False when libswresample cannot convert it.
    bool open(const AVChannelLayout& layout, int inputRate, int inputFormat);
    int channels() const { return m_channels; }
    const std::vector<application::ChannelRole>& roles() const { return m_roles; }

    // A decoded frame whose first sample is at `startSample` (timeline position in output
    // samples, or < 0 when the frame has no timestamp).
    bool push(const AVFrame& frame, std::int64_t startSample);
    void flush();
    std::int64_t samplesOut() const { return m_position; }
    std::int64_t filledGapSamples() const { return m_filled; }

private:
    void deliver(const float* interleaved, int frames);
    void fillSilence(std::int64_t frames);

    int m_rate;
    BlockFn m_onBlock;
    SwrContextPtr m_swr;
    int m_inputRate = 0;
    int m_channels = 0;
    std::vector<application::ChannelRole> m_roles;
    std::vector<float> m_out;
    std::vector<float> m_mono;
    std::int64_t m_position = 0;  // next output sample's timeline position
    std::int64_t m_filled = 0;
    bool m_started = false;
};

}  // namespace reelforge::adapters
