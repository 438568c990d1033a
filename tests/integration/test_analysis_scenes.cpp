#include "integration/analysis_support.h"

#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace reelforge;
using namespace reelforge::testing;

// Scene detection accuracy on a clip whose shots we put together ourselves: different lavfi
// sources joined by hard cuts and cross-fades, with camera flashes and a fast pan inside
// shots that must NOT be reported as cuts. Our detector is compared, on the same clip, with
// ffmpeg's scdet filter at the threshold that suits scdet best.
class TestAnalysisScenes final : public QObject {
    Q_OBJECT

    static constexpr int kFps = 25;

    struct Shot {
        QString source;  // lavfi source with its options
        double seconds;
        QString effect;  // filters applied to this shot only (flashes, pans)
        QString join;  // how it joins the previous shot: "cut" or an xfade transition
        double fadeSeconds = 0.0;
    };
    struct Truth {
        std::vector<std::int64_t> cuts;  // first frame of the new shot
        std::vector<std::pair<std::int64_t, std::int64_t>> fades;  // frame spans
    };
    struct Score {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        double f1() const { return tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn); }
    };

    QTemporaryDir m_dir;
    QString m_clip;
    Truth m_truth;

    static std::vector<Shot> shots()
    {
        const QString size = QStringLiteral("size=320x180:rate=25");
        // Flashes: a few frames brightened hard, as a camera flash in the room.
        const QString flash2 = QStringLiteral(",lutyuv=y='clip(val*1.6+90,0,255)':enable='between(n,30,31)'");
        const QString flash1 = QStringLiteral(",lutyuv=y='clip(val*1.8+100,0,255)':enable='eq(n,20)'");
        return {
            { QStringLiteral("testsrc2=") + size, 3.0, flash2, {} },
            { QStringLiteral("mandelbrot=") + size, 2.6, {}, QStringLiteral("cut") },
            { QStringLiteral("life=") + size
                    + QStringLiteral(":seed=7:mold=10:ratio=0.1:life_color=#00ff00:death_color=#c83232"),
                2.4, {}, QStringLiteral("cut") },
            { QStringLiteral("cellauto=") + size + QStringLiteral(":rule=30:random_seed=7"), 2.0, {},
                QStringLiteral("cut") },
            { QStringLiteral("yuvtestsrc=") + size, 2.8, {}, QStringLiteral("fade"), 1.0 },
            { QStringLiteral("smptehdbars=") + size, 2.0, {}, QStringLiteral("cut") },
            { QStringLiteral("rgbtestsrc=") + size, 2.4, {}, QStringLiteral("dissolve"), 0.8 },
            // A fast pan across a wide picture: every frame moves by a tenth of the width.
            { QStringLiteral("testsrc2=size=1280x180:rate=25"), 2.4, QStringLiteral(",crop=320:180:'n*16':0"),
                QStringLiteral("cut") },
            { QStringLiteral("testsrc=") + size, 2.2, flash1, QStringLiteral("cut") },
            { QStringLiteral("life=") + size
                    + QStringLiteral(":seed=7:mold=5:life_color=#ffff00:death_color=#202080"),
                2.6, {}, QStringLiteral("fadeblack"), 1.0 },
            { QStringLiteral("smptebars=") + size, 2.0, {}, QStringLiteral("cut") },
            { QStringLiteral("mandelbrot=") + size + QStringLiteral(":start_scale=1.5:inner=period"), 2.4, {},
                QStringLiteral("cut") },
            { QStringLiteral("cellauto=") + size + QStringLiteral(":rule=110:random_seed=7"), 2.4, {},
                QStringLiteral("fade"), 0.6 },
            { QStringLiteral("testsrc2=") + size + QStringLiteral(",hue=h=120"), 2.0, {},
                QStringLiteral("cut") },
        };
    }

    // Builds the clip and its ground truth with one ffmpeg run.
    bool makeClip(const QString& path, Truth& truth)
    {
        const auto list = shots();
        QStringList graph;
        double length = 0.0;  // of the chain so far, seconds
        for (std::size_t i = 0; i < list.size(); ++i) {
            const Shot& s = list[i];
            graph << QStringLiteral(
                "%1,trim=duration=%2,setpts=PTS-STARTPTS,fps=25,format=yuv420p,setsar=1%3[s%4]")
                         .arg(s.source)
                         .arg(s.seconds)
                         .arg(s.effect)
                         .arg(i);
            if (i == 0) {
                graph << QStringLiteral("[s0]null[c0]");
                length = s.seconds;
                continue;
            }
            if (s.join == QLatin1String("cut")) {
                truth.cuts.push_back(std::llround(length * kFps));
                graph << QStringLiteral("[c%1][s%2]concat=n=2:v=1:a=0,settb=1/25[c%2]").arg(i - 1).arg(i);
                length += s.seconds;
            } else {
                const double offset = length - s.fadeSeconds;
                truth.fades.emplace_back(std::llround(offset * kFps), std::llround(length * kFps));
                graph << QStringLiteral("[c%1][s%2]xfade=transition=%3:duration=%4:offset=%5,settb=1/25[c%2]")
                             .arg(i - 1)
                             .arg(i)
                             .arg(s.join)
                             .arg(s.fadeSeconds)
                             .arg(offset);
                length += s.seconds - s.fadeSeconds;
            }
        }
        // Shots are made small (fast) and the clip is then enlarged, so the analysis scales it
        // down again as it does every real clip.
        graph << QStringLiteral("[c%1]scale=1280:720:flags=bicubic[out]").arg(list.size() - 1);
        return runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("nullsrc=size=16x16:d=0.04"), QStringLiteral("-filter_complex"),
            graph.join(QLatin1Char(';')), QStringLiteral("-map"), QStringLiteral("[out]"),
            QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
            QStringLiteral("ultrafast"), QStringLiteral("-crf"), QStringLiteral("18"), QStringLiteral("-an"),
            path });
    }

    bool insideFade(std::int64_t frame) const
    {
        for (const auto& [from, to] : m_truth.fades) {
            if (frame >= from - 1 && frame <= to + 1)
                return true;
        }
        return false;
    }

    // Hard cuts within +-1 frame; detections inside a cross-fade are neither right nor wrong
    // here (fades are scored on their own).
    Score scoreCuts(const std::vector<std::int64_t>& detected) const
    {
        Score s;
        std::set<std::size_t> matched;
        for (std::int64_t d : detected) {
            if (insideFade(d))
                continue;
            bool hit = false;
            for (std::size_t t = 0; t < m_truth.cuts.size() && !hit; ++t) {
                if (!matched.count(t) && std::llabs(m_truth.cuts[t] - d) <= 1) {
                    matched.insert(t);
                    hit = true;
                }
            }
            hit ? ++s.tp : ++s.fp;
        }
        s.fn = static_cast<int>(m_truth.cuts.size() - matched.size());
        return s;
    }

    // scdet's score for every frame (threshold 0 logs them all), then the best F1 over all
    // thresholds: the fairest figure for it.
    double bestScdetF1(double& bestThreshold) const
    {
        const QString log = ffmpegLog(
            { QStringLiteral("-i"), m_clip, QStringLiteral("-vf"), QStringLiteral("scdet=threshold=0"),
                QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-") });
        static const QRegularExpression line(
            QStringLiteral("lavfi\\.scd\\.score: ([0-9.]+), lavfi\\.scd\\.time: ([0-9.]+)"));
        std::vector<std::pair<double, std::int64_t>> scored;
        for (auto it = line.globalMatch(log); it.hasNext();) {
            const auto m = it.next();
            scored.emplace_back(m.captured(1).toDouble(), std::llround(m.captured(2).toDouble() * kFps));
        }
        double best = 0.0;
        for (const auto& [threshold, frame] : scored) {
            std::vector<std::int64_t> detected;
            for (const auto& [score, f] : scored) {
                if (score >= threshold)
                    detected.push_back(f);
            }
            const double f1 = scoreCuts(detected).f1();
            if (f1 > best) {
                best = f1;
                bestThreshold = threshold;
            }
        }
        return best;
    }

private slots:
    void initTestCase()
    {
        m_clip = m_dir.filePath(QStringLiteral("shots.mp4"));
        QVERIFY(makeClip(m_clip, m_truth));
        QCOMPARE(m_truth.cuts.size(), std::size_t(9));
        QCOMPARE(m_truth.fades.size(), std::size_t(4));
    }

    void findsHardCutsFrameExactAndBeatsScdet()
    {
        auto outcome = analyse(m_clip, { QStringLiteral("scenes") });
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        std::vector<std::int64_t> cuts;
        QStringList seen;
        for (const auto& s : *outcome->analysis.scenes) {
            seen << QStringLiteral("%1:%2").arg(domain::sceneKindName(s.kind)).arg(s.frame);
            if (s.kind == domain::SceneKind::Cut)
                cuts.push_back(s.frame);
        }
        QStringList truth;
        for (auto c : m_truth.cuts)
            truth << QString::number(c);
        const Score ours = scoreCuts(cuts);
        double threshold = 0.0;
        const double scdet = bestScdetF1(threshold);
        qInfo().noquote() << "truth cuts" << truth.join(QLatin1Char(',')) << "\ndetected"
                          << seen.join(QLatin1Char(','));
        qInfo().noquote() << QStringLiteral(
            "hard cuts: ours F1 %1 (tp %2 fp %3 fn %4); scdet best F1 %5 at threshold %6")
                                 .arg(ours.f1(), 0, 'f', 3)
                                 .arg(ours.tp)
                                 .arg(ours.fp)
                                 .arg(ours.fn)
                                 .arg(scdet, 0, 'f', 3)
                                 .arg(threshold);
        QVERIFY2(ours.f1() >= 0.95, "F1 on hard cuts below 0.95");
        QVERIFY2(ours.f1() > scdet, "not better than scdet at its best threshold");
    }

    void findsEveryFadeWithinItsSpan()
    {
        auto outcome = analyse(m_clip, { QStringLiteral("scenes") });
        QVERIFY(outcome);
        std::set<std::size_t> found;
        int falseFades = 0;
        for (const auto& s : *outcome->analysis.scenes) {
            if (s.kind != domain::SceneKind::Fade)
                continue;
            bool inSpan = false;
            for (std::size_t t = 0; t < m_truth.fades.size(); ++t) {
                if (s.frame >= m_truth.fades[t].first && s.frame <= m_truth.fades[t].second) {
                    found.insert(t);
                    inSpan = true;
                }
            }
            falseFades += inSpan ? 0 : 1;
        }
        qInfo().noquote() << QStringLiteral("fades: %1 of %2 found within their span, %3 false")
                                 .arg(found.size())
                                 .arg(m_truth.fades.size())
                                 .arg(falseFades);
        QCOMPARE(found.size(), m_truth.fades.size());
        QVERIFY(falseFades <= 1);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisScenes)
#include "test_analysis_scenes.moc"
