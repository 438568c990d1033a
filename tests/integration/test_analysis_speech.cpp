#include "integration/analysis_support.h"

#include "domain/models/analysis_captions.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

using namespace reelforge;
using namespace reelforge::testing;

// Speech to text on sentences synthesised with espeak-ng, one second of silence between
// them: the word error rate is reported (synthetic voices are hard for PocketSphinx's model,
// so the bar is loose), and word times are checked against where each sentence's sound is.
class TestAnalysisSpeech final : public QObject {
    Q_OBJECT

    struct Sentence {
        QString text;
        double start = 0.0;  // where its sound starts and ends in the clip, seconds
        double end = 0.0;
    };

    QTemporaryDir m_dir;
    QString m_clip;
    std::vector<Sentence> m_sentences { { QStringLiteral("she sells sea shells by the sea shore") },
        { QStringLiteral("we will meet at the station tomorrow morning") },
        { QStringLiteral("the weather is very nice today") },
        { QStringLiteral("please open the door and come in") } };

    static int editDistance(const QStringList& a, const QStringList& b)
    {
        std::vector<int> row(static_cast<std::size_t>(b.size()) + 1);
        for (int j = 0; j <= b.size(); ++j)
            row[static_cast<std::size_t>(j)] = j;
        for (int i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.size(); ++j) {
                const int up = row[static_cast<std::size_t>(j)];
                row[static_cast<std::size_t>(j)] = std::min({ up + 1,
                    row[static_cast<std::size_t>(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
                diagonal = up;
            }
        }
        return row.back();
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
            QSKIP("espeak-ng makes the test speech (./dev deps test)");
        std::vector<float> all;
        const int rate = 48000;
        appendSine(all, rate, 1, 1.0, -200.0);
        for (std::size_t i = 0; i < m_sentences.size(); ++i) {
            const QString wav = m_dir.filePath(QStringLiteral("s%1.wav").arg(i));
            QProcess p;
            p.start(QStringLiteral("espeak-ng"),
                { QStringLiteral("-v"), QStringLiteral("en-us"), QStringLiteral("-s"), QStringLiteral("130"),
                    QStringLiteral("-w"), wav, m_sentences[i].text });
            QVERIFY(p.waitForFinished(30000) && p.exitCode() == 0);
            const QString raw = wav + QStringLiteral(".f32");
            QVERIFY(runFfmpeg({ QStringLiteral("-i"), wav, QStringLiteral("-ar"), QString::number(rate),
                QStringLiteral("-ac"), QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("f32le"),
                raw }));
            QFile f(raw);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            const auto* samples = reinterpret_cast<const float*>(bytes.constData());
            const auto n = static_cast<std::size_t>(bytes.size() / 4);
            const std::size_t offset = all.size();
            std::size_t first = n;
            std::size_t last = 0;
            for (std::size_t k = 0; k < n; ++k) {
                if (std::fabs(samples[k]) > 0.01f) {
                    first = std::min(first, k);
                    last = k;
                }
            }
            all.insert(all.end(), samples, samples + n);
            m_sentences[i].start = static_cast<double>(offset + first) / rate;
            m_sentences[i].end = static_cast<double>(offset + last) / rate;
            appendSine(all, rate, 1, 1.0, -200.0);
        }
        const QString wav = m_dir.filePath(QStringLiteral("speech.wav"));
        QVERIFY(writeWav(wav, rate, 1, all));
        m_clip = m_dir.filePath(QStringLiteral("speech.m4a"));
        QVERIFY(
            runFfmpeg({ QStringLiteral("-i"), wav, QStringLiteral("-c:a"), QStringLiteral("aac"), m_clip }));
    }

    void transcribesWithWordTimes()
    {
        QElapsedTimer timer;
        timer.start();
        auto outcome = analyse(m_clip, { QStringLiteral("speech") });
        const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        QVERIFY2(outcome && outcome->analysis.transcript,
            qPrintable(outcome ? QStringLiteral("no transcript") : outcome.error().toString()));
        const domain::Transcript& t = *outcome->analysis.transcript;
        QStringList truth;
        for (const auto& s : m_sentences)
            truth << s.text.split(QLatin1Char(' '));
        QStringList heard;
        for (const auto& w : t.words)
            heard << w.word;
        const double wer = static_cast<double>(editDistance(truth, heard)) / truth.size();
        qInfo().noquote() << "heard:" << heard.join(QLatin1Char(' '));
        qInfo().noquote() << QStringLiteral("WER %1 on %2 words; %3 s of audio in %4 s")
                                 .arg(wer, 0, 'f', 3)
                                 .arg(truth.size())
                                 .arg(domain::toSeconds(outcome->analysis.duration), 0, 'f', 1)
                                 .arg(seconds, 0, 'f', 1);
        QVERIFY(wer <= 0.75);
        QVERIFY(heard.size() >= truth.size() / 2);

        // Every word starts within a sentence's sound (+-0.3 s), and each sentence's first word
        // starts within 0.3 s of where its sound starts.
        double worst = 0.0;
        for (const auto& s : m_sentences) {
            const domain::TranscriptWord* first = nullptr;
            for (const auto& w : t.words) {
                const double a = domain::toSeconds(w.start);
                if (a >= s.start - 0.5 && a <= s.end + 0.5 && (!first || w.start < first->start))
                    first = &w;
            }
            QVERIFY2(first, qPrintable(QStringLiteral("nothing heard in \"%1\"").arg(s.text)));
            worst = std::max(worst, std::fabs(domain::toSeconds(first->start) - s.start));
        }
        for (const auto& w : t.words) {
            bool inside = false;
            for (const auto& s : m_sentences)
                inside = inside
                    || (domain::toSeconds(w.start) >= s.start - 0.3
                        && domain::toSeconds(w.start) <= s.end + 0.3);
            QVERIFY2(inside,
                qPrintable(QStringLiteral("\"%1\" at %2 s is outside the speech")
                               .arg(w.word)
                               .arg(domain::toSeconds(w.start))));
        }
        qInfo().noquote() << QStringLiteral("sentence onsets: worst error %1 s").arg(worst, 0, 'f', 3);
        QVERIFY(worst <= 0.3);

        const QString srt = domain::toSrt(domain::captionCues(t));
        QVERIFY(srt.startsWith(QStringLiteral("1\n00:00:0")));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisSpeech)
#include "test_analysis_speech.moc"
