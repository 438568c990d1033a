#pragma once

#include "domain/models/analysis.h"
#include "domain/result.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace reelforge::adapters {

// One PocketSphinx decoder (Debian's 5prealpha API) with the US English model from the
// pocketsphinx-en-us package. Decodes one utterance of 16 kHz mono 16-bit audio at a time
// into words with times (10 ms resolution) and posterior confidences. PocketSphinx's own
// silence removal is off: it would shift the word times. Not thread-safe: one per thread.
class SpeechRecognizer {
public:
    SpeechRecognizer();
    ~SpeechRecognizer();
    SpeechRecognizer(const SpeechRecognizer&) = delete;
    SpeechRecognizer& operator=(const SpeechRecognizer&) = delete;

    // NotFound when the model is not installed. `modelFolder` empty: the Debian location or
    // $REELFORGE_SPEECH_MODEL.
    domain::Status load(const QString& modelFolder = {});
    // Words of `samples`, with times from `offset` (the utterance's place on the timeline).
    std::vector<domain::TranscriptWord> decode(
        const std::vector<std::int16_t>& samples, domain::Micros offset);

    static QString defaultModelFolder();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace reelforge::adapters
