// Publishing from the studio: the publish dialog (guessed title, description and tags), the
// publications view following the real PublishingService (a folder destination: no network),
// a scheduled publication, retry of a failed one, and the published link in the window's
// notification. A real library and real files; results are checked on disk and in the view.
#include "application/interfaces/i_preferences.h"
#include "support/media_fixtures.h"
#include "ui/library/library_model.h"
#include "ui/library/library_view.h"
#include "ui/main_window.h"
#include "ui/process/processing_controller.h"
#include "ui/publishing/account_checks.h"
#include "ui/publishing/publications_model.h"
#include "ui/publishing/publications_panel.h"
#include "ui/publishing/publish_dialog.h"
#include "ui/publishing/publishing_controller.h"
#include "ui/publishing/publishing_text.h"
#include "ui/queue/queue_actions.h"
#include "ui/queue/queue_panel.h"
#include "wiring/app_context.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUrl>

using namespace reelforge;
using domain::PublicationState;

namespace {

class MemoryPreferences final : public application::IPreferences {
public:
    application::Preferences load() const override { return m_p; }
    void save(const application::Preferences& p) override { m_p = p; }

private:
    application::Preferences m_p;
};

QByteArray sha256(const QString& path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        h.addData(&f);
    return h.result().toHex();
}

QString writeFile(const QString& path, int size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write the test file");
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = static_cast<char>((i * 131 + 7) % 251);
    f.write(data);
    return path;
}

}  // namespace

