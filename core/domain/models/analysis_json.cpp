#include "domain/models/analysis_json.h"

#include <QJsonArray>

#include <cmath>

namespace reelforge::domain {

namespace {

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

QJsonValue seconds(Micros t)
{
    return toSeconds(t);
}

Micros micros(const QJsonObject& o, const char* name)
{
    return fromSeconds(o.value(key(name)).toDouble());
}

// -inf (silence) has no JSON number: it is written as null and read back as kSilentLufs.
QJsonValue level(double value)
{
    if (!std::isfinite(value) || value <= Loudness::kSilentLufs)
        return QJsonValue(QJsonValue::Null);
    return std::round(value * 1000.0) / 1000.0;
}

double levelFrom(const QJsonValue& v)
{
    return v.isDouble() ? v.toDouble() : Loudness::kSilentLufs;
}

QJsonArray series(const std::vector<float>& values)
{
    QJsonArray out;
    for (float v : values)
        out.append(std::round(static_cast<double>(v) * 100.0) / 100.0);
    return out;
}

std::vector<float> seriesFrom(const QJsonValue& v)
{
    std::vector<float> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(static_cast<float>(levelFrom(x)));
    return out;
}

QJsonObject scenesJson(const SceneChange& s)
{
    return { { key("timeSeconds"), seconds(s.time) }, { key("frame"), static_cast<qint64>(s.frame) },
        { key("kind"), sceneKindName(s.kind) }, { key("score"), std::round(s.score * 1000.0) / 1000.0 },
        { key("startSeconds"), seconds(s.span.start) }, { key("endSeconds"), seconds(s.span.end) } };
}

QJsonObject loudnessJson(const Loudness& l, AnalysisJsonDetail detail)
{
    QJsonObject o { { key("integratedLufs"), level(l.integratedLufs) },
        { key("rangeLu"), std::round(l.rangeLu * 1000.0) / 1000.0 },
        { key("truePeakDbtp"), level(l.truePeakDbtp) }, { key("samplePeakDbfs"), level(l.samplePeakDbfs) } };
    if (detail == AnalysisJsonDetail::Full) {
        o.insert(key("seriesStepSeconds"), seconds(l.seriesStep));
        o.insert(key("momentaryLufs"), series(l.momentaryLufs));
        o.insert(key("shortTermLufs"), series(l.shortTermLufs));
    }
    return o;
}

QJsonObject waveformJson(const Waveform& w)
{
    QByteArray peaks;
    const std::size_t n = std::min(w.minimum.size(), w.maximum.size());
    peaks.reserve(static_cast<qsizetype>(n * 2));
    for (std::size_t i = 0; i < n; ++i) {
        peaks.append(static_cast<char>(w.minimum[i]));
        peaks.append(static_cast<char>(w.maximum[i]));
    }
    // Base64 of (min,max) byte pairs: an hour at 100 columns/s stays under 1 MB of text.
    return { { key("columnStepSeconds"), seconds(w.columnStep) },
        { key("peaks"), QString::fromLatin1(peaks.toBase64()) } };
}

QJsonObject facesJson(const FaceSample& f)
{
    QJsonArray boxes;
    const auto r = [](double v) { return std::round(v * 10000.0) / 10000.0; };
    for (const FaceBox& b : f.boxes)
        boxes.append(QJsonObject { { key("x"), r(b.x) }, { key("y"), r(b.y) }, { key("w"), r(b.w) },
            { key("h"), r(b.h) }, { key("confidence"), r(b.confidence) } });
    return { { key("timeSeconds"), seconds(f.time) }, { key("boxes"), boxes } };
}

QJsonObject transcriptJson(const Transcript& t)
{
    QJsonArray words;
    for (const TranscriptWord& w : t.words)
        words.append(QJsonObject { { key("word"), w.word }, { key("startSeconds"), seconds(w.start) },
            { key("endSeconds"), seconds(w.end) },
            { key("confidence"), std::round(w.confidence * 1000.0) / 1000.0 } });
    return { { key("text"), t.text() }, { key("language"), t.language }, { key("words"), words } };
}

template<typename T, typename F> QJsonArray arrayOf(const std::vector<T>& items, F toJson)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(toJson(item));
    return out;
}

Status expectArray(const QJsonObject& json, const char* name)
{
    if (json.contains(key(name)) && !json.value(key(name)).isArray())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("analysis section is not a list"), key(name));
    return ok();
}

void readScenes(const QJsonArray& a, Analysis& out)
{
    std::vector<SceneChange> scenes;
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        SceneChange s;
        s.time = micros(o, "timeSeconds");
        s.frame = o.value(key("frame")).toInteger();
        s.kind = o.value(key("kind")).toString() == QLatin1String("fade") ? SceneKind::Fade : SceneKind::Cut;
        s.score = o.value(key("score")).toDouble();
        s.span = { o.contains(key("startSeconds")) ? micros(o, "startSeconds") : s.time,
            o.contains(key("endSeconds")) ? micros(o, "endSeconds") : s.time };
        scenes.push_back(s);
    }
    out.scenes = std::move(scenes);
}

Loudness readLoudness(const QJsonObject& o)
{
    Loudness l;
    l.integratedLufs = levelFrom(o.value(key("integratedLufs")));
    l.rangeLu = o.value(key("rangeLu")).toDouble();
    l.truePeakDbtp = levelFrom(o.value(key("truePeakDbtp")));
    l.samplePeakDbfs = levelFrom(o.value(key("samplePeakDbfs")));
    if (o.contains(key("seriesStepSeconds")))
        l.seriesStep = micros(o, "seriesStepSeconds");
    l.momentaryLufs = seriesFrom(o.value(key("momentaryLufs")));
    l.shortTermLufs = seriesFrom(o.value(key("shortTermLufs")));
    return l;
}

