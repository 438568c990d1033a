#include "integration/analysis_support.h"

#include <QTest>

using namespace reelforge;
using namespace reelforge::testing;

// Loudness against the EBU Tech 3341 (loudness, true peak) and Tech 3342 (loudness range)
// test signals, generated here as the documents define them; silences against tone and
// noise with gaps of known length; the waveform summary. All through the one decode pass.
class TestAnalysisAudio final : public QObject {
    Q_OBJECT

    static constexpr int kRate = 48000;
    QTemporaryDir m_dir;

    struct Step {
        double seconds;
        double dbfs;
    };

    QString stereoSteps(const QString& name, const std::vector<Step>& steps, double hz = 1000.0)
    {
        std::vector<float> samples;
        for (const Step& s : steps)
            appendSine(samples, kRate, 2, s.seconds, s.dbfs, hz);
        const QString path = m_dir.filePath(name + QStringLiteral(".wav"));
        return writeWav(path, kRate, 2, samples) ? path : QString();
    }

    static domain::Loudness loudnessOf(const QString& path)
    {
        auto outcome = analyse(path, { QStringLiteral("loudness") });
        if (!outcome || !outcome->analysis.loudness)
            qFatal(
                "loudness analysis failed: %s", qPrintable(outcome ? QString() : outcome.error().toString()));
        return *outcome->analysis.loudness;
    }

    // Fs/4 sine whose samples miss its peaks: sampled at `phase` degrees, the sample peak is
    // below the true peak by up to 3 dB (Tech 3341 cases 15-18 use this construction).
    QString quarterRateSine(const QString& name, double peakDb, double phaseDegrees)
    {
        std::vector<float> samples;
        const double a = std::pow(10.0, peakDb / 20.0);
        for (int i = 0; i < kRate * 3; ++i) {
            const auto v = static_cast<float>(a * std::sin(M_PI / 2.0 * i + phaseDegrees * M_PI / 180.0));
            samples.push_back(v);
            samples.push_back(v);
        }
        const QString path = m_dir.filePath(name + QStringLiteral(".wav"));
        return writeWav(path, kRate, 2, samples) ? path : QString();
    }

