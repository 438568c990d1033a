#include "domain/models/job.h"

#include <QTest>

using namespace reelforge::domain;

class TestJob final : public QObject {
    Q_OBJECT

    static Job makeJob()
    {
        Job::Fields f;
        f.id = QStringLiteral("j1");
        f.recipe = Recipe { QStringLiteral("youtube"), { Step { QStringLiteral("transcode"), {} } } };
        f.inputs = { QStringLiteral("a1") };
        return *Job::create(f);
    }

    const QDateTime m_t = QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);

private slots:
    void newJobIsQueued()
    {
        const Job job = makeJob();
        QCOMPARE(job.state(), JobState::Queued);
        QCOMPARE(job.attempts(), 0);
    }

    void runningThenSucceededCountsOneAttemptAndCompletes()
    {
        Job job = makeJob();
        QVERIFY(job.transitionTo(JobState::Running, m_t));
        QVERIFY(job.transitionTo(JobState::Succeeded, m_t));
        QCOMPARE(job.attempts(), 1);
        QCOMPARE(job.progress(), 1.0);
    }

    void illegalTransitionIsRejectedAndStateUnchanged()
    {
        Job job = makeJob();
        const Status s = job.transitionTo(JobState::Succeeded, m_t);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::IllegalTransition);
        QCOMPARE(job.state(), JobState::Queued);
    }

    void succeededIsFinal()
    {
        Job job = makeJob();
        QVERIFY(job.transitionTo(JobState::Running, m_t));
        QVERIFY(job.transitionTo(JobState::Succeeded, m_t));
        for (JobState to : { JobState::Queued, JobState::Running, JobState::Failed, JobState::Interrupted })
            QVERIFY(!job.transitionTo(to, m_t));
    }

    void interruptedJobIsRequeuedWithProgressReset()
    {
        Job job = makeJob();
        QVERIFY(job.transitionTo(JobState::Running, m_t));
        QVERIFY(job.setProgress(0.5));
        QVERIFY(job.transitionTo(JobState::Interrupted, m_t));
        QVERIFY(job.transitionTo(JobState::Queued, m_t.addSecs(1)));
        QCOMPARE(job.progress(), 0.0);
        QCOMPARE(job.fields().updatedAt, m_t.addSecs(1));
    }

    void pauseAndResume()
    {
        Job job = makeJob();
        QVERIFY(!job.transitionTo(JobState::Paused, m_t));  // cannot pause what has not started
        QVERIFY(job.transitionTo(JobState::Running, m_t));
        QVERIFY(job.transitionTo(JobState::Paused, m_t));
        QVERIFY(job.transitionTo(JobState::Running, m_t));
        QCOMPARE(job.attempts(), 1);  // resuming is not a new attempt
    }

    void failKeepsTheReasonAndRetryClearsIt()
    {
        Job job = makeJob();
        QVERIFY(job.transitionTo(JobState::Running, m_t));
        QVERIFY(job.fail(QStringLiteral("encoder missing"), m_t));
        QCOMPARE(job.fields().error, QStringLiteral("encoder missing"));
        QVERIFY(job.transitionTo(JobState::Queued, m_t));
        QVERIFY(job.fields().error.isEmpty());
    }

    void failWithAnErrorKeepsItsCodeAndRetryClearsIt()
    {
        Job job = makeJob();
        QVERIFY(job.transitionTo(JobState::Running, m_t));
        QVERIFY(job.fail(reelforge::domain::Error { reelforge::domain::ErrorCode::FileMissing,
                             QStringLiteral("file not found"), QStringLiteral("/gone.mp4") },
            m_t));
        QCOMPARE(job.fields().errorCode, reelforge::domain::ErrorCode::FileMissing);
        QCOMPARE(job.fields().error, QStringLiteral("file not found: /gone.mp4"));
        QVERIFY(job.transitionTo(JobState::Queued, m_t));
        QVERIFY(!job.fields().errorCode.has_value());
    }

    void createRejectsInvalidJobs()
    {
        Job::Fields f;
        f.id = QStringLiteral("j");
        f.recipe = Recipe { QStringLiteral("r"), { Step { QStringLiteral("transcode"), {} } } };
        QCOMPARE(Job::create(f).error().code, ErrorCode::InvalidArgument);  // no inputs
        f.inputs = { QStringLiteral("x") };
        f.recipe.steps.clear();
        QVERIFY(!Job::create(f));  // no steps
        f.recipe.steps.push_back(Step { QStringLiteral("Bad Kind"), {} });
        QVERIFY(!Job::create(f));
        f.recipe.steps.back().kind = QStringLiteral("cut-silences");
        f.progress = 1.5;
        QVERIFY(!Job::create(f));
    }

    void stateNamesRoundTrip()
    {
        for (JobState s : { JobState::Queued, JobState::Running, JobState::Paused, JobState::Succeeded,
                 JobState::Failed, JobState::Cancelled, JobState::Interrupted }) {
            QCOMPARE(*parseJobState(jobStateName(s)), s);
        }
        QVERIFY(!parseJobState(QStringLiteral("done")));
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "test_job.moc"
