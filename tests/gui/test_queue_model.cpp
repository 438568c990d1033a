// The queue model on its own: queue order and merges that keep selections, live progress
// with speed and time left, what finished and failed jobs show, and the command-line quoting.
#include "ui/queue/job_text.h"
#include "ui/queue/queue_delegate.h"
#include "ui/queue/queue_model.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace reelforge;
using domain::JobState;

namespace {

domain::Job job(
    const QString& id, int priority = 0, JobState state = JobState::Queued, const QString& input = {})
{
    domain::Job::Fields f;
    f.id = id;
    f.title = QStringLiteral("Clip %1").arg(id);
    f.inputs = { input.isEmpty() ? QStringLiteral("/nowhere/%1.mp4").arg(id) : input };
    f.recipe = domain::Recipe { QStringLiteral("web-small-720p"),
        { domain::Step { QStringLiteral("transcode"),
            { { QStringLiteral("preset"), QStringLiteral("web-small-720p") } } } } };
    f.outputDir = QStringLiteral("/out");
    f.priority = priority;
    f.state = state;
    return *domain::Job::create(f);
}

QStringList ids(const ui::QueueModel& model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r).data(ui::QueueModel::IdRole).toString();
    return out;
}

}  // namespace

class TestQueueModel final : public QObject {
    Q_OBJECT

private slots:
    void mergesKeepRowsAndSelectionsAcrossReorders()
    {
        ui::QueueModel model;
        model.setJobs({ job(QStringLiteral("a")), job(QStringLiteral("b")), job(QStringLiteral("c")) });
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(2), QItemSelectionModel::ClearAndSelect);  // c
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // c moved to the front, b finished and was dropped from the listing, d is new.
        model.setJobs({ job(QStringLiteral("c"), 5), job(QStringLiteral("a")), job(QStringLiteral("d")) });
        QCOMPARE(ids(model), QStringList({ QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("d") }));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(selection.currentIndex().data(ui::QueueModel::IdRole).toString(), QStringLiteral("c"));
        QVERIFY(selection.isSelected(model.index(0)));
        QCOMPARE(model.index(0).data(ui::QueueModel::PriorityRole).toInt(), 5);
    }

    void updateChangesARowInPlaceUnlessItsPlaceChanges()
    {
        ui::QueueModel model;
        model.setJobs({ job(QStringLiteral("a")), job(QStringLiteral("b")) });
        QVERIFY(model.update(job(QStringLiteral("b"), 0, JobState::Cancelled)));
        QCOMPARE(model.count(JobState::Cancelled), 1);
        QCOMPARE(model.index(1).data(ui::QueueModel::StateTextRole).toString(), QStringLiteral("Cancelled"));
        QVERIFY(!model.update(job(QStringLiteral("b"), 3, JobState::Cancelled)));  // priority: reload
        QVERIFY(!model.update(job(QStringLiteral("z"))));  // new: reload
    }

    void runningJobShowsLiveProgressSpeedAndTimeLeft()
    {
        ui::QueueModel model;
        int lookups = 0;
        model.setFrameRateLookup([&](const domain::Job&) {
            ++lookups;
            return 25.0;
        });
        model.setJobs({ job(QStringLiteral("a"), 0, JobState::Running) });
        application::Progress p;
        p.fraction = 0.4;
        p.rate = 50.0;  // frames per second, since frames are reported
        p.itemsDone = 120;
        p.etaSeconds = 30.0;
        model.setProgress(QStringLiteral("a"), p);
        const QModelIndex a = model.index(0);
        QCOMPARE(a.data(ui::QueueModel::FractionRole).toDouble(), 0.4);
        QCOMPARE(a.data(ui::QueueModel::FpsRole).toDouble(), 50.0);
        QCOMPARE(a.data(ui::QueueModel::RealtimeRole).toDouble(), 2.0);
        QCOMPARE(a.data(ui::QueueModel::SpeedTextRole).toString(), QStringLiteral("50 fps · 2.0× realtime"));
        QCOMPARE(a.data(ui::QueueModel::EtaTextRole).toString(), QStringLiteral("About 30 second(s) left"));
        QCOMPARE(ui::QueueDelegate::detailText(a),
            QStringLiteral("web-small-720p  ·  40%  ·  50 fps · 2.0× realtime  ·  About 30 second(s) left"));
        (void)a.data(ui::QueueModel::RealtimeRole);
        QCOMPARE(lookups, 1);  // asked once per job

        // Work without frames (audio) reports its speed as the rate.
        p.itemsDone = 0;
        p.rate = 12.0;
        model.setProgress(QStringLiteral("a"), p);
        QCOMPARE(a.data(ui::QueueModel::FpsRole).toDouble(), 0.0);
        QCOMPARE(a.data(ui::QueueModel::SpeedTextRole).toString(), QStringLiteral("12× realtime"));

        // Once it ends, late reports are ignored and the live figures go.
        QVERIFY(model.update(job(QStringLiteral("a"), 0, JobState::Succeeded)));
        model.setProgress(QStringLiteral("a"), p);
        QCOMPARE(a.data(ui::QueueModel::FractionRole).toDouble(), 1.0);
        QVERIFY(a.data(ui::QueueModel::SpeedTextRole).toString().isEmpty());
    }

    void finishedJobsShowTheirOutputAndFailedOnesWhy()
    {
        ui::QueueModel model;
        int lookups = 0;
        model.setOutputsLookup([&](const QString& id) {
            ++lookups;
            return QStringList { QStringLiteral("/out/Clip %1_web-small-720p.mp4").arg(id) };
        });
        model.setJobs({ job(QStringLiteral("a"), 0, JobState::Succeeded),
            job(QStringLiteral("b"), 0, JobState::Failed), job(QStringLiteral("c"), 0, JobState::Queued) });
        QCOMPARE(lookups, 0);  // only when shown
        QCOMPARE(ui::QueueDelegate::detailText(model.index(0)),
            QStringLiteral("web-small-720p  ·  Clip a_web-small-720p.mp4"));
        (void)model.index(0).data(ui::QueueModel::OutputPathsRole);
        QCOMPARE(lookups, 1);
        QVERIFY(model.index(2).data(ui::QueueModel::OutputPathsRole).toStringList().isEmpty());
        QCOMPARE(model.index(1).data(ui::QueueModel::FailureTextRole).toString(),
            QStringLiteral("The source file is missing. It may have been moved, renamed or deleted."));
        QCOMPARE(model.index(2).data(ui::QueueModel::FractionRole).toDouble(), 0.0);
    }

    void commandsAreQuotedForAShell()
    {
        QCOMPARE(ui::JobText::shellCommand(
                     { QStringLiteral("ffmpeg"), QStringLiteral("-i"), QStringLiteral("/a b/it's.mp4"),
                         QStringLiteral("-vf"), QStringLiteral("scale=1280:-2"), QStringLiteral("out.mp4") }),
            QStringLiteral("ffmpeg -i '/a b/it'\\''s.mp4' -vf scale=1280:-2 out.mp4"));
        QCOMPARE(ui::JobText::eta(-1), QString());
        QCOMPARE(ui::JobText::eta(3), QStringLiteral("A few seconds left"));
        QCOMPARE(ui::JobText::eta(600), QStringLiteral("About 10 minute(s) left"));
    }
};

QTEST_MAIN(TestQueueModel)
#include "test_queue_model.moc"
