// The queue panel driving the real processing queue and transcoder: cancel, pause and resume,
// retry of a failed job, how many run at once, order by priority (move up/down, priority) and
// "stop after current job". A real library on generated clips; the panel's own actions are
// triggered as a creator would, and the results are checked on disk and in the database.
#include "application/interfaces/i_preferences.h"
#include "support/media_fixtures.h"
#include "ui/library/library_model.h"
#include "ui/main_window.h"
#include "ui/process/processing_controller.h"
#include "ui/queue/queue_actions.h"
#include "ui/queue/queue_delegate.h"
#include "ui/queue/queue_model.h"
#include "ui/queue/queue_panel.h"
#include "wiring/app_context.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using domain::JobState;

namespace {

class MemoryPreferences final : public application::IPreferences {
public:
    application::Preferences load() const override { return m_p; }
    void save(const application::Preferences& p) override { m_p = p; }

private:
    application::Preferences m_p;
};

// One open library with its queue running, and a window on it, composed like app/main.cpp.
struct Studio {
    std::unique_ptr<app::AppContext> context;
    MemoryPreferences preferences;
    std::unique_ptr<ui::MainWindow> window;

    bool open(const QString& libraryPath)
    {
        // The creator's presets of this library live beside it, not in the real config folder.
        app::AppContext::Options options;
        const QFileInfo library(libraryPath);
        options.presetFolder
            = library.absoluteDir().filePath(library.fileName() + QStringLiteral("-presets"));
        auto opened = app::AppContext::open(libraryPath, options);
        if (!opened)
            return false;
        context = std::move(*opened);
        window = std::make_unique<ui::MainWindow>(ui::StudioServices { context->importer(),
            context->library(), context->notifications(), preferences, context->samples(),
            context->libraryPath(), &context->queue(), &context->presets(), &context->jobs() });
        window->show();
        if (!context->queue().recover())
            return false;
        context->queue().start();
        return QTest::qWaitForWindowExposed(window.get());
    }

    ~Studio()
    {
        window.reset();
        context.reset();
    }

    ui::QueuePanel* panel() const { return window->processing()->panel(); }
    ui::QueueModel* model() const { return panel()->model(); }
    ui::QueueActions* actions() const { return panel()->actions(); }

    QString importOne(const QString& path)
    {
        QSignalSpy finished(&context->importer(), &application::ImportService::finished);
        const int before = window->libraryModel()->rowCount();
        window->importPaths({ path });
        if (!finished.wait(60000)
            || !QTest::qWaitFor([&] { return window->libraryModel()->rowCount() > before; }))
            return {};
        const auto report = finished.first().first().value<application::ImportReport>();
        return report.imported.empty() ? QString() : report.imported.front().id;
    }

    QString submit(const QString& assetId, const QString& outputDir)
    {
        const int before = model()->rowCount();
        window->processing()->processAssets({ assetId }, { QStringLiteral("web-small-720p"), outputDir });
        const QModelIndex newest = model()->index(model()->rowCount() - 1);
        return model()->rowCount() == before + 1 ? newest.data(ui::QueueModel::IdRole).toString() : QString();
    }

    QModelIndex row(const QString& id) const { return model()->indexOfId(id); }
    JobState state(const QString& id) const
    {
        return static_cast<JobState>(row(id).data(ui::QueueModel::StateRole).toInt());
    }
    double fraction(const QString& id) const { return row(id).data(ui::QueueModel::FractionRole).toDouble(); }
    bool runningWithProgress(const QString& id) const
    {
        return state(id) == JobState::Running && fraction(id) > 0.0;
    }

    QStringList order() const
    {
        QStringList ids;
        for (int r = 0; r < model()->rowCount(); ++r)
            ids << model()->index(r).data(ui::QueueModel::IdRole).toString();
        return ids;
    }
    QStringList queueOrder() const
    {
        QStringList ids;
        const auto jobs = context->queue().jobs();
        for (const domain::Job& job : *jobs)
            ids << job.id();
        return ids;
    }
};

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

}  // namespace

