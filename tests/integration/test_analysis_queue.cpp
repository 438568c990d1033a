#include "application/services/background_analysis.h"
#include "support/media_fixtures.h"
#include "wiring/app_context.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace reelforge;
using namespace reelforge::testing;
using domain::JobState;

namespace {

class MemoryPreferences final : public application::IPreferences {
public:
    application::Preferences value;
    application::Preferences load() const override { return value; }
    void save(const application::Preferences& p) override { value = p; }
};

}  // namespace

// Analysis as a job of the persistent processing queue: from the CLI (`analyze --queue`),
// surviving a kill -9, paused and cancelled like any job, and queued in the background after
// an import when the preference says so.
class TestAnalysisQueue final : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    QTemporaryDir m_dir;
    QString m_clip;
    QString m_long;

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        e.remove(QStringLiteral("REELFORGE_LIBRARY"));
        return e;
    }

    Run cli(const QString& library, const QStringList& args)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(cliPath(), QStringList { QStringLiteral("--library"), library } + args);
        p.waitForFinished(240000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }

    static QJsonObject onlyJob(const Run& list)
    {
        const QJsonArray jobs = list.json().value(QStringLiteral("jobs")).toArray();
        return jobs.size() == 1 ? jobs.at(0).toObject() : QJsonObject {};
    }

    std::unique_ptr<app::AppContext> open(const QString& name)
    {
        auto context = app::AppContext::open(m_dir.filePath(name));
        return context ? std::move(*context) : nullptr;
    }

    static domain::Job job(app::AppContext& context, const QString& id) { return **context.jobs().find(id); }

