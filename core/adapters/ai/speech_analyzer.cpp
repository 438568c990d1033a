#include "adapters/ai/speech_analyzer.h"

#include "adapters/ai/speech_recognizer.h"

#include <algorithm>
#include <cmath>

namespace reelforge::adapters {

namespace {

constexpr int kRate = 16000;
constexpr int kDecimation = 3;  // the pass delivers 48 kHz
constexpr int kTaps = 63;
constexpr std::size_t kMinUtterance = 5 * kRate;
constexpr std::size_t kMaxUtterance = 30 * kRate;
constexpr std::size_t kPause = kRate * 3 / 10;  // 300 ms of quiet is a pause between words
constexpr std::size_t kEnergyFrame = kRate / 100;
constexpr double kQuietEnergy = 1e-5;  // mean square of a 10 ms frame: about -50 dBFS
constexpr std::size_t kMaxQueued = 4;
constexpr int kDecoders = 2;

// Windowed-sinc low-pass at 7.2 kHz for 48 kHz input: what survives taking every third sample.
std::vector<float> lowPass()
{
    std::vector<float> taps(kTaps);
    const double cutoff = 7200.0 / 48000.0;
    double sum = 0.0;
    for (int i = 0; i < kTaps; ++i) {
        const double n = i - (kTaps - 1) / 2.0;
        const double sinc = n == 0.0 ? 2.0 * cutoff : std::sin(2.0 * M_PI * cutoff * n) / (M_PI * n);
        const double window = 0.54 - 0.46 * std::cos(2.0 * M_PI * i / (kTaps - 1));
        taps[static_cast<std::size_t>(i)] = static_cast<float>(sinc * window);
        sum += sinc * window;
    }
    for (float& t : taps)
        t = static_cast<float>(t / sum);
    return taps;
}

}  // namespace

SpeechAnalyzer::SpeechAnalyzer() = default;

SpeechAnalyzer::~SpeechAnalyzer()
{
    stopWorkers();
}

domain::Status SpeechAnalyzer::begin(const application::DecodeStreams& streams)
{
    if (streams.sampleRate != kRate * kDecimation)
        return domain::fail(
            domain::ErrorCode::UnsupportedMedia, QStringLiteral("speech needs the pass's audio at 48 kHz"));
    m_inputRate = streams.sampleRate;
    for (int i = 0; i < kDecoders; ++i) {
        auto recognizer = std::make_unique<SpeechRecognizer>();
        if (domain::Status s = recognizer->load(); !s)
            return s;
        m_recognizers.push_back(std::move(recognizer));
    }
    for (auto& recognizer : m_recognizers)
        m_workers.emplace_back([this, r = recognizer.get()] { work(*r); });
    m_fir = lowPass();
    m_history.assign(kTaps, 0.0f);
    return domain::ok();
}

void SpeechAnalyzer::onAudio(const application::AudioBlockView& block)
{
    if (m_inputSamples < 0) {
        m_inputSamples = block.firstSample;
        m_current.offset = domain::Micros(block.firstSample * 1000000 / m_inputRate);
    }
    for (int i = 0; i < block.frames; ++i) {
        // The history is a sliding window of the last kTaps input samples.
        std::rotate(m_history.begin(), m_history.begin() + 1, m_history.end());
        m_history.back() = block.mono[i];
        if (++m_phase < kDecimation)
            continue;
        m_phase = 0;
        float y = 0.0f;
        for (int t = 0; t < kTaps; ++t)
            y += m_fir[static_cast<std::size_t>(t)] * m_history[static_cast<std::size_t>(t)];
        push(y);
    }
    m_inputSamples += block.frames;
}

void SpeechAnalyzer::push(float sample)
{
    const float clipped = std::clamp(sample, -1.0f, 1.0f);
    m_current.samples.push_back(static_cast<std::int16_t>(std::lround(clipped * 32767.0f)));
    m_frameEnergy += static_cast<double>(clipped) * clipped;
    if (++m_frameFill == kEnergyFrame) {
        const bool quiet = m_frameEnergy / kEnergyFrame < kQuietEnergy;
        m_quietRun = quiet ? m_quietRun + kEnergyFrame : 0;
        m_frameEnergy = 0.0;
        m_frameFill = 0;
    }
    const std::size_t n = m_current.samples.size();
    // Cut in the middle of a pause, so neither utterance loses the edge of a word.
    if (n >= kMinUtterance && m_quietRun >= kPause)
        cut(n - m_quietRun / 2);
    else if (n >= kMaxUtterance)
        cut(n);
}

void SpeechAnalyzer::cut(std::size_t at)
{
    Utterance next;
    next.offset = m_current.offset + domain::Micros(static_cast<std::int64_t>(at) * 1000000 / kRate);
    next.samples.assign(m_current.samples.begin() + static_cast<std::ptrdiff_t>(at), m_current.samples.end());
    m_current.samples.resize(at);
    enqueue(std::move(m_current));
    m_current = std::move(next);
    m_quietRun = 0;
}

void SpeechAnalyzer::enqueue(Utterance utterance)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_queue.size() < kMaxQueued || m_closing; });
    m_queue.push_back(std::move(utterance));
    m_changed.notify_all();
}

void SpeechAnalyzer::work(SpeechRecognizer& recognizer)
{
    while (true) {
        Utterance u;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_queue.empty() || m_closing; });
            if (m_queue.empty())
                return;
            u = std::move(m_queue.front());
            m_queue.pop_front();
            m_changed.notify_all();
        }
        std::vector<domain::TranscriptWord> words = recognizer.decode(u.samples, u.offset);
        std::lock_guard lock(m_mutex);
        m_words.insert(m_words.end(), words.begin(), words.end());
    }
}

void SpeechAnalyzer::stopWorkers()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    for (std::thread& t : m_workers)
        t.join();
    m_workers.clear();
}

domain::Status SpeechAnalyzer::finish(domain::Analysis& into)
{
    if (!m_current.samples.empty())
        enqueue(std::move(m_current));
    stopWorkers();  // the workers drain the queue before they stop
    std::sort(m_words.begin(), m_words.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    domain::Transcript transcript;
    transcript.words = m_words;
    into.transcript = transcript;
    return domain::ok();
}

}  // namespace reelforge::adapters
