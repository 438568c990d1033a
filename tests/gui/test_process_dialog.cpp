// Processing from the studio window end to end: the Process… dialog on library videos, the
// queue panel following the real queue and the real transcoder to the finished files, what a
// finished job offers (its folder, its video in the library, the ffmpeg command, the log), and
// files dropped with a preset chosen. A real library on generated clips.
#include "application/interfaces/i_preferences.h"
#include "support/media_fixtures.h"
#include "ui/library/library_model.h"
#include "ui/library/library_view.h"
#include "ui/main_window.h"
#include "ui/process/drop_processing.h"
#include "ui/process/process_dialog.h"
#include "ui/process/process_settings.h"
#include "ui/process/processing_controller.h"
#include "ui/queue/job_info_dialog.h"
#include "ui/queue/queue_actions.h"
#include "ui/queue/queue_model.h"
#include "ui/queue/queue_panel.h"
#include "wiring/app_context.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QWindow>

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
    ui::QueueModel* queue() const { return panel()->model(); }
    ui::LibraryView* library() const { return window->findChild<ui::LibraryView*>(); }

    bool importAndWait(const QStringList& paths, int expectedRows)
    {
        QSignalSpy finished(&context->importer(), &application::ImportService::finished);
        window->importPaths(paths);
        return finished.wait(60000)
            && QTest::qWaitFor([&] { return window->libraryModel()->rowCount() == expectedRows; });
    }

    JobState state(int row) const
    {
        return static_cast<JobState>(queue()->index(row).data(ui::QueueModel::StateRole).toInt());
    }
};

// Receives what QDesktopServices would hand to the file manager.
class UrlCatcher final : public QObject {
    Q_OBJECT
public:
    explicit UrlCatcher(QList<QUrl>* seen)
        : m_seen(seen)
    {
    }

public slots:
    void open(const QUrl& url) { m_seen->append(url); }

private:
    QList<QUrl>* m_seen;
};

// Picks `preset` and `folder` in the Process dialog when it opens, then presses Process.
void answerProcessDialog(const QString& preset, const QString& folder, bool* answered)
{
    *answered = false;
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        auto* dialog = qobject_cast<ui::ProcessDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        const QList<QListWidgetItem*> items = dialog->findChild<QListWidget*>(QStringLiteral("presetList"))
                                                  ->findItems(preset, Qt::MatchExactly);
        if (items.size() == 1)
            items.first()->listWidget()->setCurrentItem(items.first());
        dialog->findChild<QLineEdit*>(QStringLiteral("outputDirEdit"))->setText(folder);
        auto* process = dialog->findChild<QPushButton*>(QStringLiteral("processButton"));
        *answered = items.size() == 1 && process->isEnabled();
        process->click();
        poll->deleteLater();
    });
    poll->start();
    QTimer::singleShot(20000, poll, &QObject::deleteLater);
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

int videoHeight(const QString& path)
{
    const QJsonArray streams
        = QJsonDocument::fromJson(testing::ffprobeJson(path))[QStringLiteral("streams")].toArray();
    for (const QJsonValue& s : streams) {
        if (s[QStringLiteral("codec_type")].toString() == QLatin1String("video"))
            return s[QStringLiteral("height")].toInt();
    }
    return 0;
}

}  // namespace

