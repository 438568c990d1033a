#include "domain/models/analysis.h"

#include <algorithm>
#include <cmath>

namespace reelforge::domain {

QString sceneKindName(SceneKind kind)
{
    return kind == SceneKind::Fade ? QStringLiteral("fade") : QStringLiteral("cut");
}

double toSeconds(Micros t)
{
    return static_cast<double>(t.count()) / 1e6;
}

Micros fromSeconds(double seconds)
{
    return Micros(static_cast<std::int64_t>(std::llround(seconds * 1e6)));
}

std::vector<std::pair<std::int8_t, std::int8_t>> Waveform::peaksFor(int columns) const
{
    std::vector<std::pair<std::int8_t, std::int8_t>> out;
    const std::size_t n = std::min(minimum.size(), maximum.size());
    if (columns <= 0 || n == 0)
        return out;
    out.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) {
        // Each output column covers its share of the stored ones (at least one), so narrow
        // strips keep every peak and wide strips repeat columns rather than interpolate.
        std::size_t from = n * static_cast<std::size_t>(c) / static_cast<std::size_t>(columns);
        std::size_t to = n * static_cast<std::size_t>(c + 1) / static_cast<std::size_t>(columns);
        to = std::max(to, from + 1);
        from = std::min(from, n - 1);
        to = std::min(to, n);
        std::int8_t lo = 127;
        std::int8_t hi = -127;
        for (std::size_t i = from; i < to; ++i) {
            lo = std::min(lo, minimum[i]);
            hi = std::max(hi, maximum[i]);
        }
        out.emplace_back(lo, hi);
    }
    return out;
}

QString Transcript::text() const
{
    QStringList parts;
    for (const TranscriptWord& w : words)
        parts << w.word;
    return parts.join(QLatin1Char(' '));
}

void Analysis::merge(const Analysis& part)
{
    duration = std::max(duration, part.duration);
    if (part.scenes)
        scenes = part.scenes;
    if (part.silences)
        silences = part.silences;
    if (part.loudness)
        loudness = part.loudness;
    if (part.waveform)
        waveform = part.waveform;
    if (part.faces)
        faces = part.faces;
    if (part.thumbnails)
        thumbnails = part.thumbnails;
    if (part.transcript)
        transcript = part.transcript;
    for (const AnalysisIssue& issue : part.issues) {
        if (std::find(issues.begin(), issues.end(), issue) == issues.end())
            issues.push_back(issue);
    }
}

QStringList Analysis::sections() const
{
    QStringList out;
    if (scenes)
        out << QStringLiteral("scenes");
    if (silences)
        out << QStringLiteral("silences");
    if (loudness)
        out << QStringLiteral("loudness");
    if (waveform)
        out << QStringLiteral("waveform");
    if (faces)
        out << QStringLiteral("faces");
    if (thumbnails)
        out << QStringLiteral("thumbnails");
    if (transcript)
        out << QStringLiteral("speech");
    return out;
}

}  // namespace reelforge::domain
