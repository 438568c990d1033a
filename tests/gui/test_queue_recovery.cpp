// Quitting the studio the hard way: the real `reelforge` binary is killed (SIGKILL) in the
// middle of a job. The next start must find the queue exactly as it was, run the interrupted
// job again by itself and never leave a half-written file under the finished file's name.
// Runs the GUI offscreen as a separate process and reads the queue through reelforge-cli.
#include "support/media_fixtures.h"
#include "wiring/app_context.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;

class TestQueueRecovery final : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_library;
    QString m_out;
    QString m_studio;

    QJsonObject job(const QString& id) const
    {
        QProcess cli;
        cli.start(testing::cliPath(),
            { QStringLiteral("--library"), m_library, QStringLiteral("--json"), QStringLiteral("queue"),
                QStringLiteral("list") });
        cli.waitForFinished(30000);
        const QJsonArray jobs
            = QJsonDocument::fromJson(cli.readAllStandardOutput())[QStringLiteral("jobs")].toArray();
        for (const QJsonValue& j : jobs) {
            if (j[QStringLiteral("id")].toString() == id)
                return j.toObject();
        }
        return {};
    }
    QString state(const QString& id) const { return job(id)[QStringLiteral("state")].toString(); }

    void launch(QProcess& studio) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), m_tmp.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.filePath(QStringLiteral("home/.config")));
        studio.setProcessEnvironment(env);
        studio.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        studio.start(m_studio, { QStringLiteral("--library"), m_library });
    }

    application::JobRequest request(const QString& input, const QString& title, int priority) const
    {
        application::JobRequest r;
        r.input = input;
        r.title = title;
        r.recipe = domain::Recipe { QStringLiteral("web-small-720p"),
            { domain::Step { QStringLiteral("transcode"),
                { { QStringLiteral("preset"), QStringLiteral("web-small-720p") } } } } };
        r.outputDir = m_out;
        r.priority = priority;
        return r;
    }

    QStringList outputFiles() const
    {
        return QDir(m_out).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_studio = QFileInfo(testing::cliPath()).dir().filePath(QStringLiteral("reelforge"));
        if (!QFileInfo(m_studio).isExecutable())
            QSKIP("the reelforge studio binary is not built");
        m_library = m_tmp.filePath(QStringLiteral("library"));
        m_out = m_tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("home/.config"))));
    }

    void killedMidJobThenRestartedPicksUpWhereItWas()
    {
        const QString longClip = m_tmp.filePath(QStringLiteral("interview.mp4"));
        testing::ClipSpec spec;
        spec.seconds = 40.0;  // long enough that the kill always lands mid-job, even on a fast machine
        spec.width = 1280;
        spec.height = 720;
        spec.extraOutputArgs = { QStringLiteral("-preset"), QStringLiteral("ultrafast") };
        QVERIFY(testing::makeClip(longClip, spec));
        const QString shortClip = m_tmp.filePath(QStringLiteral("teaser.mp4"));
        QVERIFY(testing::makeClip(shortClip));

        // A queue as a creator left it: a long job first, one behind it, one they cancelled.
        QString first, second, cancelled;
        {
            auto context = app::AppContext::open(m_library);
            QVERIFY(context);
            application::ProcessingQueue& queue = (*context)->queue();
            first = queue.submit(request(longClip, QStringLiteral("interview"), 0))->id();
            second = queue.submit(request(shortClip, QStringLiteral("teaser"), -1))->id();
            cancelled = queue.submit(request(shortClip, QStringLiteral("outtake"), -2))->id();
            QVERIFY(queue.cancel(cancelled));
        }

        QProcess studio;
        launch(studio);
        QVERIFY(studio.waitForStarted());
        // One read per poll: the job is killed as soon as it has visibly started.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonObject j = job(first);
                return j[QStringLiteral("state")].toString() == QLatin1String("running")
                    && j[QStringLiteral("progress")].toDouble() > 0.02;
            }(),
            60000);
        studio.kill();  // no chance to tidy up
        QVERIFY(studio.waitForFinished());
        QCOMPARE(state(first), QStringLiteral("running"));  // what a crash leaves behind
        QCOMPARE(state(second), QStringLiteral("queued"));
        QVERIFY(!outputFiles().contains(QStringLiteral("interview_web-small-720p.mp4")));
        for (const QString& name : outputFiles())
            QVERIFY2(name.startsWith(QLatin1Char('.')), qPrintable(name));  // only hidden temporaries

        QProcess again;
        launch(again);
        QVERIFY(again.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(state(second), QStringLiteral("succeeded"), 180000);
        QCOMPARE(state(first), QStringLiteral("succeeded"));  // it ran again by itself, and first
        QCOMPARE(state(cancelled), QStringLiteral("cancelled"));  // left as it was
        QCOMPARE(job(second)[QStringLiteral("priority")].toInt(), -1);
        QCOMPARE(outputFiles(),
            QStringList({ QStringLiteral("interview_web-small-720p.mp4"),
                QStringLiteral("teaser_web-small-720p.mp4") }));
        const QJsonArray artifacts = job(first)[QStringLiteral("artifacts")].toArray();
        QCOMPARE(artifacts.size(), 1);
        QCOMPARE(artifacts.first()[QStringLiteral("path")].toString(),
            QDir(m_out).filePath(QStringLiteral("interview_web-small-720p.mp4")));
        const QJsonObject probed = QJsonDocument::fromJson(
            testing::ffprobeJson(artifacts.first()[QStringLiteral("path")].toString()))
                                       .object();
        QVERIFY(
            qAbs(probed[QStringLiteral("format")][QStringLiteral("duration")].toString().toDouble() - 40.0)
            < 0.2);
        again.kill();
        QVERIFY(again.waitForFinished());
    }
};

QTEST_GUILESS_MAIN(TestQueueRecovery)
#include "test_queue_recovery.moc"