class TestProcessDialog final : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_clips;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("ReelForgeTests"));
        m_clips = m_tmp.filePath(QStringLiteral("clips"));
        QVERIFY(QDir().mkpath(m_clips));
        testing::ClipSpec beach;
        beach.seconds = 2.0;
        QVERIFY(testing::makeClip(m_clips + QStringLiteral("/beach.mp4"), beach));
        testing::ClipSpec city = beach;
        city.source = QStringLiteral("smptebars");
        QVERIFY(testing::makeClip(m_clips + QStringLiteral("/city.mp4"), city));
    }

    void processDialogQueuesOneJobPerVideoAndTheyFinish()
    {
        Studio studio;
        QVERIFY(studio.open(m_tmp.filePath(QStringLiteral("lib-dialog"))));
        QVERIFY(studio.importAndWait({ m_clips }, 2));
        QAction* process = nullptr;
        for (QAction* a : studio.window->actions()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P))
                process = a;
        }
        QVERIFY(process);
        studio.library()->listView()->selectionModel()->clear();
        QVERIFY(!process->isEnabled());  // nothing selected
        studio.library()->listView()->selectAll();
        QVERIFY(process->isEnabled());
        const QString out = m_tmp.filePath(QStringLiteral("out-dialog"));
        bool answered = false;
        answerProcessDialog(QStringLiteral("web-small-720p"), out, &answered);
        process->trigger();
        QVERIFY(answered);

        ui::QueueModel* model = studio.queue();
        QCOMPARE(model->rowCount(), 2);  // queued straight away, one per video
        QVERIFY(studio.window->processing()->dock()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(
            studio.state(0) == JobState::Succeeded && studio.state(1) == JobState::Succeeded, 120000);
        QStringList made;
        for (int row = 0; row < 2; ++row) {
            const QModelIndex index = model->index(row);
            QCOMPARE(index.data(ui::QueueModel::FractionRole).toDouble(), 1.0);
            QCOMPARE(index.data(ui::QueueModel::PresetRole).toString(), QStringLiteral("web-small-720p"));
            const QStringList outputs = index.data(ui::QueueModel::OutputPathsRole).toStringList();
            QCOMPARE(outputs.size(), 1);
            QCOMPARE(QFileInfo(outputs.first()).absolutePath(), QDir(out).absolutePath());
            QCOMPARE(videoHeight(outputs.first()), 240);  // "at most 720p": a small source is not upscaled
            made << QFileInfo(outputs.first()).fileName();
        }
        made.sort();
        QCOMPARE(made,
            QStringList(
                { QStringLiteral("beach_web-small-720p.mp4"), QStringLiteral("city_web-small-720p.mp4") }));
        QCOMPARE(filesIn(out), made);  // nothing half-written or temporary left beside them
        QTRY_VERIFY(studio.window->statusBar()->currentMessage().contains(QStringLiteral("is ready")));

        const ui::ProcessChoice remembered = ui::ProcessSettings(studio.context->libraryPath()).lastChoice();
        QCOMPARE(remembered.preset, QStringLiteral("web-small-720p"));
        QCOMPARE(QDir(remembered.outputDir).absolutePath(), QDir(out).absolutePath());
    }

    void dialogOffersEveryPresetWithItsDescriptionAndTheLibraryFolder()
    {
        Studio studio;
        QVERIFY(studio.open(m_tmp.filePath(QStringLiteral("lib-presets"))));
        const std::vector<domain::Preset> presets = studio.context->presets().list();
        ui::ProcessDialog dialog(presets, { QStringLiteral("beach") }, {}, QStringLiteral("/lib/artifacts"));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("presetList"));
        QCOMPARE(list->count(), static_cast<int>(presets.size()));
        dialog.selectPreset(QStringLiteral("gif-preview"));
        QCOMPARE(dialog.choice().preset, QStringLiteral("gif-preview"));
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("presetDescription"))
                    ->text()
                    .contains(QStringLiteral("GIF")));
        QCOMPARE(dialog.choice().outputDir, QStringLiteral("/lib/artifacts"));  // the default
        dialog.setOutputDir({});
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("processButton"))->isEnabled());
    }

    void finishedJobOpensItsFolderRevealsItsVideoAndExplainsItself()
    {
        Studio studio;
        QVERIFY(studio.open(m_tmp.filePath(QStringLiteral("lib-result"))));
        QVERIFY(studio.importAndWait({ m_clips + QStringLiteral("/beach.mp4") }, 1));
        const QString assetId
            = studio.window->libraryModel()->index(0).data(ui::LibraryModel::IdRole).toString();
        const QString out = m_tmp.filePath(QStringLiteral("out-result"));
        studio.window->processing()->processAssets({ assetId }, { QStringLiteral("web-small-720p"), out });
        QTRY_VERIFY_WITH_TIMEOUT(studio.state(0) == JobState::Succeeded, 60000);
        ui::QueuePanel* panel = studio.panel();
        panel->selectJob(studio.queue()->index(0).data(ui::QueueModel::IdRole).toString());
        ui::QueueActions* actions = panel->actions();
        QVERIFY(actions->openFolder->isEnabled() && actions->reveal->isEnabled());
        QVERIFY(!actions->cancel->isEnabled() && !actions->retry->isEnabled());

        QList<QUrl> opened;
        UrlCatcher catcher(&opened);
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
        actions->openFolder->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(QDir(opened.first().toLocalFile()).absolutePath(), QDir(out).absolutePath());

        studio.library()->listView()->selectionModel()->clear();
        QVERIFY(studio.library()->currentAssetId().isEmpty());
        actions->reveal->trigger();
        QCOMPARE(studio.library()->currentAssetId(), assetId);

        actions->showCommand->trigger();
        ui::JobInfoDialog* command = nullptr;
        QTRY_VERIFY((command = panel->findChild<ui::JobInfoDialog*>()) && !command->body().isEmpty());
        QVERIFY2(command->body().startsWith(QStringLiteral("ffmpeg ")), qPrintable(command->body()));
        QVERIFY(command->body().contains(QStringLiteral("-i ")));
        QVERIFY(command->body().contains(QStringLiteral("libx264")));
        QVERIFY(command->body().contains(studio.context->library().get(assetId)->storedPath()));
        QVERIFY(command->body().endsWith(QDir(out).filePath(QStringLiteral("beach_web-small-720p.mp4"))));
        command->close();
        QTRY_VERIFY(!panel->findChild<ui::JobInfoDialog*>());

        actions->showLog->trigger();
        auto* log = panel->findChild<ui::JobInfoDialog*>();
        QVERIFY(log);
        QCOMPARE(log->headline(), QStringLiteral("Done"));
        QVERIFY2(log->body().contains(QStringLiteral("queued"))
                && log->body().contains(QStringLiteral("succeeded")),
            qPrintable(log->body()));
        log->close();
    }

    void droppedFilesAreImportedThenProcessedWithTheChosenPreset()
    {
        Studio studio;
        QVERIFY(studio.open(m_tmp.filePath(QStringLiteral("lib-drop"))));
        ui::ProcessSettings(studio.context->libraryPath())
            .remember({ QStringLiteral("web-small-720p"), m_tmp.filePath(QStringLiteral("out-drop")) });
        ui::DropProcessing* drops = studio.window->processing()->dropProcessing();
        drops->setPreset(QStringLiteral("gif-preview"));
        QCOMPARE(drops->preset(), QStringLiteral("gif-preview"));

        QSignalSpy finished(&studio.context->importer(), &application::ImportService::finished);
        QMimeData mime;
        mime.setUrls({ QUrl::fromLocalFile(m_clips) });
        QWidget* grid = studio.window->centralWidget();
        const QPoint pos = grid->mapTo(studio.window.get(), grid->rect().center());
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(studio.window->windowHandle(), &enter);
        QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(studio.window->windowHandle(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(finished.wait(60000));

        QTRY_COMPARE(studio.queue()->rowCount(), 2);  // both dropped clips, once imported
        QTRY_VERIFY_WITH_TIMEOUT(
            studio.state(0) == JobState::Succeeded && studio.state(1) == JobState::Succeeded, 120000);
        QStringList gifs = filesIn(m_tmp.filePath(QStringLiteral("out-drop")));
        QCOMPARE(gifs,
            QStringList({ QStringLiteral("beach_gif-preview.gif"), QStringLiteral("city_gif-preview.gif") }));

        // Import only: the next drop adds to the library and queues nothing.
        drops->setPreset({});
        drops->noteDropped({ m_clips });
        studio.window->importPaths({ m_clips });
        QVERIFY(finished.wait(60000));
        QTest::qWait(200);
        QCOMPARE(studio.queue()->rowCount(), 2);
    }
};

QTEST_MAIN(TestProcessDialog)
#include "test_process_dialog.moc"
