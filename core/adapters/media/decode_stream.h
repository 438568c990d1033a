#pragma once

#include "adapters/media/av_handles.h"
#include "adapters/media/decoder_error_log.h"
#include "domain/models/analysis.h"
#include "domain/result.h"

#include <cstdint>
#include <vector>

struct AVStream;

namespace reelforge::adapters {

// One stream the decode pass reads: its decoder and the damage met while decoding it, which
// ends up as issues of the analysis. Three kinds of damage are told apart: packets the decoder
// refuses and frames it marks as damaged (both lost), and errors it logs while concealing
// damage in frames it still returns (H.264 does this for a damaged slice).
// Threading: used by the pass's thread; the error count also moves on the decoder's threads.
class DecodeStream {
public:
    // UnsupportedCodec (no decoder), MediaUnreadable (the decoder does not open).
    domain::Status open(int index, const AVStream& stream);

    bool isOpen() const { return m_decoder != nullptr; }
    // Open and not given up on: the pass feeds it. A stream that broke beyond repair is marked
    // failed; the pass goes on without it and reports none of its damage (its analyzers fail).
    bool isActive() const { return isOpen() && !m_failed; }
    void markFailed() { m_failed = true; }
    int index() const { return m_index; }
    const AVStream& stream() const { return *m_stream; }
    AVCodecContext* decoder() const { return m_decoder.get(); }

    // A packet or frame lost to damage at `at`. False once so many are lost in a row that the
    // stream is damaged beyond a glitch.
    bool noteDamage(domain::Micros at);
    void noteFrameReceived() { m_damagedInARow = 0; }
    void noteDecoded(domain::Micros frameEnd);  // a frame handed to the analyzers
    // Dates the first concealed error: called after each packet with that packet's time (with
    // frame threads the error may be logged a few frames late, hence "near").
    void noteErrorsUpTo(domain::Micros at);

    domain::Micros end() const { return m_end; }
    void setEnd(domain::Micros end) { m_end = end; }
    bool produced() const { return m_produced; }

    // This stream's issues: damage, nothing decoded, an end well before the file's.
    void report(
        const QString& kind, domain::Micros fileEnd, std::vector<domain::AnalysisIssue>& issues) const;

private:
    int m_index = -1;
    const AVStream* m_stream = nullptr;
    DecoderErrorLog m_errors;  // declared before the decoder: it outlives the decoder's threads
    CodecContextPtr m_decoder;
    std::int64_t m_damaged = 0;
    int m_damagedInARow = 0;
    domain::Micros m_firstDamage { -1 };
    bool m_errorDated = false;
    domain::Micros m_firstError { -1 };
    domain::Micros m_end { 0 };  // presentation end of the last frame decoded
    bool m_produced = false;
    bool m_failed = false;
};

}  // namespace reelforge::adapters
