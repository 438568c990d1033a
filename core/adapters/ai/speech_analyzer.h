#pragma once

#include "application/interfaces/i_analyzer.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace reelforge::adapters {

class SpeechRecognizer;

// Speech to text with word times. The pass's audio is brought to 16 kHz (low-pass filtered,
// then every third sample), cut into utterances at pauses (5 to 30 s each, so a word is never
// split), and the utterances are decoded by two PocketSphinx decoders on their own threads
// while the pass goes on. The queue between them is bounded: memory stays flat, and a pass
// that outruns the decoders waits for them.
class SpeechAnalyzer final : public application::IAnalyzer {
public:
    SpeechAnalyzer();
    ~SpeechAnalyzer() override;

    QString name() const override { return QStringLiteral("speech"); }
    int version() const override { return 1; }
    bool needsVideo() const override { return false; }
    bool needsAudio() const override { return true; }
    domain::Status begin(const application::DecodeStreams& streams) override;
    void onAudio(const application::AudioBlockView& block) override;
    domain::Status finish(domain::Analysis& into) override;

private:
    struct Utterance {
        std::vector<std::int16_t> samples;
        domain::Micros offset { 0 };
    };

    void push(float sample);
    void cut(std::size_t at);
    void enqueue(Utterance utterance);
    void work(SpeechRecognizer& recognizer);
    void stopWorkers();

    // 48 kHz -> 16 kHz
    std::vector<float> m_fir;
    std::vector<float> m_history;
    std::size_t m_phase = 0;
    std::int64_t m_inputSamples = -1;  // timeline position of the next input sample
    int m_inputRate = 48000;

    // Utterance being collected, and the quiet run at its end (for cutting at pauses).
    Utterance m_current;
    std::size_t m_quietRun = 0;
    double m_frameEnergy = 0.0;
    std::size_t m_frameFill = 0;

    std::vector<std::unique_ptr<SpeechRecognizer>> m_recognizers;
    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Utterance> m_queue;
    std::vector<domain::TranscriptWord> m_words;
    bool m_closing = false;
};

}  // namespace reelforge::adapters
