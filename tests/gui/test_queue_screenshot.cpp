// TEMPORARY: stages a studio with jobs in every state and captures the screen (Xvfb).
#include "application/interfaces/i_preferences.h"
#include "support/media_fixtures.h"
#include "ui/library/library_model.h"
#include "ui/library/library_view.h"
#include "ui/main_window.h"
#include "ui/process/processing_controller.h"
#include "ui/queue/queue_actions.h"
#include "ui/queue/queue_model.h"
#include "ui/queue/queue_panel.h"
#include "wiring/app_context.h"

#include <QAction>
#include <QDir>
#include <QFile>
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
    application::Preferences m_p;
};
}

class TestQueueScreenshot final : public QObject {
    Q_OBJECT
private slots:
    void shoot()
    {
        QTemporaryDir tmp;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("ReelForgeShots"));
        const QString clips = tmp.filePath(QStringLiteral("Holiday 2026"));
        QDir().mkpath(clips);
        struct C { const char* name; int w, h; double s; const char* src; };
        for (C c : { C { "Beach day", 640, 360, 2, "testsrc2" }, C { "Interview with Ana", 1280, 720, 24, "testsrc2" },
                 C { "Drone sunset", 1280, 720, 20, "mandelbrot" }, C { "City walk", 640, 360, 3, "smptebars" },
                 C { "Podcast intro", 640, 360, 2, "rgbtestsrc" } }) {
            testing::ClipSpec spec;
            spec.width = c.w; spec.height = c.h; spec.seconds = c.s; spec.source = QString::fromLatin1(c.src);
            spec.extraOutputArgs = { QStringLiteral("-preset"), QStringLiteral("ultrafast") };
            QVERIFY(testing::makeClip(clips + QLatin1Char('/') + QString::fromLatin1(c.name) + QStringLiteral(".mp4"), spec));
        }
        auto context = std::move(*app::AppContext::open(tmp.filePath(QStringLiteral("Library"))));
        MemoryPreferences prefs;
        prefs.m_p.theme = qEnvironmentVariable("SHOT_THEME", QStringLiteral("dark"));
        ui::MainWindow window(ui::StudioServices { context->importer(), context->library(), context->notifications(), prefs,
            context->samples(), context->libraryPath(), &context->queue(), &context->presets(), &context->jobs() });
        window.resize(1600, 1000);
        window.show();
        QVERIFY(context->queue().recover());
        context->queue().start();
        QSignalSpy finished(&context->importer(), &application::ImportService::finished);
        window.importPaths({ clips });
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE(window.libraryModel()->rowCount(), 5);
        QHash<QString, QString> ids;
        for (int r = 0; r < 5; ++r)
            ids[window.libraryModel()->index(r).data(ui::LibraryModel::TitleRole).toString()]
                = window.libraryModel()->index(r).data(ui::LibraryModel::IdRole).toString();
        ui::ProcessingController* p = window.processing();
        ui::QueueModel* m = p->panel()->model();
        const QString out = tmp.filePath(QStringLiteral("Exports"));
        auto state = [&](int row) { return static_cast<JobState>(m->index(row).data(ui::QueueModel::StateRole).toInt()); };
        p->processAssets({ ids[QStringLiteral("Beach day")] }, { QStringLiteral("youtube-1080p"), out });
        QTRY_VERIFY_WITH_TIMEOUT(state(0) == JobState::Succeeded, 60000);
        p->panel()->actions()->stopAfterCurrent->setChecked(true);
        p->processAssets({ ids[QStringLiteral("Podcast intro")] }, { QStringLiteral("podcast-audio"), out });
        QFile::remove(context->library().get(ids[QStringLiteral("Podcast intro")])->storedPath());
        p->panel()->actions()->stopAfterCurrent->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(state(1) == JobState::Failed, 60000);
        p->panel()->concurrencyBox()->setValue(2);
        p->processAssets({ ids[QStringLiteral("Drone sunset")] }, { QStringLiteral("gif-preview"), out });
        p->processAssets({ ids[QStringLiteral("Interview with Ana")] }, { QStringLiteral("web-small-720p"), out });
        QTRY_VERIFY_WITH_TIMEOUT(state(2) == JobState::Running && m->index(2).data(ui::QueueModel::FractionRole).toDouble() > 0.15, 60000);
        p->panel()->selectJob(m->index(2).data(ui::QueueModel::IdRole).toString());
        p->panel()->actions()->pause->trigger();
        p->processAssets({ ids[QStringLiteral("City walk")] }, { QStringLiteral("shorts-1080x1920"), out });
        QTRY_VERIFY_WITH_TIMEOUT(m->index(3).data(ui::QueueModel::FractionRole).toDouble() > 0.35, 60000);
        p->panel()->selectJob(m->index(3).data(ui::QueueModel::IdRole).toString());
        window.findChild<ui::LibraryView*>()->selectAsset(ids[QStringLiteral("Interview with Ana")]);
        QTest::qWait(1200);
        QProcess::execute(QStringLiteral("import"), { QStringLiteral("-window"), QStringLiteral("root"),
                                                        qEnvironmentVariable("SHOT_FILE", QStringLiteral("/tmp/queue-shot.png")) });
        p->panel()->view()->selectAll();
        p->panel()->actions()->cancel->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(context->queue().isIdle(), 30000);
    }
};

QTEST_MAIN(TestQueueScreenshot)
#include "test_queue_screenshot.moc"
