#include "domain/models/analysis_captions.h"

#include <QStringList>

#include <algorithm>

namespace reelforge::domain {

namespace {

// Splits a cue's words into lines of at most maxLineChars (a single longer word keeps its
// own line rather than being cut).
QStringList wrap(const QStringList& words, int maxLineChars)
{
    QStringList lines;
    QString line;
    for (const QString& w : words) {
        if (!line.isEmpty() && line.size() + 1 + w.size() > maxLineChars) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + w;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QString timestamp(Micros t, QChar fractionSeparator)
{
    const qint64 ms = std::max<qint64>(0, (t.count() + 500) / 1000);
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(ms / 3600000, 2, 10, QLatin1Char('0'))
        .arg(ms / 60000 % 60, 2, 10, QLatin1Char('0'))
        .arg(ms / 1000 % 60, 2, 10, QLatin1Char('0'))
        .arg(fractionSeparator)
        .arg(ms % 1000, 3, 10, QLatin1Char('0'));
}

}  // namespace

std::vector<CaptionCue> captionCues(const Transcript& transcript, const CaptionRules& rules)
{
    std::vector<CaptionCue> cues;
    QStringList words;
    Micros start { 0 };
    Micros end { 0 };
    const auto flush = [&] {
        if (words.isEmpty())
            return;
        cues.push_back({ start, end, wrap(words, rules.maxLineChars).join(QLatin1Char('\n')) });
        words.clear();
    };
    for (const TranscriptWord& w : transcript.words) {
        if (!words.isEmpty()) {
            QStringList candidate = words;
            candidate << w.word;
            const bool tooLong = wrap(candidate, rules.maxLineChars).size() > rules.maxLines;
            if (tooLong || w.start - end >= rules.pauseBreak || w.end - start > rules.maxCue)
                flush();
        }
        if (words.isEmpty())
            start = w.start;
        words << w.word;
        end = std::max(end, w.end);
    }
    flush();
    // Hold short cues a little longer so they can be read, without overlapping the next.
    for (std::size_t i = 0; i < cues.size(); ++i) {
        const Micros limit = i + 1 < cues.size() ? cues[i + 1].start : cues[i].start + rules.minCue;
        if (cues[i].end - cues[i].start < rules.minCue)
            cues[i].end = std::max(cues[i].end, std::min(cues[i].start + rules.minCue, limit));
    }
    return cues;
}

QString toSrt(const std::vector<CaptionCue>& cues)
{
    QString out;
    int n = 0;
    for (const CaptionCue& c : cues) {
        out += QString::number(++n) + QLatin1Char('\n') + timestamp(c.start, QLatin1Char(','))
            + QStringLiteral(" --> ") + timestamp(c.end, QLatin1Char(',')) + QLatin1Char('\n') + c.text
            + QStringLiteral("\n\n");
    }
    return out;
}

QString toWebVtt(const std::vector<CaptionCue>& cues)
{
    QString out = QStringLiteral("WEBVTT\n\n");
    for (const CaptionCue& c : cues) {
        out += timestamp(c.start, QLatin1Char('.')) + QStringLiteral(" --> ")
            + timestamp(c.end, QLatin1Char('.')) + QLatin1Char('\n') + c.text + QStringLiteral("\n\n");
    }
    return out;
}

}  // namespace reelforge::domain
