#include "adapters/ai/loudness_analyzer.h"

#include <ebur128.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace reelforge::adapters {

using application::ChannelRole;
using domain::Loudness;

namespace {

struct StateDeleter {
    void operator()(ebur128_state* st) const noexcept { ebur128_destroy(&st); }
};

int channelFor(ChannelRole role)
{
    switch (role) {
    case ChannelRole::Left:
        return EBUR128_LEFT;
    case ChannelRole::Right:
        return EBUR128_RIGHT;
    case ChannelRole::Center:
        return EBUR128_CENTER;
    case ChannelRole::Lfe:
        return EBUR128_UNUSED;
    case ChannelRole::LeftSurround:
        return EBUR128_LEFT_SURROUND;
    case ChannelRole::RightSurround:
        return EBUR128_RIGHT_SURROUND;
    case ChannelRole::Other:
        break;
    }
    return EBUR128_CENTER;  // weight 1, as BS.1770 gives every front channel
}

float seriesValue(double lufs)
{
    return std::isfinite(lufs) ? static_cast<float>(std::max(lufs, Loudness::kSilentLufs))
                               : static_cast<float>(Loudness::kSilentLufs);
}

double toDb(double linear)
{
    return linear > 0.0 ? std::max(20.0 * std::log10(linear), Loudness::kSilentLufs) : Loudness::kSilentLufs;
}

}  // namespace

struct LoudnessAnalyzer::State {
    std::unique_ptr<ebur128_state, StateDeleter> ebur;
    int channels = 0;
    std::int64_t step = 4800;  // samples per series value (100 ms)
    std::int64_t untilNext = 0;  // samples until the next series value
    Loudness result;
};

LoudnessAnalyzer::LoudnessAnalyzer()
    : m_state(std::make_unique<State>())
{
}
LoudnessAnalyzer::~LoudnessAnalyzer() = default;

domain::Status LoudnessAnalyzer::begin(const application::DecodeStreams& streams)
{
    const int mode = EBUR128_MODE_I | EBUR128_MODE_LRA | EBUR128_MODE_TRUE_PEAK | EBUR128_MODE_SAMPLE_PEAK;
    m_state->ebur.reset(ebur128_init(
        static_cast<unsigned>(streams.channels), static_cast<unsigned long>(streams.sampleRate), mode));
    if (!m_state->ebur)
        return domain::fail(domain::ErrorCode::Internal, QStringLiteral("cannot start the loudness meter"));
    m_state->channels = streams.channels;
    for (int c = 0; c < streams.channels; ++c) {
        const ChannelRole role = c < static_cast<int>(streams.channelRoles.size())
            ? streams.channelRoles[static_cast<std::size_t>(c)]
            : ChannelRole::Other;
        ebur128_set_channel(m_state->ebur.get(), static_cast<unsigned>(c), channelFor(role));
    }
    m_state->step = std::max(1, streams.sampleRate / 10);
    m_state->untilNext = m_state->step;
    return domain::ok();
}

void LoudnessAnalyzer::onAudio(const application::AudioBlockView& block)
{
    State& s = *m_state;
    if (!s.ebur || block.channels != s.channels)
        return;
    // Feed in pieces that end on the 100 ms grid, so each series value is read exactly there.
    std::int64_t done = 0;
    while (done < block.frames) {
        const std::int64_t n = std::min<std::int64_t>(block.frames - done, s.untilNext);
        ebur128_add_frames_float(
            s.ebur.get(), block.interleaved + done * s.channels, static_cast<std::size_t>(n));
        done += n;
        s.untilNext -= n;
        if (s.untilNext == 0) {
            s.untilNext = s.step;
            double m = -std::numeric_limits<double>::infinity();
            double st = m;
            ebur128_loudness_momentary(s.ebur.get(), &m);
            ebur128_loudness_shortterm(s.ebur.get(), &st);
            s.result.momentaryLufs.push_back(seriesValue(m));
            s.result.shortTermLufs.push_back(seriesValue(st));
        }
    }
}

domain::Status LoudnessAnalyzer::finish(domain::Analysis& into)
{
    State& s = *m_state;
    Loudness& r = s.result;
    if (s.ebur) {
        double value = 0.0;
        if (ebur128_loudness_global(s.ebur.get(), &value) == EBUR128_SUCCESS && std::isfinite(value))
            r.integratedLufs = value;
        if (ebur128_loudness_range(s.ebur.get(), &value) == EBUR128_SUCCESS && std::isfinite(value))
            r.rangeLu = value;
        double truePeak = 0.0;
        double samplePeak = 0.0;
        for (int c = 0; c < s.channels; ++c) {
            if (ebur128_true_peak(s.ebur.get(), static_cast<unsigned>(c), &value) == EBUR128_SUCCESS)
                truePeak = std::max(truePeak, value);
            if (ebur128_sample_peak(s.ebur.get(), static_cast<unsigned>(c), &value) == EBUR128_SUCCESS)
                samplePeak = std::max(samplePeak, value);
        }
        r.truePeakDbtp = toDb(truePeak);
        r.samplePeakDbfs = toDb(samplePeak);
    }
    into.loudness = r;
    return domain::ok();
}

}  // namespace reelforge::adapters
