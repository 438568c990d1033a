#include "application/services/publishing_bandwidth_limiter.h"
#include "application/services/publishing_retry_policy.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace reelforge::application;
using reelforge::domain::Error;
using reelforge::domain::ErrorCode;

// Backoff grows exponentially up to a cap, with jitter in [d/2, d); only transient errors are
// retried. The bandwidth limiter paces bytes to its rate.
class TestPublishingRetryPolicy final : public QObject {
    Q_OBJECT

private slots:
    void backoffDoublesWithJitterUpToTheCap()
    {
        const RetryPolicy p { 6, std::chrono::milliseconds(1000), std::chrono::milliseconds(60000) };
        QCOMPARE(p.delay(1, 0.0).count(), 500);
        QCOMPARE(p.delay(1, 0.999).count(), 999);
        QCOMPARE(p.delay(2, 0.0).count(), 1000);
        QCOMPARE(p.delay(3, 0.5).count(), 3000);
        QCOMPARE(p.delay(10, 0.0).count(), 30000);  // capped at 60 s before jitter
        QCOMPARE(p.delay(40, 0.999).count(), 59970);
    }

    void onlyTransientErrorsAreRetried()
    {
        QVERIFY(RetryPolicy::isTransient(Error { ErrorCode::IoError, {}, {} }));
        for (ErrorCode c : { ErrorCode::UploadRejected, ErrorCode::QuotaExceeded, ErrorCode::AuthExpired,
                 ErrorCode::InvalidArgument, ErrorCode::Cancelled, ErrorCode::NotFound })
            QVERIFY(!RetryPolicy::isTransient(Error { c, {}, {} }));
    }

    void automaticRetriesWaitLongerUpToTheLastRun()
    {
        using std::chrono::minutes;
        RetryPolicy policy;  // 1, 5, 15 minutes; 5 runs
        QCOMPARE(*policy.retryLater(1), minutes(1));
        QCOMPARE(*policy.retryLater(2), minutes(5));
        QCOMPARE(*policy.retryLater(3), minutes(15));
        QCOMPARE(*policy.retryLater(4), minutes(15));  // the last delay repeats
        QVERIFY(!policy.retryLater(5));  // the fifth run was the last
        policy.later.clear();
        QVERIFY(!policy.retryLater(1));  // off
    }

    void unlimitedBandwidthNeverWaits()
    {
        BandwidthLimiter limiter;
        QCOMPARE(limiter.reserve(1 << 30).count(), 0);
    }

    void limitedBandwidthPacesToTheRate()
    {
        BandwidthLimiter limiter;
        limiter.setRate(1000000);  // 1 MB/s
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 10; ++i)
            std::this_thread::sleep_for(limiter.reserve(50000));  // 500 kB in all
        // The first quarter second is burst allowance.
        QVERIFY2(t.elapsed() >= 200 && t.elapsed() < 600, qPrintable(QString::number(t.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPublishingRetryPolicy)
#include "test_publishing_retry_policy.moc"