class TestQueuePanel final : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_short;  // 2 s, 320x240: done in well under a second
    QString m_long;  // 8 s, 1280x720: several seconds of work on two cores

    QString out(const char* name) const { return m_tmp.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("ReelForgeTests"));
        m_short = m_tmp.filePath(QStringLiteral("short.mp4"));
        QVERIFY(testing::makeClip(m_short));
        m_long = m_tmp.filePath(QStringLiteral("long.mp4"));
        testing::ClipSpec spec;
        spec.seconds = 8.0;
        spec.width = 1280;
        spec.height = 720;
        spec.extraOutputArgs = { QStringLiteral("-preset"), QStringLiteral("ultrafast") };
        QVERIFY(testing::makeClip(m_long, spec));
    }

    void cancelFromThePanelStopsTheJobAndLeavesNoFile()
    {
        Studio studio;
        QVERIFY(studio.open(out("lib-cancel")));
        const QString folder = out("out-cancel");
        const QString id = studio.submit(studio.importOne(m_long), folder);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(studio.runningWithProgress(id), 30000);
        QVERIFY(!studio.row(id).data(ui::QueueModel::SpeedTextRole).toString().isEmpty());  // "38 fps · 1.5×
                                                                                            // realtime"
        studio.panel()->selectJob(id);
        QVERIFY(studio.actions()->cancel->isEnabled());
        // Delete cancels while the queue has focus; elsewhere it stays the library's Remove key.
        QTest::keyClick(studio.panel()->view(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(studio.state(id), JobState::Cancelled, 10000);
        QVERIFY(studio.fraction(id) < 1.0);
        QCOMPARE(filesIn(folder), QStringList());  // the partial output is gone, hidden temporaries too
        QCOMPARE((*studio.context->jobs().find(id))->state(), JobState::Cancelled);
        QVERIFY(studio.actions()->retry->isEnabled());
    }

    void pauseHoldsTheJobAndResumeFinishesIt()
    {
        Studio studio;
        QVERIFY(studio.open(out("lib-pause")));
        const QString folder = out("out-pause");
        const QString id = studio.submit(studio.importOne(m_long), folder);
        QTRY_VERIFY_WITH_TIMEOUT(studio.runningWithProgress(id), 30000);
        studio.panel()->selectJob(id);
        QTest::keyClick(studio.panel()->view(), Qt::Key_Space);  // not the preview's play key here
        QCOMPARE(studio.state(id), JobState::Paused);
        QCOMPARE((*studio.context->jobs().find(id))->state(), JobState::Paused);
        QVERIFY(studio.actions()->resume->isEnabled() && !studio.actions()->pause->isEnabled());
        QTest::qWait(300);  // a report already on its way may still land
        const double held = studio.fraction(id);
        QTest::qWait(1000);
        QCOMPARE(studio.fraction(id), held);  // nothing moves while paused
        QVERIFY(held < 1.0);
        QVERIFY(ui::QueueDelegate::detailText(studio.row(id)).contains(QStringLiteral("stopped at")));

        QTest::keyClick(studio.panel()->view(), Qt::Key_Space);
        QCOMPARE(studio.state(id), JobState::Running);
        QTRY_COMPARE_WITH_TIMEOUT(studio.state(id), JobState::Succeeded, 60000);
        QCOMPARE(filesIn(folder), QStringList { QStringLiteral("long_web-small-720p.mp4") });
    }

    void retryRunsAFailedJobAgain()
    {
        Studio studio;
        QVERIFY(studio.open(out("lib-retry")));
        const QString assetId = studio.importOne(m_short);
        const QString stored = studio.context->library().get(assetId)->storedPath();
        studio.actions()->stopAfterCurrent->setChecked(true);  // hold the job until its input is gone
        const QString id = studio.submit(assetId, out("out-retry"));
        QCOMPARE(studio.state(id), JobState::Queued);
        QVERIFY(QFile::remove(stored));
        studio.actions()->stopAfterCurrent->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(studio.state(id), JobState::Failed, 30000);
        QVERIFY(!studio.row(id).data(ui::QueueModel::ErrorRole).toString().isEmpty());
        QCOMPARE((*studio.context->jobs().find(id))->fields().errorCode, domain::ErrorCode::FileMissing);
        studio.panel()->selectJob(id);
        QVERIFY(studio.actions()->retry->isEnabled() && studio.actions()->showLog->isEnabled());

        // The file is back, but the failure still says what happened: the stored code, not a
        // guess from the disk, words it.
        QVERIFY(QFile::copy(m_short, stored));
        QCOMPARE(studio.row(id).data(ui::QueueModel::FailureTextRole).toString(),
            QStringLiteral("The source file is missing. It may have been moved, renamed or deleted."));
        // Scripts read the same code from `queue list --json`.
        QProcess cli;
        cli.start(testing::cliPath(),
            { QStringLiteral("--library"), out("lib-retry"), QStringLiteral("queue"), QStringLiteral("list"),
                QStringLiteral("--json") });
        QVERIFY(cli.waitForFinished(30000));
        const QJsonArray listed
            = QJsonDocument::fromJson(cli.readAllStandardOutput())[QStringLiteral("jobs")].toArray();
        QCOMPARE(listed.size(), 1);
        const QJsonObject error = listed.at(0)[QStringLiteral("error")].toObject();
        QCOMPARE(error[QStringLiteral("code")].toString(), QStringLiteral("FileMissing"));
        QVERIFY(!error[QStringLiteral("message")].toString().isEmpty());

        studio.actions()->retry->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(studio.state(id), JobState::Succeeded, 30000);
        QCOMPARE(studio.fraction(id), 1.0);
        QCOMPARE(filesIn(out("out-retry")), QStringList { QStringLiteral("short_web-small-720p.mp4") });
        QVERIFY((*studio.context->jobs().log(id)).contains(QStringLiteral("retry")));
    }

    void concurrencyBoxSetsHowManyRunAtOnceAndIsRemembered()
    {
        {
            Studio studio;
            QVERIFY(studio.open(out("lib-concurrency")));
            QSpinBox* box = studio.panel()->concurrencyBox();
            QCOMPARE(box->minimum(), 1);
            QCOMPARE(box->maximum(), 4);
            box->setValue(2);
            QCOMPARE(studio.context->queue().concurrency(), 2);
            const QString asset = studio.importOne(m_long);
            const QString first = studio.submit(asset, out("out-concurrency"));
            const QString second = studio.submit(asset, out("out-concurrency"));
            QTRY_VERIFY_WITH_TIMEOUT(
                studio.state(first) == JobState::Running && studio.state(second) == JobState::Running, 30000);
            studio.panel()->view()->selectAll();
            studio.actions()->cancel->trigger();  // both at once
            QTRY_COMPARE_WITH_TIMEOUT(studio.model()->count(JobState::Cancelled), 2, 10000);
            box->setValue(3);
        }
        QCOMPARE(QSettings().value(QStringLiteral("queue/concurrency")).toInt(), 3);
        Studio again;
        QVERIFY(again.open(out("lib-concurrency")));
        QCOMPARE(again.panel()->concurrencyBox()->value(), 3);
        QCOMPARE(again.context->queue().concurrency(), 3);
        QCOMPARE(again.model()->count(JobState::Cancelled), 2);  // the queue is as it was left
        again.panel()->concurrencyBox()->setValue(1);
    }

    void jobsAreListedInPriorityOrderAndMoveWithTheirPriority()
    {
        Studio studio;
        QVERIFY(studio.open(out("lib-order")));
        studio.actions()->stopAfterCurrent->setChecked(true);  // keep them all waiting
        const QString asset = studio.importOne(m_short);
        const QString a = studio.submit(asset, out("out-order"));
        const QString b = studio.submit(asset, out("out-order"));
        const QString c = studio.submit(asset, out("out-order"));
        QCOMPARE(studio.order(), QStringList({ a, b, c }));  // first come, first served

        studio.panel()->selectJob(c);
        QVERIFY(studio.actions()->moveUp->isEnabled() && !studio.actions()->moveDown->isEnabled());
        QVERIFY(studio.actions()->moveUp->toolTip().contains(QStringLiteral("higher priority run first")));
        studio.actions()->moveUp->trigger();
        QCOMPARE(studio.order(), QStringList({ c, a, b }));  // ahead of all with b's priority
        QCOMPARE(studio.row(c).data(ui::QueueModel::PriorityRole).toInt(), 1);
        QCOMPARE(studio.panel()->selectedJobIds(), QStringList { c });  // the selection follows it

        studio.panel()->selectJob(a);
        studio.actions()->moveDown->trigger();
        QCOMPARE(studio.order(), QStringList({ c, b, a }));
        studio.panel()->selectJob(b);
        studio.actions()->priorityHigh->trigger();
        QCOMPARE(studio.order(), QStringList({ b, c, a }));
        QVERIFY(studio.actions()->priorityHigh->isChecked());
        QVERIFY(ui::QueueDelegate::detailText(studio.row(b)).contains(QStringLiteral("high priority")));
        QCOMPARE(studio.queueOrder(), studio.order());  // the order the queue will run them in

        studio.actions()->stopAfterCurrent->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(studio.model()->count(JobState::Succeeded), 3, 60000);
    }

    void stopAfterCurrentLetsTheRunningJobFinishAndStartsNoOther()
    {
        Studio studio;
        QVERIFY(studio.open(out("lib-stop")));
        QCOMPARE(studio.context->queue().concurrency(), 1);
        const QString first = studio.submit(studio.importOne(m_long), out("out-stop"));
        const QString second = studio.submit(studio.importOne(m_short), out("out-stop"));
        QTRY_VERIFY_WITH_TIMEOUT(studio.runningWithProgress(first), 30000);
        studio.actions()->stopAfterCurrent->trigger();
        QVERIFY(studio.context->queue().stopAfterCurrent());
        QTRY_COMPARE_WITH_TIMEOUT(studio.state(first), JobState::Succeeded, 60000);
        QTest::qWait(500);
        QCOMPARE(studio.state(second), JobState::Queued);
        QVERIFY(studio.panel()->findChild<QWidget*>(QStringLiteral("queueSummary")) != nullptr);

        studio.actions()->stopAfterCurrent->trigger();
        QVERIFY(!studio.context->queue().stopAfterCurrent());
        QTRY_COMPARE_WITH_TIMEOUT(studio.state(second), JobState::Succeeded, 30000);
    }
};

QTEST_MAIN(TestQueuePanel)
#include "test_queue_panel.moc"
