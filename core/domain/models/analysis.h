#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>
#include <optional>
#include <vector>

namespace reelforge::domain {

using Micros = std::chrono::microseconds;

// A span of the media's timeline, from its first presentation time.
struct TimeRange {
    Micros start { 0 };
    Micros end { 0 };

    Micros length() const { return end - start; }
    friend bool operator==(const TimeRange&, const TimeRange&) = default;
};

enum class SceneKind { Cut, Fade };

QString sceneKindName(SceneKind kind);  // "cut", "fade"

// Where a new shot starts. For a cut, `time`/`frame` is the first frame of the new shot; for a
// fade or dissolve it is the middle of the transition and `span` covers all of it.
struct SceneChange {
    Micros time { 0 };
    std::int64_t frame = 0;  // index of the decoded frame, in presentation order, from 0
    SceneKind kind = SceneKind::Cut;
    double score = 0.0;  // detector confidence; > 1 means above its adaptive threshold
    TimeRange span;  // the transition's frames ([time, time] for a cut)
    friend bool operator==(const SceneChange&, const SceneChange&) = default;
};

// EBU R128 / ITU-R BS.1770-4 figures. Series are for display: one value per `seriesStep`,
// -inf (stored as the value `kSilentLufs`) where the window holds only silence.
struct Loudness {
    static constexpr double kSilentLufs = -200.0;

    double integratedLufs = kSilentLufs;
    double rangeLu = 0.0;
    double truePeakDbtp = kSilentLufs;
    double samplePeakDbfs = kSilentLufs;
    Micros seriesStep { 100000 };
    std::vector<float> momentaryLufs;  // 400 ms windows
    std::vector<float> shortTermLufs;  // 3 s windows
    friend bool operator==(const Loudness&, const Loudness&) = default;
};

// Audio peaks for drawing, computed once: for each column of `columnStep`, the lowest and
// highest sample over all channels, as -127..127. Plain data; for any other width ask
// peaksFor().
struct Waveform {
    Micros columnStep { 10000 };
    std::vector<std::int8_t> minimum;
    std::vector<std::int8_t> maximum;

    // `columns` (min,max) pairs over the whole duration, for a strip that many pixels wide.
    std::vector<std::pair<std::int8_t, std::int8_t>> peaksFor(int columns) const;
    friend bool operator==(const Waveform&, const Waveform&) = default;
};

// A face in a frame, in fractions of the displayed (rotation applied) frame: x,y top left.
struct FaceBox {
    double x = 0.0;
    double y = 0.0;
    double w = 0.0;
    double h = 0.0;
    double confidence = 0.0;  // 0..1
    friend bool operator==(const FaceBox&, const FaceBox&) = default;
};

struct FaceSample {
    Micros time { 0 };
    std::vector<FaceBox> boxes;
    friend bool operator==(const FaceSample&, const FaceSample&) = default;
};

// A frame worth using as a thumbnail; score 0..1 (sharp, well exposed, faces, salient).
struct ThumbnailCandidate {
    Micros time { 0 };
    double score = 0.0;
    friend bool operator==(const ThumbnailCandidate&, const ThumbnailCandidate&) = default;
};

struct TranscriptWord {
    QString word;
    Micros start { 0 };
    Micros end { 0 };
    double confidence = 0.0;  // 0..1
    friend bool operator==(const TranscriptWord&, const TranscriptWord&) = default;
};

struct Transcript {
    QString language = QStringLiteral("en-US");
    std::vector<TranscriptWord> words;

    QString text() const;  // the words joined by spaces
    friend bool operator==(const Transcript&, const Transcript&) = default;
};

// Something the analysis had to work around (a damaged packet, a stream that ends early).
// Codes are stable identifiers for the CLI/API; `detail` is technical English.
struct AnalysisIssue {
    QString code;  // "damaged-packets", "stream-ended-early", "no-audio", "no-video", ...
    QString detail;
    Micros at { -1 };  // where it happened, < 0 when not tied to a time
    friend bool operator==(const AnalysisIssue&, const AnalysisIssue&) = default;
};

// Everything known about one media file's content. Each analyzer fills its own section; a
// section that is std::nullopt was not analysed (an empty list means analysed, none found).
// Results for different analyzers are stored separately and combined with merge().
struct Analysis {
    Micros duration { 0 };
    std::optional<std::vector<SceneChange>> scenes;
    std::optional<std::vector<TimeRange>> silences;
    std::optional<Loudness> loudness;
    std::optional<Waveform> waveform;
    std::optional<std::vector<FaceSample>> faces;
    std::optional<std::vector<ThumbnailCandidate>> thumbnails;
    std::optional<Transcript> transcript;
    std::vector<AnalysisIssue> issues;

    // Takes every section `part` has; issues are added unless already present.
    void merge(const Analysis& part);
    // Names of the sections present, in a fixed order ("scenes", "silences", ...).
    QStringList sections() const;
    friend bool operator==(const Analysis&, const Analysis&) = default;
};

double toSeconds(Micros t);
Micros fromSeconds(double seconds);

}  // namespace reelforge::domain