class TestPublishDialog final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<app::AppContext> m_context;
    std::unique_ptr<ui::AccountChecks> m_checks;

    application::PublishingService& publishing() { return m_context->publishing(); }

    domain::Account folderAccount(const QString& name, const QString& folder)
    {
        domain::Account draft;
        draft.name = name;
        draft.platform = domain::Platform::Folder;
        draft.endpoint = folder;
        auto added = m_context->accounts().add(draft);
        if (!added)
            qFatal("%s", qPrintable(added.error().toString()));
        return *added;
    }

    ui::PublishSource source(const QString& file) const { return { file, file, {}, std::nullopt, {} }; }

    std::optional<domain::Publication> waitFor(const QString& id, PublicationState state)
    {
        std::optional<domain::Publication> last;
        (void)QTest::qWaitFor(
            [&] {
                auto p = publishing().publication(id);
                last = p ? std::optional(*p) : std::nullopt;
                return last && last->state == state;
            },
            20000);
        return last;
    }

    static QString cell(ui::PublicationsPanel& panel, const QString& id, int column)
    {
        return panel.model()->indexOfId(id, column).data(Qt::DisplayRole).toString();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString library = m_dir.filePath(QStringLiteral("lib-%1").arg(QTest::currentTestFunction()));
        auto opened = app::AppContext::open(library);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        m_context = std::move(*opened);
        m_checks = std::make_unique<ui::AccountChecks>(m_context->signIn());
        publishing().start();
    }

    void cleanup()
    {
        m_checks.reset();
        m_context.reset();
    }

    void prefillsFromTheFileNameTranscriptAndScenes()
    {
        const QString file = writeFile(m_dir.filePath(QStringLiteral("my_summer-trip.mp4")), 4096);
        ui::PublishDialog plain(publishing(), m_context->accounts(), *m_checks, source(file));
        QCOMPARE(plain.titleEdit()->text(), QStringLiteral("My summer trip"));
        QVERIFY(plain.descriptionEdit()->toPlainText().isEmpty());
        QCOMPARE(plain.tagsEdit()->text(), QStringLiteral("summer, trip"));

        domain::Analysis analysis;
        analysis.duration = std::chrono::seconds(95);
        domain::Transcript transcript;
        const QStringList spoken
            = QString("welcome to the mountains the mountains were beautiful today").split(' ');
        for (int i = 0; i < spoken.size(); ++i)
            transcript.words.push_back(
                { spoken[i], std::chrono::seconds(i), std::chrono::seconds(i + 1), 0.9 });
        analysis.transcript = transcript;
        std::vector<domain::SceneChange> scenes;
        for (int at : { 4, 30, 36, 65 }) {  // 4 s and 36 s are too close to a chapter start to be one
            domain::SceneChange change;
            change.time = std::chrono::seconds(at);
            scenes.push_back(change);
        }
        analysis.scenes = scenes;
        ui::PublishDialog rich(publishing(), m_context->accounts(), *m_checks, { file, file, {}, analysis });
        const QString description = rich.descriptionEdit()->toPlainText();
        QVERIFY2(description.startsWith(QStringLiteral("welcome to the mountains")), qPrintable(description));
        QVERIFY2(description.endsWith(QStringLiteral("0:00 Part 1\n0:30 Part 2\n1:05 Part 3")),
            qPrintable(description));
        QVERIFY(rich.tagsEdit()->text().split(QStringLiteral(", ")).contains(QStringLiteral("mountains")));
    }

    void publishesToAFolderAndTheViewShowsTheLink()
    {
        const QString file = writeFile(m_dir.filePath(QStringLiteral("launch_video.mp4")), 300000);
        const QString target = m_dir.filePath(QStringLiteral("published"));
        QVERIFY(QDir().mkpath(target));
        const domain::Account nas = folderAccount(QStringLiteral("NAS"), target);
        ui::PublicationsPanel panel(publishing(), m_context->accounts());

        ui::PublishDialog dialog(publishing(), m_context->accounts(), *m_checks, source(file));
        dialog.setDestinationChecked(nas.id, true);
        dialog.titleEdit()->setText(QStringLiteral("Our launch"));
        dialog.submit();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.submittedIds().size(), 1);
        const QString id = dialog.submittedIds().first();
        publishing().runDue();

        const auto done = waitFor(id, PublicationState::Published);
        QVERIFY(done);
        QCOMPARE(done->title, QStringLiteral("Our launch"));
        const QString copied = QUrl(done->remoteUrl).toLocalFile();
        QVERIFY2(QFileInfo(copied).absolutePath() == QFileInfo(target).absoluteFilePath(),
            qPrintable(done->remoteUrl));
        QCOMPARE(sha256(copied), sha256(file));
        QTRY_COMPARE(
            cell(panel, id, ui::PublicationsModel::StateColumn), QStringLiteral("Published (private)"));
        QCOMPARE(cell(panel, id, ui::PublicationsModel::TitleColumn), QStringLiteral("Our launch"));
        QCOMPARE(cell(panel, id, ui::PublicationsModel::DestinationColumn), QStringLiteral("NAS (Folder)"));
        QCOMPARE(cell(panel, id, ui::PublicationsModel::LinkColumn), done->remoteUrl);
        panel.selectPublication(id);
        QVERIFY(!panel.retryButton()->isEnabled());
        QVERIFY(panel.findChild<QPushButton*>(QStringLiteral("openLink"))->isEnabled());

        // The same file to the same place again: refused in words, nothing uploaded twice.
        ui::PublishDialog again(publishing(), m_context->accounts(), *m_checks, source(file));
        again.setDestinationChecked(nas.id, true);
        again.submit();
        QVERIFY(again.result() != QDialog::Accepted);
        const QString error = again.findChild<QLabel*>(QStringLiteral("error"))->text();
        QVERIFY2(error.contains(QStringLiteral("already published")), qPrintable(error));
        QCOMPARE(QDir(target).entryList(QDir::Files).size(), 1);
    }

    void aScheduledPublicationWaitsAndSaysWhen()
    {
        const QString file = writeFile(m_dir.filePath(QStringLiteral("teaser.mp4")), 5000);
        const QString target = m_dir.filePath(QStringLiteral("later"));
        QVERIFY(QDir().mkpath(target));
        const domain::Account nas = folderAccount(QStringLiteral("Later"), target);
        ui::PublicationsPanel panel(publishing(), m_context->accounts());
        ui::PublishDialog dialog(publishing(), m_context->accounts(), *m_checks, source(file));
        dialog.setDestinationChecked(nas.id, true);
        const QDateTime at = QDateTime::currentDateTime().addSecs(2 * 3600);
        dialog.setSchedule(at);
        dialog.submit();
        QCOMPARE(dialog.submittedIds().size(), 1);
        const QString id = dialog.submittedIds().first();
        publishing().runDue();
        QTest::qWait(500);
        QCOMPARE(publishing().publication(id)->state, PublicationState::Scheduled);
        QVERIFY(QDir(target).entryList(QDir::Files | QDir::Hidden).isEmpty());
        const QString state = cell(panel, id, ui::PublicationsModel::StateColumn);
        QVERIFY2(state.startsWith(QStringLiteral("Scheduled for ")), qPrintable(state));
        QVERIFY2(state.contains(QLocale().toString(at.time(), QLocale::ShortFormat)), qPrintable(state));
        panel.selectPublication(id);
        QVERIFY(panel.cancelButton()->isEnabled());

        // A time in the past is refused before anything is stored.
        ui::PublishDialog past(publishing(), m_context->accounts(), *m_checks, source(file));
        past.setDestinationChecked(nas.id, true);
        past.setSchedule(QDateTime::currentDateTime().addSecs(-60));
        past.submit();
        QVERIFY(past.submittedIds().isEmpty());
        QVERIFY(past.findChild<QLabel*>(QStringLiteral("error"))->text().contains(QStringLiteral("passed")));
    }

    void aFailedPublicationIsRetriedFromTheView()
    {
        const QString file = writeFile(m_dir.filePath(QStringLiteral("retry-me.mp4")), 20000);
        // The destination folder's path is taken by a file: the copy cannot be made.
        const QString target = writeFile(m_dir.filePath(QStringLiteral("blocked")), 10);
        const domain::Account nas = folderAccount(QStringLiteral("Blocked"), target);
        ui::PublicationsPanel panel(publishing(), m_context->accounts());
        ui::PublishDialog dialog(publishing(), m_context->accounts(), *m_checks, source(file));
        dialog.setDestinationChecked(nas.id, true);
        dialog.submit();
        QCOMPARE(dialog.submittedIds().size(), 1);
        const QString id = dialog.submittedIds().first();
        publishing().runDue();
        QVERIFY(waitFor(id, PublicationState::Failed));
        QTRY_COMPARE(cell(panel, id, ui::PublicationsModel::StateColumn), QStringLiteral("Failed"));
        QVERIFY(!cell(panel, id, ui::PublicationsModel::LinkColumn).isEmpty());  // the reason
        panel.selectPublication(id);
        QVERIFY(panel.retryButton()->isEnabled());

        QVERIFY(QFile::remove(target));
        QVERIFY(QDir().mkpath(target));
        QTest::mouseClick(panel.retryButton(), Qt::LeftButton);
        const auto done = waitFor(id, PublicationState::Published);
        QVERIFY(done);
        QCOMPARE(sha256(QUrl(done->remoteUrl).toLocalFile()), sha256(file));
        QTRY_COMPARE(
            cell(panel, id, ui::PublicationsModel::StateColumn), QStringLiteral("Published (private)"));
    }

    void limitsAndQuotaAreExplainedInPlainWords()
    {
        domain::Account tiktok;
        tiktok.name = QStringLiteral("Clips");
        tiktok.platform = domain::Platform::TikTok;
        const QString size = ui::publishing_text::publishError(
            { domain::ErrorCode::UploadRejected,
                QStringLiteral("the file is larger than the platform accepts"),
                QStringLiteral("%1 bytes > %2 bytes").arg(5'000'000'000LL).arg(4LL * 1024 * 1024 * 1024) },
            tiktok);
        QVERIFY2(size.contains(QStringLiteral("TikTok accepts files up to")), qPrintable(size));
        QVERIFY2(!size.contains(QStringLiteral("bytes >")), qPrintable(size));
        const QString quota = ui::publishing_text::publishError(
            { domain::ErrorCode::QuotaExceeded, QStringLiteral("quotaExceeded"), {} }, tiktok);
        QVERIFY2(
            quota.contains(QStringLiteral("“Clips”")) && quota.contains(QStringLiteral("Try again later")),
            qPrintable(quota));
        QVERIFY(ui::publishing_text::platformNotice(domain::Platform::TikTok)
                    .contains(QStringLiteral("private")));
    }

    void theStudioPublishesTheSelectedVideoAndNotifiesWithTheLink()
    {
        const QString clip = m_dir.filePath(QStringLiteral("beach_day.mp4"));
        testing::ClipSpec spec;
        spec.seconds = 1.0;
        QVERIFY(testing::makeClip(clip, spec));
        const QString target = m_dir.filePath(QStringLiteral("studio-out"));
        QVERIFY(QDir().mkpath(target));
        const domain::Account nas = folderAccount(QStringLiteral("Studio NAS"), target);
        MemoryPreferences preferences;
        auto& c = *m_context;
        ui::MainWindow window(ui::StudioServices { c.importer(), c.library(), c.notifications(), preferences,
            c.samples(), c.libraryPath(), nullptr, nullptr, nullptr, &c.analysis(), &c.publishing(),
            &c.accounts(), &c.frames(), &c.signIn() });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ui::PublishingController* controller = window.publishing();
        QVERIFY(controller);
        QSignalSpy imported(&c.importer(), &application::ImportService::finished);
        window.importPaths({ clip });
        QVERIFY(imported.wait(60000));
        QTRY_VERIFY(window.publishing()->publishAction()->isEnabled());  // the new video is selected

        QString title;
        connect(controller, &ui::PublishingController::dialogOpened, this, [&](QDialog* opened) {
            auto* dialog = qobject_cast<ui::PublishDialog*>(opened);
            QTimer::singleShot(0, dialog, [&, dialog] {
                title = dialog->titleEdit()->text();
                dialog->setDestinationChecked(nas.id, true);
                dialog->submit();
                if (dialog->isVisible())
                    dialog->reject();
            });
        });
        controller->publishAction()->trigger();
        QCOMPARE(title, QStringLiteral("Beach day"));  // the creator's file name, not the stored copy's
        QVERIFY(controller->dock()->isVisible());
        const QString id = controller->panel()->currentId();
        QVERIFY(!id.isEmpty());
        const auto done = waitFor(id, PublicationState::Published);
        QVERIFY(done);
        const auto link = [&window] {
            return window.statusBar()->findChild<QLabel*>(QStringLiteral("notificationLink"));
        };
        QTRY_VERIFY(link() && link()->isVisible());
        QVERIFY2(link()->text().contains(QStringLiteral("href=\"%1\"").arg(done->remoteUrl)),
            qPrintable(link()->text()));
        QCOMPARE(QFileInfo(QUrl(done->remoteUrl).toLocalFile()).fileName(), QStringLiteral("beach_day.mp4"));
    }
    void aFinishedJobsOutputIsPublishedFromTheQueue()
    {
        const QString clip = m_dir.filePath(QStringLiteral("harbour.mp4"));
        testing::ClipSpec spec;
        spec.seconds = 1.0;
        QVERIFY(testing::makeClip(clip, spec));
        const QString out = m_dir.filePath(QStringLiteral("queue-out"));
        const QString target = m_dir.filePath(QStringLiteral("queue-published"));
        QVERIFY(QDir().mkpath(out));
        QVERIFY(QDir().mkpath(target));
        const domain::Account nas = folderAccount(QStringLiteral("Queue NAS"), target);
        MemoryPreferences preferences;
        auto& c = *m_context;
        ui::MainWindow window(ui::StudioServices { c.importer(), c.library(), c.notifications(), preferences,
            c.samples(), c.libraryPath(), &c.queue(), &c.presets(), &c.jobs(), &c.analysis(), &c.publishing(),
            &c.accounts(), &c.frames(), &c.signIn() });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        application::JobRequest request;
        request.input = clip;
        request.title = QStringLiteral("Harbour at dusk");
        request.recipe = domain::Recipe { QStringLiteral("web-small-720p"),
            { domain::Step { QStringLiteral("transcode"),
                { { QStringLiteral("preset"), QStringLiteral("web-small-720p") } } } } };
        request.outputDir = out;
        auto job = c.queue().submit(request);
        QVERIFY(job);
        c.queue().start();
        ui::QueuePanel* queuePanel = window.processing()->panel();
        QAction* publishOutput = queuePanel->actions()->publishOutput;
        queuePanel->selectJob(job->id());
        QVERIFY(!publishOutput->isEnabled());  // nothing to publish before it is done
        QTRY_COMPARE_WITH_TIMEOUT(
            c.jobs().find(job->id())->value().state(), domain::JobState::Succeeded, 60000);
        queuePanel->selectJob(job->id());
        QTRY_VERIFY(publishOutput->isEnabled());
        const auto artifacts = c.jobs().artifacts(job->id());
        QVERIFY(artifacts && artifacts->size() == 1);

        QString title;
        connect(window.publishing(), &ui::PublishingController::dialogOpened, this, [&](QDialog* opened) {
            auto* dialog = qobject_cast<ui::PublishDialog*>(opened);
            QTimer::singleShot(0, dialog, [&, dialog] {
                title = dialog->titleEdit()->text();
                dialog->setDestinationChecked(nas.id, true);
                dialog->submit();
                if (dialog->isVisible())
                    dialog->reject();
            });
        });
        publishOutput->trigger();
        QCOMPARE(title, QStringLiteral("Harbour at dusk"));  // the job's title, not the output's name
        const QString id = window.publishing()->panel()->currentId();
        QVERIFY(!id.isEmpty());
        const auto done = waitFor(id, PublicationState::Published);
        QVERIFY(done);
        QCOMPARE(done->artifactId, artifacts->front().id);  // recorded as the job's output
        const QString copy = QUrl(done->remoteUrl).toLocalFile();
        QCOMPARE(QFileInfo(copy).fileName(), QFileInfo(artifacts->front().path).fileName());
        QCOMPARE(QFileInfo(copy).size(), QFileInfo(artifacts->front().path).size());
    }
};

QTEST_MAIN(TestPublishDialog)
#include "test_publish_dialog.moc"
