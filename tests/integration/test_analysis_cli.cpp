#include "support/media_fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge::testing;

// `reelforge-cli analyze`: the JSON contract, the cache across runs (and across a file and
// the asset imported from it), option errors, and captions files.
class TestAnalysisCli final : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QTemporaryDir m_dir;
    QString m_clip;

    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(cliPath(),
            QStringList { QStringLiteral("--library"), m_dir.filePath(QStringLiteral("lib")) } + args);
        p.waitForFinished(120000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!cliPath().isEmpty());
        m_clip = m_dir.filePath(QStringLiteral("clip.mp4"));
        ClipSpec spec;
        spec.seconds = 3.0;
        QVERIFY(makeClip(m_clip, spec));
    }

    void printsTheDocumentedJson()
    {
        const Run r = cli({ QStringLiteral("analyze"), m_clip, QStringLiteral("--json"),
            QStringLiteral("--only"), QStringLiteral("scenes,silences,loudness,faces,thumbnails") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QVERIFY(std::fabs(o.value(QStringLiteral("durationSeconds")).toDouble() - 3.0) < 0.1);
        for (const char* key : { "scenes", "silences", "faces", "thumbnails" })
            QVERIFY2(o.value(QLatin1String(key)).isArray(), key);
        const QJsonObject loudness = o.value(QStringLiteral("loudness")).toObject();
        for (const char* key : { "integratedLufs", "rangeLu", "truePeakDbtp" })
            QVERIFY2(loudness.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(!o.contains(QStringLiteral("transcript")));  // not asked for
        QCOMPARE(o.value(QStringLiteral("computed")).toArray().size(), 5);
    }

    void secondRunAndTheImportedAssetComeFromTheCache()
    {
        const QStringList only { QStringLiteral("--only"), QStringLiteral("scenes,loudness") };
        QCOMPARE(
            cli(QStringList { QStringLiteral("analyze"), m_clip, QStringLiteral("--json") } + only).exitCode,
            0);
        const Run again
            = cli(QStringList { QStringLiteral("analyze"), m_clip, QStringLiteral("--json") } + only);
        QCOMPARE(again.json().value(QStringLiteral("fromCache")).toArray().size(), 2);

        const Run imported = cli({ QStringLiteral("import"), m_clip, QStringLiteral("--json") });
        QCOMPARE(imported.exitCode, 0);
        const QString id = imported.json()
                               .value(QStringLiteral("imported"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
        QVERIFY(!id.isEmpty());
        const Run byAsset
            = cli(QStringList { QStringLiteral("analyze"), id, QStringLiteral("--json") } + only);
        QCOMPARE(byAsset.exitCode, 0);
        QCOMPARE(byAsset.json().value(QStringLiteral("assetId")).toString(), id);
        QCOMPARE(byAsset.json().value(QStringLiteral("fromCache")).toArray().size(), 2);
    }

    void otherSilenceSettingsRecomputeOnlySilences()
    {
        const Run r
            = cli({ QStringLiteral("analyze"), m_clip, QStringLiteral("--json"), QStringLiteral("--only"),
                QStringLiteral("silences,loudness"), QStringLiteral("--silence-threshold"),
                QStringLiteral("-35"), QStringLiteral("--silence-min"), QStringLiteral("0.25") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            r.json().value(QStringLiteral("computed")).toArray(), QJsonArray { QStringLiteral("silences") });
    }

    void badOptionsAreUsageErrors()
    {
        QCOMPARE(
            cli({ QStringLiteral("analyze"), m_clip, QStringLiteral("--only"), QStringLiteral("telepathy") })
                .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("analyze"), m_clip, QStringLiteral("--silence-threshold"),
                         QStringLiteral("loud") })
                     .exitCode,
            2);
        QCOMPARE(cli({ QStringLiteral("analyze") }).exitCode, 2);
        const Run missing = cli({ QStringLiteral("analyze"), m_dir.filePath(QStringLiteral("nope.mp4")),
            QStringLiteral("--json") });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains("FileMissing"));
    }

    void writesSrtAndVttCaptions()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
            QSKIP("espeak-ng makes the test speech");
        const QString wav = m_dir.filePath(QStringLiteral("hello.wav"));
        QProcess p;
        p.start(QStringLiteral("espeak-ng"),
            { QStringLiteral("-v"), QStringLiteral("en-us"), QStringLiteral("-w"), wav,
                QStringLiteral("hello world, this is a test of captions") });
        QVERIFY(p.waitForFinished(30000));
        const QString srt = m_dir.filePath(QStringLiteral("out.srt"));
        const QString vtt = m_dir.filePath(QStringLiteral("out.vtt"));
        const Run r = cli({ QStringLiteral("analyze"), wav, QStringLiteral("--only"),
            QStringLiteral("loudness"), QStringLiteral("--srt"), srt, QStringLiteral("--vtt"), vtt });
        QCOMPARE(r.exitCode, 0);
        QFile s(srt);
        QFile v(vtt);
        QVERIFY(s.open(QIODevice::ReadOnly) && v.open(QIODevice::ReadOnly));
        QVERIFY(s.readAll().startsWith("1\n00:00:0"));
        QVERIFY(v.readAll().startsWith("WEBVTT\n\n00:00:0"));
    }
};

QTEST_GUILESS_MAIN(TestAnalysisCli)
#include "test_analysis_cli.moc"
