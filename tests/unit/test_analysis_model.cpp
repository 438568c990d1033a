#include "domain/models/analysis.h"
#include "domain/models/analysis_captions.h"
#include "domain/models/analysis_json.h"

#include <QJsonArray>
#include <QTest>

using namespace reelforge::domain;

// The Analysis model: its JSON (the CLI contract and the cache format), merging of parts
// from different analyzers, waveform resampling for any strip width, and captions.
class TestAnalysisModel final : public QObject {
    Q_OBJECT

    static Micros s(double seconds) { return fromSeconds(seconds); }

    static Analysis sample()
    {
        Analysis a;
        a.duration = s(12.345678);
        a.scenes = std::vector<SceneChange> { { s(4.0), 100, SceneKind::Cut, 5.5, { s(4.0), s(4.0) } },
            { s(8.5), 212, SceneKind::Fade, 2.0, { s(8.0), s(9.0) } } };
        a.silences = std::vector<TimeRange> { { s(1.25), s(2.5) } };
        Loudness l;
        l.integratedLufs = -23.04;
        l.rangeLu = 5.2;
        l.truePeakDbtp = -1.5;
        l.samplePeakDbfs = -1.7;
        l.momentaryLufs = { -30.0f, static_cast<float>(Loudness::kSilentLufs), -22.5f };
        l.shortTermLufs = { -31.0f, -24.0f, -23.0f };
        a.loudness = l;
        Waveform w;
        w.minimum = { -10, -127, 0 };
        w.maximum = { 12, 127, 0 };
        a.waveform = w;
        a.faces = std::vector<FaceSample> { { s(1.0), { { 0.25, 0.125, 0.5, 0.5, 0.9 } } }, { s(2.0), {} } };
        a.thumbnails = std::vector<ThumbnailCandidate> { { s(3.0), 0.8 } };
        Transcript t;
        t.words = { { QStringLiteral("hello"), s(0.5), s(0.9), 0.75 },
            { QStringLiteral("world"), s(1.0), s(1.4), 0.5 } };
        a.transcript = t;
        a.issues = { { QStringLiteral("damaged-packets"), QStringLiteral("video: 2 damaged"), s(3.0) } };
        return a;
    }

private slots:
    void fullJsonRoundTripsExactly()
    {
        const Analysis a = sample();
        auto back = analysisFromJson(analysisToJson(a, AnalysisJsonDetail::Full));
        QVERIFY(back);
        QCOMPARE(back->duration, a.duration);
        QCOMPARE(*back->scenes, *a.scenes);
        QCOMPARE(*back->silences, *a.silences);
        QCOMPARE(back->loudness->momentaryLufs, a.loudness->momentaryLufs);
        QCOMPARE(*back->waveform, *a.waveform);
        QCOMPARE(*back->faces, *a.faces);
        QCOMPARE(*back->transcript, *a.transcript);
        QCOMPARE(back->issues, a.issues);
    }