Waveform readWaveform(const QJsonObject& o)
{
    Waveform w;
    w.columnStep = micros(o, "columnStepSeconds");
    const QByteArray peaks = QByteArray::fromBase64(o.value(key("peaks")).toString().toLatin1());
    for (qsizetype i = 0; i + 1 < peaks.size(); i += 2) {
        w.minimum.push_back(static_cast<std::int8_t>(peaks[i]));
        w.maximum.push_back(static_cast<std::int8_t>(peaks[i + 1]));
    }
    return w;
}

std::vector<FaceSample> readFaces(const QJsonArray& a)
{
    std::vector<FaceSample> faces;
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        FaceSample f;
        f.time = micros(o, "timeSeconds");
        for (const QJsonValue& b : o.value(key("boxes")).toArray()) {
            const QJsonObject bo = b.toObject();
            f.boxes.push_back(
                { bo.value(key("x")).toDouble(), bo.value(key("y")).toDouble(), bo.value(key("w")).toDouble(),
                    bo.value(key("h")).toDouble(), bo.value(key("confidence")).toDouble() });
        }
        faces.push_back(std::move(f));
    }
    return faces;
}

Transcript readTranscript(const QJsonObject& o)
{
    Transcript t;
    if (o.contains(key("language")))
        t.language = o.value(key("language")).toString();
    for (const QJsonValue& v : o.value(key("words")).toArray()) {
        const QJsonObject w = v.toObject();
        t.words.push_back({ w.value(key("word")).toString(), micros(w, "startSeconds"),
            micros(w, "endSeconds"), w.value(key("confidence")).toDouble() });
    }
    return t;
}

}  // namespace

QJsonObject analysisToJson(const Analysis& a, AnalysisJsonDetail detail)
{
    QJsonObject o { { key("durationSeconds"), seconds(a.duration) } };
    if (a.scenes)
        o.insert(key("scenes"), arrayOf(*a.scenes, scenesJson));
    if (a.silences) {
        o.insert(key("silences"), arrayOf(*a.silences, [](const TimeRange& r) {
            return QJsonObject { { key("startSeconds"), seconds(r.start) },
                { key("endSeconds"), seconds(r.end) } };
        }));
    }
    if (a.loudness)
        o.insert(key("loudness"), loudnessJson(*a.loudness, detail));
    if (a.waveform && detail == AnalysisJsonDetail::Full)
        o.insert(key("waveform"), waveformJson(*a.waveform));
    if (a.faces)
        o.insert(key("faces"), arrayOf(*a.faces, facesJson));
    if (a.thumbnails) {
        o.insert(key("thumbnails"), arrayOf(*a.thumbnails, [](const ThumbnailCandidate& t) {
            return QJsonObject { { key("timeSeconds"), seconds(t.time) },
                { key("score"), std::round(t.score * 1000.0) / 1000.0 } };
        }));
    }
    if (a.transcript)
        o.insert(key("transcript"), transcriptJson(*a.transcript));
    o.insert(key("issues"), arrayOf(a.issues, [](const AnalysisIssue& i) {
        QJsonObject io { { key("code"), i.code }, { key("detail"), i.detail } };
        if (i.at.count() >= 0)
            io.insert(key("atSeconds"), seconds(i.at));
        return io;
    }));
    return o;
}

Result<Analysis> analysisFromJson(const QJsonObject& json)
{
    for (const char* name : { "scenes", "silences", "faces", "thumbnails", "issues" }) {
        if (Status s = expectArray(json, name); !s)
            return tl::unexpected(s.error());
    }
    Analysis a;
    a.duration = micros(json, "durationSeconds");
    if (json.contains(key("scenes")))
        readScenes(json.value(key("scenes")).toArray(), a);
    if (json.contains(key("silences"))) {
        std::vector<TimeRange> silences;
        for (const QJsonValue& v : json.value(key("silences")).toArray())
            silences.push_back({ micros(v.toObject(), "startSeconds"), micros(v.toObject(), "endSeconds") });
        a.silences = std::move(silences);
    }
    if (json.contains(key("loudness")))
        a.loudness = readLoudness(json.value(key("loudness")).toObject());
    if (json.contains(key("waveform")))
        a.waveform = readWaveform(json.value(key("waveform")).toObject());
    if (json.contains(key("faces")))
        a.faces = readFaces(json.value(key("faces")).toArray());
    if (json.contains(key("thumbnails"))) {
        std::vector<ThumbnailCandidate> thumbs;
        for (const QJsonValue& v : json.value(key("thumbnails")).toArray())
            thumbs.push_back(
                { micros(v.toObject(), "timeSeconds"), v.toObject().value(key("score")).toDouble() });
        a.thumbnails = std::move(thumbs);
    }
    if (json.contains(key("transcript")))
        a.transcript = readTranscript(json.value(key("transcript")).toObject());
    for (const QJsonValue& v : json.value(key("issues")).toArray()) {
        const QJsonObject o = v.toObject();
        a.issues.push_back({ o.value(key("code")).toString(), o.value(key("detail")).toString(),
            o.contains(key("atSeconds")) ? micros(o, "atSeconds") : Micros(-1) });
    }
    return a;
}

}  // namespace reelforge::domain
