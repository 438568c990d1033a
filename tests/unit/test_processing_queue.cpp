#include "application/services/processing_queue.h"
#include "fakes/fake_clock.h"
#include "fakes/fake_job_repository.h"
#include "fakes/fake_media_probe.h"
#include "fakes/fake_process_registry.h"
#include "fakes/fake_processor.h"
#include "fakes/recording_notifier.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::application;
using namespace reelforge::testing;
using domain::JobState;

class TestProcessingQueue final : public QObject {
    Q_OBJECT

    struct World {
        FakeJobRepository jobs;
        FakeMediaProbe probe;
        FakeClock clock;
        RecordingNotifier notifier;
        FakeProcessRegistry processes;
        FakeProcessor::Shared shared;
        QStringList noteInputs;  // what the file-less "note" step was given
        ProcessorRegistry registry;
        std::unique_ptr<ProcessingQueue> queue;

        World()
        {
            registry.add(std::make_unique<FakeProcessorFactory>(shared, false));
            registry.add(std::make_unique<FakeProcessorFactory>(shared, true));
            registry.add(std::make_unique<FakeNoOutputProcessorFactory>(noteInputs));
            reopen();
        }
        void reopen()
        {
            queue = std::make_unique<ProcessingQueue>(
                QueuePorts { jobs, registry, probe, clock, notifier, processes });
        }
        JobState state(const QString& id) { return (*jobs.find(id))->state(); }
        // As if another process had taken the job and then died (or is still running it).
        domain::Job takenElsewhere(
            const QString& id, const QString& owner, const QString& attempt = QStringLiteral("a1"))
        {
            auto job = **jobs.find(id);
            if (job.state() != JobState::Queued)
                qFatal("fixture: job not queued");
            if (!job.start(owner, attempt, clock.now()))
                qFatal("fixture: cannot start");
            jobs.force(job);
            return job;
        }
        bool waitFor(const QString& id, JobState s, int ms = 5000)
        {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < ms) {
                if (state(id) == s)
                    return true;
                QTest::qWait(5);
            }
            return state(id) == s;
        }
    };

    QTemporaryDir m_dir;
    int m_files = 0;

    QString input(const QByteArray& kind = "VIDEO")
    {
        const QString path = m_dir.filePath(QStringLiteral("in%1.mp4").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("fixture");
        f.write(kind + "-" + QByteArray::number(m_files));
        return path;
    }

    JobRequest request(const QString& in, int priority = 0, const QJsonObject& extra = {})
    {
        QJsonObject params { { QStringLiteral("preset"), QStringLiteral("youtube-1080p") } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            params.insert(it.key(), it.value());
        JobRequest r;
        r.input = in;
        r.title = QStringLiteral("Trip");
        r.recipe = domain::Recipe { QStringLiteral("youtube-1080p"),
            { domain::Step { QStringLiteral("transcode"), params } } };
        r.outputDir = m_dir.filePath(QStringLiteral("out"));
        r.priority = priority;
        return r;
    }

    QStringList outputFiles() const
    {
        return QDir(m_dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private slots:
    void init() { QDir(m_dir.filePath(QStringLiteral("out"))).removeRecursively(); }

    void jobIsPersistedBeforeItRunsAndSucceedsWithANamedArtifact()
    {
        World w;
        auto job = w.queue->submit(request(input()));
        QVERIFY(job);
        QCOMPARE(w.state(job->id()), JobState::Queued);  // in the repository, not yet running
        QCOMPARE(w.shared.framesDone.load(), 0);
        w.queue->start();
        QVERIFY(w.waitFor(job->id(), JobState::Succeeded));
        const auto artifacts = *w.jobs.artifacts(job->id());
        QCOMPARE(artifacts.size(), 1u);
        QCOMPARE(QFileInfo(artifacts[0].path).fileName(), QStringLiteral("Trip_youtube-1080p.mp4"));
        QVERIFY(artifacts[0].sizeBytes > 0);
        QCOMPARE(artifacts[0].contentHash.size(), 64);
        QCOMPARE(artifacts[0].info.video.size(), 1u);
        QCOMPARE(outputFiles(), QStringList { QStringLiteral("Trip_youtube-1080p.mp4") });  // no temp left
        QTRY_VERIFY(!w.notifier.seen().empty());
        QCOMPARE(w.notifier.seen().back().kind, QStringLiteral("job.succeeded"));
    }

    void aJobThatWritesNoFileSucceedsQuietlyWithoutArtifacts()
    {
        World w;
        const QString in = input();
        JobRequest r;
        r.input = in;
        r.title = QStringLiteral("Trip");
        r.recipe
            = domain::Recipe { QStringLiteral("analyze"), { domain::Step { QStringLiteral("note"), {} } } };
        auto job = w.queue->submit(r);  // no output folder: nothing will be written
        QVERIFY(job);
        w.queue->start();
        QVERIFY(w.waitFor(job->id(), JobState::Succeeded));
        QCOMPARE(w.noteInputs, QStringList { in });
        QVERIFY(w.jobs.artifacts(job->id())->empty());
        QCOMPARE((*w.jobs.find(job->id()))->progress(), 1.0);
        QTest::qWait(50);
        QVERIFY(w.notifier.seen().empty());  // nothing to open: no "done" notification
    }

    void aStepWithoutOutputHandsItsInputOnAndKeepsEarlierOutputs()
    {
        World w;
        const QString in = input();
        JobRequest before = request(in);
        before.recipe.steps.insert(before.recipe.steps.begin(), domain::Step { QStringLiteral("note"), {} });
        JobRequest after = request(in);
        after.recipe.steps.push_back(domain::Step { QStringLiteral("note"), {} });
        auto first = w.queue->submit(before);
        QVERIFY(first);
        w.queue->start();
        QVERIFY(w.waitFor(first->id(), JobState::Succeeded));
        QCOMPARE(w.noteInputs, QStringList { in });  // the note step saw the original
        QCOMPARE(w.jobs.artifacts(first->id())->size(), 1u);

        auto second = w.queue->submit(after);
        QVERIFY(second);
        QVERIFY(w.waitFor(second->id(), JobState::Succeeded));
        QCOMPARE(w.noteInputs.size(), 2);
        QVERIFY(w.noteInputs.last() != in);  // it saw the transcode's output
        const auto artifacts = *w.jobs.artifacts(second->id());
        QCOMPARE(artifacts.size(), 1u);  // the transcode's output survives the last step
        QVERIFY(QFileInfo::exists(artifacts[0].path));
        QCOMPARE(QFileInfo(artifacts[0].path).fileName(), QStringLiteral("Trip_youtube-1080p (2).mp4"));
    }

    void neverOverwritesAnExistingOutput()
    {
        World w;
        w.queue->start();
        auto a = w.queue->submit(request(input()));
        QVERIFY(w.waitFor(a->id(), JobState::Succeeded));
        auto b = w.queue->submit(request(input()));
        QVERIFY(w.waitFor(b->id(), JobState::Succeeded));
        QCOMPARE(outputFiles(),
            (QStringList {
                QStringLiteral("Trip_youtube-1080p (2).mp4"), QStringLiteral("Trip_youtube-1080p.mp4") }));
    }

    void audioOnlyInputGetsTheAudioProcessor()
    {
        World w;
        w.queue->start();
        auto job = w.queue->submit(request(input("AUDIO")));
        QVERIFY(w.waitFor(job->id(), JobState::Succeeded));
        QCOMPARE((*w.jobs.artifacts(job->id()))[0].kind, QStringLiteral("audio"));
    }

    void badRequestsAreRefusedBeforeQueueing()
    {
        World w;
        JobRequest unknownKind = request(input());
        unknownKind.recipe.steps[0].kind = QStringLiteral("teleport");
        QCOMPARE(w.queue->submit(unknownKind).error().code, domain::ErrorCode::InvalidArgument);
        QCOMPARE(
            w.queue->submit(request(input(), 0, { { QStringLiteral("preset"), QStringLiteral("nope") } }))
                .error()
                .code,
            domain::ErrorCode::InvalidArgument);
        QCOMPARE(w.queue->submit(request(m_dir.filePath(QStringLiteral("gone.mp4")))).error().code,
            domain::ErrorCode::FileMissing);
        QVERIFY(w.jobs.list()->empty());
    }

    void concurrencyLimitIsRespected()
    {
        World w;
        w.shared.frames = 20;
        w.queue->setConcurrency(2);
        std::vector<QString> ids;
        for (int i = 0; i < 5; ++i)
            ids.push_back(w.queue->submit(request(input()))->id());
        w.queue->start();
        for (const QString& id : ids)
            QVERIFY(w.waitFor(id, JobState::Succeeded, 10000));
        QCOMPARE(w.shared.maxRunning.load(), 2);
    }

    void higherPriorityRunsFirstAndFifoWithin()
    {
        World w;
        const QString low1 = w.queue->submit(request(input(), 0))->id();
        const QString low2 = w.queue->submit(request(input(), 0))->id();
        const QString high = w.queue->submit(request(input(), 5))->id();
        QStringList started;
        connect(w.queue.get(), &ProcessingQueue::jobChanged, this, [&](const domain::Job& j) {
            if (j.state() == JobState::Running)
                started << j.id();
        });
        w.queue->start();
        QVERIFY(w.waitFor(low2, JobState::Succeeded));
        QCOMPARE(started, (QStringList { high, low1, low2 }));
    }

    void cancelStopsQuicklyAndLeavesNoFile()
    {
        World w;
        w.shared.frames = 1000;
        w.shared.frameMs = 10;
        const QString id = w.queue->submit(request(input()))->id();
        w.queue->start();
        QTRY_VERIFY(w.shared.framesDone.load() > 3);
        QElapsedTimer t;
        t.start();
        QVERIFY(w.queue->cancel(id));
        QVERIFY(w.waitFor(id, JobState::Cancelled, 1000));
        QVERIFY(t.elapsed() < 1000);
        QVERIFY(outputFiles().isEmpty());
        QVERIFY(w.queue->retry(id));  // a cancelled job can be retried
        QCOMPARE(w.state(id), JobState::Running);
    }

    void pauseHoldsAtAFrameBoundaryAndResumeFinishes()
    {
        World w;
        w.shared.frames = 60;
        w.shared.frameMs = 5;
        const QString id = w.queue->submit(request(input()))->id();
        w.queue->start();
        QTRY_VERIFY(w.shared.framesDone.load() > 2);
        QVERIFY(w.queue->pause(id));
        QCOMPARE(w.state(id), JobState::Paused);
        QTest::qWait(50);
        const int held = w.shared.framesDone.load();
        QTest::qWait(200);
        QCOMPARE(w.shared.framesDone.load(), held);
        QVERIFY(w.queue->resume(id));
        QVERIFY(w.waitFor(id, JobState::Succeeded));
        QCOMPARE(w.shared.framesDone.load(), 60);
    }

    void failureIsRecordedInWordsAndRetryRunsAgain()
    {
        World w;
        w.queue->start();
        const QString id
            = w.queue
                  ->submit(request(input(), 0,
                      { { QStringLiteral("fail"), QStringLiteral("encoder h264_nvenc missing") } }))
                  ->id();
        QVERIFY(w.waitFor(id, JobState::Failed));
        QCOMPARE((*w.jobs.find(id))->fields().error, QStringLiteral("encoder h264_nvenc missing"));
        QVERIFY(outputFiles().isEmpty());
        QTRY_VERIFY(!w.notifier.seen().empty());
        QCOMPARE(w.notifier.seen().back().kind, QStringLiteral("job.failed"));
        QVERIFY(w.queue->retry(id));
        QVERIFY(w.waitFor(id, JobState::Failed));
        QCOMPARE((*w.jobs.find(id))->attempts(), 2);
    }

    void crashRecoveryRequeuesOncePerCrashThenFails()
    {
        World w;
        const QString id = w.queue->submit(request(input()))->id();
        // A process that died mid-job: the repository says Running, owned by it.
        w.takenElsewhere(id, QStringLiteral("dead-1"));
        for (int crash = 1; crash <= ProcessingQueue::kMaxInterruptions; ++crash) {
            w.reopen();
            QVERIFY(w.queue->recover());
            QCOMPARE(w.state(id), JobState::Queued);
            QCOMPARE((*w.jobs.find(id))->fields().interruptions, crash);
            w.takenElsewhere(id, QStringLiteral("dead-%1").arg(crash + 1));  // ...and it crashed again
        }
        w.reopen();
        QVERIFY(w.queue->recover());
        QCOMPARE(w.state(id), JobState::Failed);
        QVERIFY((*w.jobs.find(id))->fields().error.contains(QStringLiteral("interrupted")));
    }

    void recoveredJobRunsToTheEnd()
    {
        World w;
        const QString id = w.queue->submit(request(input()))->id();
        w.takenElsewhere(id, QStringLiteral("dead"), QStringLiteral("att1"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        QFile stale(m_dir.filePath(QStringLiteral("out/.reelforge-%1-att1-0.part.mp4").arg(id)));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        w.reopen();
        QVERIFY(w.queue->recover());
        QVERIFY(!stale.exists());  // the half-written file of the crashed attempt is gone
        w.queue->start();
        QVERIFY(w.waitFor(id, JobState::Succeeded));
        QVERIFY(w.jobs.log(id)->contains(QStringLiteral("interrupted")));
    }

    void aJobHeldByALiveProcessIsNeverTakenOver()
    {
        World w;
        const QString id = w.queue->submit(request(input()))->id();
        w.takenElsewhere(id, QStringLiteral("other"), QStringLiteral("att9"));
        w.processes.setAlive(QStringLiteral("other"), true);
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        QFile working(m_dir.filePath(QStringLiteral("out/.reelforge-%1-att9-0.part.mp4").arg(id)));
        QVERIFY(working.open(QIODevice::WriteOnly));
        working.close();
        w.reopen();
        QVERIFY(w.queue->recover());
        w.queue->start();
        QTest::qWait(200);
        QCOMPARE(w.state(id), JobState::Running);
        QCOMPARE((*w.jobs.find(id))->fields().owner, QStringLiteral("other"));
        QCOMPARE(w.shared.runs.load(), 0);
        QVERIFY(working.exists());  // the other process's half-written output is left alone
        QVERIFY(w.queue->isIdle());  // nothing for this process to do
        // ...until the other process dies: then it is taken back and run once.
        w.processes.setAlive(QStringLiteral("other"), false);
        QVERIFY(w.queue->recover());
        QVERIFY(!working.exists());
        QVERIFY(w.waitFor(id, JobState::Succeeded));
        QCOMPARE(w.shared.runs.load(), 1);
    }

    void twoQueuesOnOneLibraryRunEachJobOnce()
    {
        World w;
        FakeProcessRegistry secondProcess;
        ProcessingQueue second(
            QueuePorts { w.jobs, w.registry, w.probe, w.clock, w.notifier, secondProcess });
        w.processes.setAlive(secondProcess.selfId(), true);
        secondProcess.setAlive(w.processes.selfId(), true);
        w.queue->setConcurrency(2);
        second.setConcurrency(2);
        std::vector<QString> ids;
        for (int i = 0; i < 8; ++i)
            ids.push_back(w.queue->submit(request(input()))->id());
        w.queue->start();
        second.start();
        for (const QString& id : ids) {
            QVERIFY(w.waitFor(id, JobState::Succeeded, 10000));
            QCOMPARE((*w.jobs.find(id))->attempts(), 1);
            QCOMPARE(w.jobs.artifacts(id)->size(), 1u);
        }
        QCOMPARE(w.shared.runs.load(), 8);
        QCOMPARE(outputFiles().size(), 8);  // every output under its final name, no temporary left
    }

    void aJobTakenOverElsewhereIsNotRecordedHere()
    {
        World w;
        w.shared.frames = 1000;
        w.shared.frameMs = 2;
        const QString id = w.queue->submit(request(input()))->id();
        w.queue->start();
        QVERIFY(w.waitFor(id, JobState::Running));
        QTRY_VERIFY(w.shared.framesDone.load() > 2);
        w.queue->setStopAfterCurrent(true);  // so that it is not simply started again here
        // Another process decided this one was dead and took the job back to the queue.
        auto job = **w.jobs.find(id);
        QVERIFY(job.requeueAfterInterruption(true, ProcessingQueue::kMaxInterruptions, w.clock.now()));
        w.jobs.force(job);
        // This process notices at its next progress write, stops, and records nothing.
        QTRY_COMPARE(w.shared.running.load(), 0);
        QTest::qWait(100);
        QCOMPARE(w.state(id), JobState::Queued);
        QVERIFY(w.jobs.artifacts(id)->empty());
        QVERIFY(outputFiles().isEmpty());
    }

    void closingMidJobRequeuesWithoutCountingACrash()
    {
        World w;
        w.shared.frames = 1000;
        w.shared.frameMs = 5;
        const QString id = w.queue->submit(request(input()))->id();
        w.queue->start();
        QTRY_VERIFY(w.shared.framesDone.load() > 1);
        w.queue.reset();
        QCOMPARE(w.state(id), JobState::Queued);
        QCOMPARE((*w.jobs.find(id))->fields().interruptions, 0);
        QVERIFY((*w.jobs.find(id))->fields().owner.isEmpty());
        QVERIFY(outputFiles().isEmpty());
    }

    void stopAfterCurrentLetsTheRunningJobFinish()
    {
        World w;
        w.shared.frames = 30;
        const QString first = w.queue->submit(request(input()))->id();
        const QString second = w.queue->submit(request(input()))->id();
        w.queue->start();
        QVERIFY(w.waitFor(first, JobState::Running));
        w.queue->setStopAfterCurrent(true);
        QVERIFY(w.waitFor(first, JobState::Succeeded));
        QTest::qWait(100);
        QCOMPARE(w.state(second), JobState::Queued);
        w.queue->setStopAfterCurrent(false);
        QVERIFY(w.waitFor(second, JobState::Succeeded));
    }

    void controlRequestsFromAnotherProcessAreApplied()
    {
        World w;
        w.shared.frames = 1000;
        w.shared.frameMs = 5;
        const QString id = w.queue->submit(request(input()))->id();
        w.queue->start();
        QVERIFY(w.waitFor(id, JobState::Running));
        QVERIFY(w.jobs.requestControl(id, IJobRepository::Control::Cancel));  // as `queue cancel` would
        QVERIFY(w.waitFor(id, JobState::Cancelled, 2000));
    }
};

QTEST_GUILESS_MAIN(TestProcessingQueue)
#include "test_processing_queue.moc"
