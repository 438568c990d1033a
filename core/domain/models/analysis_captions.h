#pragma once

#include "domain/models/analysis.h"

#include <QString>

#include <vector>

namespace reelforge::domain {

// One caption on screen: up to two lines, shown from start to end.
struct CaptionCue {
    Micros start { 0 };
    Micros end { 0 };
    QString text;  // lines separated by '\n'
    friend bool operator==(const CaptionCue&, const CaptionCue&) = default;
};

// How words are grouped into cues; the defaults follow common broadcast guidance
// (at most 2 lines of 42 characters, a cue at most 6 s, a new cue after a pause).
struct CaptionRules {
    int maxLineChars = 42;
    int maxLines = 2;
    Micros maxCue { 6000000 };
    Micros pauseBreak { 700000 };  // a silence this long between words starts a new cue
    Micros minCue { 700000 };  // short cues are held this long, if the next one allows
};

std::vector<CaptionCue> captionCues(const Transcript& transcript, const CaptionRules& rules = {});

// SubRip (.srt) and WebVTT (.vtt) documents, UTF-8 text with '\n' line ends.
QString toSrt(const std::vector<CaptionCue>& cues);
QString toWebVtt(const std::vector<CaptionCue>& cues);

}  // namespace reelforge::domain