    static QString report(const char* what, double got, double want)
    {
        return QStringLiteral("%1: %2 (expected %3, error %4)")
            .arg(QLatin1String(what))
            .arg(got, 0, 'f', 3)
            .arg(want, 0, 'f', 2)
            .arg(got - want, 0, 'f', 3);
    }

private slots:
    void tech3341IntegratedLoudness_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("expected");
        QTest::newRow("case 1: 1 kHz -23 dBFS")
            << stereoSteps(QStringLiteral("c1"), { { 20, -23 } }) << -23.0;
        QTest::newRow("case 2: 1 kHz -33 dBFS")
            << stereoSteps(QStringLiteral("c2"), { { 20, -33 } }) << -33.0;
        QTest::newRow("case 3: -36/-23/-36")
            << stereoSteps(QStringLiteral("c3"), { { 10, -36 }, { 60, -23 }, { 10, -36 } }) << -23.0;
        QTest::newRow("case 4: -72/-36/-23/-36/-72") << stereoSteps(
            QStringLiteral("c4"), { { 10, -72 }, { 10, -36 }, { 60, -23 }, { 10, -36 }, { 10, -72 } })
                                                     << -23.0;
        QTest::newRow("case 5: -26/-20/-26")
            << stereoSteps(QStringLiteral("c5"), { { 20, -26 }, { 20.1, -20 }, { 20, -26 } }) << -23.0;
    }

    void tech3341IntegratedLoudness()
    {
        QFETCH(QString, path);
        QFETCH(double, expected);
        const domain::Loudness l = loudnessOf(path);
        qInfo().noquote() << report("integrated LUFS", l.integratedLufs, expected);
        QVERIFY(std::fabs(l.integratedLufs - expected) <= 0.1);
    }

    void tech3341FiveChannels()
    {
        // Case 6: L, R -28 dBFS, C -24 dBFS, Ls, Rs -30 dBFS (surrounds weighted +1.5 dB), as
        // 5.1 with a silent LFE in FFmpeg's order: FL FR FC LFE BL BR.
        std::vector<float> samples;
        appendSine(samples, kRate, 6, 20, 0, 1000.0, { -28, -28, -24, -200, -30, -30 });
        const QString wav = m_dir.filePath(QStringLiteral("c6.wav"));
        QVERIFY(writeWav(wav, kRate, 6, samples));
        const QString flac = m_dir.filePath(QStringLiteral("c6.flac"));
        QVERIFY(runFfmpeg({ QStringLiteral("-i"), wav, QStringLiteral("-channel_layout"),
            QStringLiteral("5.1"), QStringLiteral("-c:a"), QStringLiteral("flac"),
            QStringLiteral("-sample_fmt"), QStringLiteral("s32"), flac }));
        const domain::Loudness l = loudnessOf(flac);
        qInfo().noquote() << report("5.1 integrated LUFS", l.integratedLufs, -23.0);
        QVERIFY(std::fabs(l.integratedLufs + 23.0) <= 0.1);
    }

    void tech3342LoudnessRange_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("expected");
        QTest::newRow("case 1: -20/-30")
            << stereoSteps(QStringLiteral("r1"), { { 20, -20 }, { 20, -30 } }) << 10.0;
        QTest::newRow("case 2: -20/-15")
            << stereoSteps(QStringLiteral("r2"), { { 20, -20 }, { 20, -15 } }) << 5.0;
        QTest::newRow("case 3: -40/-20")
            << stereoSteps(QStringLiteral("r3"), { { 20, -40 }, { 20, -20 } }) << 20.0;
        QTest::newRow("case 4: -50/-35/-20/-35/-50") << stereoSteps(
            QStringLiteral("r4"), { { 20, -50 }, { 20, -35 }, { 20, -20 }, { 20, -35 }, { 20, -50 } })
                                                     << 15.0;
    }

    void tech3342LoudnessRange()
    {
        QFETCH(QString, path);
        QFETCH(double, expected);
        const domain::Loudness l = loudnessOf(path);
        qInfo().noquote() << report("LRA LU", l.rangeLu, expected);
        QVERIFY(std::fabs(l.rangeLu - expected) <= 1.0);
    }

    void truePeak_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("expected");
        QTest::newRow("Fs/4 at 0 degrees, -6 dBTP")
            << quarterRateSine(QStringLiteral("tp0"), -6.0, 0.0) << -6.0;
        QTest::newRow("Fs/4 at 45 degrees, -6 dBTP")
            << quarterRateSine(QStringLiteral("tp45"), -6.0, 45.0) << -6.0;
        QTest::newRow("Fs/4 at 60 degrees, -6 dBTP")
            << quarterRateSine(QStringLiteral("tp60"), -6.0, 60.0) << -6.0;
        QTest::newRow("Fs/4 at 45 degrees, +3 dBTP")
            << quarterRateSine(QStringLiteral("tp45hot"), 3.0, 45.0) << 3.0;
        QTest::newRow("1 kHz sine, -1 dBTP") << stereoSteps(QStringLiteral("tp1k"), { { 5, -1 } }) << -1.0;
    }

    void truePeak()
    {
        QFETCH(QString, path);
        QFETCH(double, expected);
        const domain::Loudness l = loudnessOf(path);
        qInfo().noquote() << report("true peak dBTP", l.truePeakDbtp, expected);
        QVERIFY(std::fabs(l.truePeakDbtp - expected) <= 0.2);
    }

    void seriesCoverTheDurationForDisplay()
    {
        const domain::Loudness l = loudnessOf(stereoSteps(QStringLiteral("series"), { { 3, -23 } }));
        QCOMPARE(static_cast<int>(l.momentaryLufs.size()), 30);
        QVERIFY(std::fabs(l.momentaryLufs.back() + 23.0f) < 0.2f);
        QVERIFY(std::fabs(l.shortTermLufs.back() + 23.0f) < 0.2f);
    }

    void silenceBoundariesWithinTenMilliseconds_data()
    {
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QString>("source");
        QTest::newRow("tone, FLAC") << QStringLiteral("flac")
                                    << QStringLiteral("sine=frequency=300:sample_rate=44100");
        QTest::newRow("noise, FLAC") << QStringLiteral(
            "flac") << QStringLiteral("anoisesrc=color=pink:amplitude=0.3:sample_rate=44100");
        QTest::newRow("tone, AAC") << QStringLiteral("aac")
                                   << QStringLiteral("sine=frequency=300:sample_rate=44100");
    }

    void silenceBoundariesWithinTenMilliseconds()
    {
        QFETCH(QString, codec);
        QFETCH(QString, source);
        // Gaps (start, length) in seconds cut into 10 s of sound: known boundaries. 44.1 kHz
        // input also checks that resampling to the pass's rate keeps the timeline.
        const std::vector<std::pair<double, double>> gaps { { 1.0, 0.5 }, { 3.2, 1.25 }, { 6.0, 0.75 },
            { 8.5, 0.6 } };
        // aeval works per sample (a timeline `enable=` would round to whole audio frames).
        QStringList silent;
        for (const auto& [start, length] : gaps)
            silent << QStringLiteral("-between(t,%1,%2)").arg(start).arg(start + length);
        const QString path
            = m_dir
                  .filePath(QStringLiteral("gaps_%1.%2")
                                .arg(QTest::currentDataTag())
                                .arg(codec == QLatin1String("aac") ? QStringLiteral("m4a") : codec))
                  .replace(QLatin1Char(' '), QLatin1Char('_'))
                  .remove(QLatin1Char(','));
        QVERIFY(runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            source + QStringLiteral(":duration=10"), QStringLiteral("-af"),
            QStringLiteral("aeval=exprs='val(0)*(1%1)',aformat=channel_layouts=mono")
                .arg(silent.join(QString())),
            QStringLiteral("-c:a"), codec, path }));
        application::AnalysisSettings settings;
        settings.silenceThresholdDb = -50.0;
        settings.silenceMin = domain::fromSeconds(0.3);
        auto outcome = analyse(path, { QStringLiteral("silences") }, settings);
        QVERIFY(outcome);
        const auto& found = *outcome->analysis.silences;
        QCOMPARE(found.size(), gaps.size());
        double worst = 0.0;
        for (std::size_t i = 0; i < gaps.size(); ++i) {
            worst = std::max({ worst, std::fabs(domain::toSeconds(found[i].start) - gaps[i].first),
                std::fabs(domain::toSeconds(found[i].end) - gaps[i].first - gaps[i].second) });
        }
        qInfo().noquote()
            << QStringLiteral("silence boundaries: worst error %1 ms").arg(worst * 1000.0, 0, 'f', 2);
        QVERIFY(worst <= 0.010);
    }

    void silenceSettingsAreHonoured()
    {
        const QString path = stereoSteps(QStringLiteral("quiet"), { { 1, -20 }, { 1, -45 }, { 1, -20 } });
        application::AnalysisSettings loose;
        loose.silenceThresholdDb = -40.0;
        auto quietIsSilence = analyse(path, { QStringLiteral("silences") }, loose);
        QVERIFY(quietIsSilence);
        QCOMPARE(quietIsSilence->analysis.silences->size(), std::size_t(1));
        loose.silenceMin = domain::fromSeconds(1.5);
        auto tooShort = analyse(path, { QStringLiteral("silences") }, loose);
        QVERIFY(tooShort && tooShort->analysis.silences->empty());
    }

    void waveformFollowsTheLevel()
    {
        const QString path = stereoSteps(QStringLiteral("wave"), { { 1, -6 }, { 1, -200 }, { 1, -20 } });
        auto outcome = analyse(path, { QStringLiteral("waveform") });
        QVERIFY(outcome && outcome->analysis.waveform);
        const auto peaks = outcome->analysis.waveform->peaksFor(3);
        QVERIFY(std::abs(peaks[0].second - 64) <= 2);  // -6 dBFS = 0.5 of full scale
        QCOMPARE(peaks[1].second, std::int8_t(0));
        QVERIFY(std::abs(peaks[2].second - 13) <= 2);
        QCOMPARE(outcome->analysis.waveform->minimum.size(), std::size_t(300));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisAudio)
#include "test_analysis_audio.moc"