private slots:
    void initTestCase()
    {
        QVERIFY(!cliPath().isEmpty());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        m_clip = m_dir.filePath(QStringLiteral("Beach day.mp4"));
        QVERIFY(makeClip(m_clip, {}));
        // Long enough that a kill, a pause and a cancel land while it is analysed.
        m_long = m_dir.filePath(QStringLiteral("long.mp4"));
        ClipSpec spec;
        spec.seconds = 90.0;
        spec.width = 640;
        spec.height = 360;
        QVERIFY(makeClip(m_long, spec));
    }

    void analyzeQueueRunsAJobAndPrintsTheCachedResult()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-cli"));
        const Run r = cli(lib,
            { QStringLiteral("analyze"), m_clip, QStringLiteral("--queue"), QStringLiteral("--only"),
                QStringLiteral("scenes,loudness"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("job")).toObject().value(QStringLiteral("state")).toString(),
            QStringLiteral("succeeded"));
        QVERIFY(o.value(QStringLiteral("loudness"))
                    .toObject()
                    .value(QStringLiteral("integratedLufs"))
                    .isDouble());
        QVERIFY(std::fabs(o.value(QStringLiteral("durationSeconds")).toDouble() - 2.0) < 0.1);
        // The job computed both; this printout read them back from the cache.
        QCOMPARE(o.value(QStringLiteral("fromCache")).toArray().size(), 2);
        QVERIFY(o.value(QStringLiteral("computed")).toArray().isEmpty());

        const QJsonObject listed = onlyJob(
            cli(lib, { QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json") }));
        QCOMPARE(listed.value(QStringLiteral("id")).toString(),
            o.value(QStringLiteral("job")).toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(listed.value(QStringLiteral("recipe")).toString(), QStringLiteral("analyze"));
        QCOMPARE(listed.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QVERIFY(listed.value(QStringLiteral("artifacts")).toArray().isEmpty());

        const Run bad = cli(lib,
            { QStringLiteral("analyze"), m_dir.filePath(QStringLiteral("nowhere.mp4")),
                QStringLiteral("--queue"), QStringLiteral("--json") });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("FileMissing"));
    }

    void killedMidAnalysisThenQueueRunCompletesItAndCachesTheResult()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-kill"));
        const QStringList only { QStringLiteral("--only"), QStringLiteral("scenes,loudness,thumbnails") };
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(cliPath(),
            QStringList { QStringLiteral("--library"), lib, QStringLiteral("analyze"), m_long,
                QStringLiteral("--queue"), QStringLiteral("--json") }
                + only);
        QVERIFY(p.waitForStarted());
        // The job's progress reaches the database once a second: kill once it has moved. The
        // database is read in-process (no second process per poll, so the kill is prompt).
        double progress = 0.0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (!QFileInfo::exists(QDir(lib).filePath(QStringLiteral("library.db"))))
                    return false;
                auto reader = app::AppContext::open(lib);
                if (!reader)
                    return false;
                auto jobs = (*reader)->jobs().list();
                progress = jobs && jobs->size() == 1 ? jobs->front().progress() : 0.0;
                return progress > 0.0;
            }(),
            60000);
        QVERIFY2(progress < 0.9, "the kill came too late to test anything");
        p.kill();  // SIGKILL
        p.waitForFinished(5000);

        const Run list
            = cli(lib, { QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(
            onlyJob(list).value(QStringLiteral("state")).toString(), QStringLiteral("running"));  // as left
        const Run run
            = cli(lib, { QStringLiteral("queue"), QStringLiteral("run"), QStringLiteral("--json") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject done = onlyJob(run);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(done.value(QStringLiteral("attempts")).toInt(), 2);

        const Run cached
            = cli(lib, QStringList { QStringLiteral("analyze"), m_long, QStringLiteral("--json") } + only);
        QCOMPARE(cached.exitCode, 0);
        QVERIFY(cached.json().value(QStringLiteral("computed")).toArray().isEmpty());
        QCOMPARE(cached.json().value(QStringLiteral("fromCache")).toArray().size(), 3);
        QVERIFY(std::fabs(cached.json().value(QStringLiteral("durationSeconds")).toDouble() - 90.0) < 0.2);
    }

    void anAnalysisJobReportsProgressPausesAndCancelsLikeAnyJob()
    {
        auto context = open(QStringLiteral("lib-controls"));
        QVERIFY(context);
        application::ProcessingQueue& queue = context->queue();
        application::JobRequest request;
        request.input = m_long;
        request.title = QStringLiteral("long");
        request.recipe = domain::Recipe { QStringLiteral("analyze"),
            { domain::Step { QStringLiteral("analyze"),
                QJsonObject { { QStringLiteral("only"), QJsonArray { QStringLiteral("scenes") } } } } } };
        auto submitted = queue.submit(request);
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().toString()));
        const QString id = submitted->id();
        double last = 0.0;
        connect(&queue, &application::ProcessingQueue::jobProgress, this,
            [&](const QString&, const application::Progress& p) { last = p.fraction; });
        QVERIFY(queue.recover());
        queue.start();
        QTRY_VERIFY_WITH_TIMEOUT(last > 0.02, 30000);

        QVERIFY(queue.pause(id));
        QCOMPARE(job(*context, id).state(), JobState::Paused);
        QTest::qWait(400);  // what was reported before the pause took hold
        const double held = last;
        QTest::qWait(800);
        QCOMPARE(last, held);

        QVERIFY(queue.resume(id));
        QTRY_VERIFY_WITH_TIMEOUT(last > held, 10000);
        QVERIFY(last < 0.95);
        QVERIFY(queue.cancel(id));
        QTRY_COMPARE_WITH_TIMEOUT(job(*context, id).state(), JobState::Cancelled, 10000);
        QTRY_VERIFY(queue.isIdle());
    }

    void badAnalyzeParametersAreRefusedBeforeAnythingIsQueued()
    {
        auto context = open(QStringLiteral("lib-bad-params"));
        QVERIFY(context);
        const auto submit = [&](const QJsonObject& params) {
            application::JobRequest request;
            request.input = m_clip;
            request.title = QStringLiteral("clip");
            request.recipe = domain::Recipe { QStringLiteral("analyze"),
                { domain::Step { QStringLiteral("analyze"), params } } };
            return context->queue().submit(request);
        };
        const auto unknown = submit({ { QStringLiteral("only"), QJsonArray { QStringLiteral("colour") } } });
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, domain::ErrorCode::InvalidArgument);
        QCOMPARE(unknown.error().detail, QStringLiteral("colour"));
        const auto loud = submit({ { QStringLiteral("silenceThresholdDb"), 6.0 } });
        QVERIFY(!loud);
        QCOMPARE(loud.error().detail, QStringLiteral("silenceThresholdDb"));
        QVERIFY(context->queue().jobs()->empty());
        QVERIFY(submit({ { QStringLiteral("only"), QJsonArray { QStringLiteral("loudness") } } }));
    }

    void importWithTheSettingOnQueuesALowPriorityAnalysisThatFillsTheCache()
    {
        auto context = open(QStringLiteral("lib-background"));
        QVERIFY(context);
        MemoryPreferences preferences;
        QVERIFY(preferences.value.analyzeInBackground);  // on by default
        application::BackgroundAnalysis background(context->importer(), context->queue(), preferences);
        QSignalSpy imported(&context->importer(), &application::ImportService::finished);
        context->importer().start({ { m_clip }, domain::ImportMode::Copy });
        QVERIFY(imported.wait(60000));
        const auto report = imported.at(0).at(0).value<application::ImportReport>();
        QCOMPARE(report.imported.size(), 1u);
        const QString assetId = report.imported.front().id;

        auto jobs = context->queue().jobs();
        QVERIFY(jobs);
        QCOMPARE(jobs->size(), 1u);
        const domain::Job queued = jobs->front();
        QCOMPARE(queued.state(), JobState::Queued);
        QCOMPARE(queued.fields().assetId, assetId);
        QCOMPARE(queued.fields().recipe.steps.front().kind, QStringLiteral("analyze"));
        QVERIFY(queued.fields().priority < 0);  // behind the creator's own jobs

        QVERIFY(!context->analysis().stored(assetId)->has_value());  // not analysed yet
        QVERIFY(context->queue().recover());
        context->queue().start();
        QTRY_COMPARE_WITH_TIMEOUT(job(*context, queued.id()).state(), JobState::Succeeded, 120000);
        auto stored = context->analysis().stored(assetId);
        QVERIFY(stored && stored->has_value());
        const domain::Analysis& analysis = **stored;
        QVERIFY(analysis.scenes && analysis.loudness && analysis.thumbnails && analysis.faces);
        QVERIFY(std::fabs(domain::toSeconds(analysis.duration) - 2.0) < 0.1);
    }

    void importWithTheSettingOffQueuesNothing()
    {
        auto context = open(QStringLiteral("lib-background-off"));
        QVERIFY(context);
        MemoryPreferences preferences;
        preferences.value.analyzeInBackground = false;
        application::BackgroundAnalysis background(context->importer(), context->queue(), preferences);
        QSignalSpy imported(&context->importer(), &application::ImportService::finished);
        context->importer().start({ { m_clip }, domain::ImportMode::Copy });
        QVERIFY(imported.wait(60000));
        QCOMPARE(imported.at(0).at(0).value<application::ImportReport>().imported.size(), 1u);
        QTest::qWait(100);
        QVERIFY(context->queue().jobs()->empty());
    }

    void aDamagedH264FileIsReportedInTheJson()
    {
        // One frame's slice data in the middle overwritten: H.264 conceals it, the JSON says so.
        const QString clip = m_dir.filePath(QStringLiteral("damaged.mp4"));
        QVERIFY(runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=320x180:rate=25:d=4"), QStringLiteral("-c:v"),
            QStringLiteral("libx264"), QStringLiteral("-g"), QStringLiteral("250"), clip }));
        QProcess probe;
        probe.start(QStringLiteral("ffprobe"),
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                QStringLiteral("packet=pts_time,pos,size"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
                clip });
        QVERIFY(probe.waitForFinished(30000));
        qint64 pos = -1;
        qint64 size = 0;
        for (const QByteArray& row : probe.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = row.trimmed().split(',');  // pts_time,size,pos
            if (f.size() == 3 && std::fabs(f[0].toDouble() - 2.0) < 0.001) {
                size = f[1].toLongLong();
                pos = f[2].toLongLong();
            }
        }
        QVERIFY(pos > 0 && size > 64);
        QFile f(clip);
        QVERIFY(f.open(QIODevice::ReadWrite) && f.seek(pos + 16));
        QByteArray garbage(static_cast<qsizetype>(size - 16), '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>((i * 7919 + 13) & 0xff);
        QVERIFY(f.write(garbage) == garbage.size());
        f.close();

        const Run r = cli(m_dir.filePath(QStringLiteral("lib-damaged")),
            { QStringLiteral("analyze"), clip, QStringLiteral("--only"), QStringLiteral("scenes"),
                QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        QJsonObject reported;
        for (const QJsonValue& v : r.json().value(QStringLiteral("issues")).toArray())
            if (v.toObject().value(QStringLiteral("code")).toString() == QLatin1String("decode-errors"))
                reported = v.toObject();
        QVERIFY2(!reported.isEmpty(), r.out.constData());
        QVERIFY(reported.value(QStringLiteral("detail")).toString().startsWith(QLatin1String("video:")));
        QVERIFY(std::fabs(r.json().value(QStringLiteral("durationSeconds")).toDouble() - 4.0) < 0.1);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisQueue)
#include "test_analysis_queue.moc"