    void summaryHasTheCliShapeWithoutDisplaySeries()
    {
        const QJsonObject o = analysisToJson(sample(), AnalysisJsonDetail::Summary);
        QCOMPARE(o.value(QStringLiteral("durationSeconds")).toDouble(), 12.345678);
        const QJsonObject cut = o.value(QStringLiteral("scenes")).toArray().at(0).toObject();
        QCOMPARE(cut.value(QStringLiteral("timeSeconds")).toDouble(), 4.0);
        QCOMPARE(cut.value(QStringLiteral("frame")).toInt(), 100);
        QCOMPARE(cut.value(QStringLiteral("kind")).toString(), QStringLiteral("cut"));
        QCOMPARE(o.value(QStringLiteral("scenes"))
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
            QStringLiteral("fade"));
        const QJsonObject loud = o.value(QStringLiteral("loudness")).toObject();
        QCOMPARE(loud.value(QStringLiteral("integratedLufs")).toDouble(), -23.04);
        QVERIFY(!loud.contains(QStringLiteral("momentaryLufs")));
        QVERIFY(!o.contains(QStringLiteral("waveform")));
        const QJsonObject box = o.value(QStringLiteral("faces"))
                                    .toArray()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("boxes"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
        QCOMPARE(box.value(QStringLiteral("w")).toDouble(), 0.5);
        QCOMPARE(o.value(QStringLiteral("transcript")).toObject().value(QStringLiteral("text")).toString(),
            QStringLiteral("hello world"));
        QCOMPARE(o.value(QStringLiteral("silences"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("endSeconds"))
                     .toDouble(),
            2.5);
    }

    void silenceHasNoLoudnessNumberButNull()
    {
        Analysis a;
        a.loudness = Loudness {};
        const QJsonObject loud = analysisToJson(a).value(QStringLiteral("loudness")).toObject();
        QVERIFY(loud.value(QStringLiteral("integratedLufs")).isNull());
        auto back = analysisFromJson(analysisToJson(a));
        QVERIFY(back);
        QCOMPARE(back->loudness->integratedLufs, Loudness::kSilentLufs);
    }

    void absentSectionsStayAbsentAndEmptyOnesStayEmpty()
    {
        Analysis a;
        a.silences = std::vector<TimeRange> {};
        const QJsonObject o = analysisToJson(a);
        QVERIFY(!o.contains(QStringLiteral("scenes")));
        QVERIFY(o.value(QStringLiteral("silences")).toArray().isEmpty());
        auto back = analysisFromJson(o);
        QVERIFY(back && !back->scenes && back->silences && back->silences->empty());
        QCOMPARE(back->sections(), QStringList { QStringLiteral("silences") });
    }

    void malformedSectionIsAnError()
    {
        QVERIFY(!analysisFromJson(QJsonObject { { QStringLiteral("scenes"), 3 } }));
    }

    void mergeTakesThePartsSectionsAndDeduplicatesIssues()
    {
        Analysis whole = sample();
        Analysis part;
        part.silences = std::vector<TimeRange> {};
        part.issues = whole.issues;
        whole.merge(part);
        QVERIFY(whole.silences->empty());
        QVERIFY(whole.scenes.has_value());
        QCOMPARE(whole.issues.size(), std::size_t(1));
    }

    void waveformPeaksForAnyWidthKeepEveryPeak()
    {
        Waveform w;
        w.minimum = { -1, -2, -100, -3 };
        w.maximum = { 1, 90, 2, 3 };
        const auto two = w.peaksFor(2);
        QCOMPARE(two.size(), std::size_t(2));
        QCOMPARE(two[0], std::make_pair(std::int8_t(-2), std::int8_t(90)));
        QCOMPARE(two[1], std::make_pair(std::int8_t(-100), std::int8_t(3)));
        QCOMPARE(w.peaksFor(8).size(), std::size_t(8));
        QVERIFY(w.peaksFor(0).empty());
    }

    void captionsGroupWordsAtPausesAndLineLength()
    {
        Transcript t;
        t.words = { { QStringLiteral("hello"), s(0.5), s(0.9), 1 },
            { QStringLiteral("there"), s(1.0), s(1.3), 1 }, { QStringLiteral("again"), s(3.0), s(3.4), 1 } };
        const auto cues = captionCues(t);
        QCOMPARE(cues.size(), std::size_t(2));
        QCOMPARE(cues[0].text, QStringLiteral("hello there"));
        QCOMPARE(cues[0].start, s(0.5));
        QCOMPARE(cues[0].end, s(1.3));
        QCOMPARE(cues[1].end, s(3.7));  // held for the minimum reading time
        QCOMPARE(toSrt(cues),
            QStringLiteral("1\n00:00:00,500 --> 00:00:01,300\nhello there\n\n"
                           "2\n00:00:03,000 --> 00:00:03,700\nagain\n\n"));
        QVERIFY(toWebVtt(cues).startsWith(
            QStringLiteral("WEBVTT\n\n00:00:00.500 --> 00:00:01.300\nhello there\n")));
    }

    void longSpeechIsSplitIntoTwoLineCues()
    {
        Transcript t;
        for (int i = 0; i < 40; ++i)
            t.words.push_back({ QStringLiteral("word%1").arg(i), s(i * 0.3), s(i * 0.3 + 0.25), 1 });
        const auto cues = captionCues(t);
        QVERIFY(cues.size() > 3);
        for (const auto& c : cues) {
            const QStringList lines = c.text.split(QLatin1Char('\n'));
            QVERIFY(lines.size() <= 2);
            for (const QString& line : lines)
                QVERIFY(line.size() <= 42);
            QVERIFY(c.end - c.start <= s(6.0));
        }
    }
};

QTEST_GUILESS_MAIN(TestAnalysisModel)
#include "test_analysis_model.moc"
