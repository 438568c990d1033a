// The studio window end to end: a real library (SQLite, FFmpeg probe, disk storage), real
// generated media, and a real drop delivered through the window system's path.
#include "application/interfaces/i_preferences.h"
#include "support/media_fixtures.h"
#include "ui/common/error_text.h"
#include "ui/detail/asset_detail_panel.h"
#include "ui/import/drop_overlay.h"
#include "ui/import/import_issues_panel.h"
#include "ui/import/import_progress_widget.h"
#include "ui/library/library_model.h"
#include "ui/library/library_view.h"
#include "ui/main_window.h"
#include "ui/preview/preview_player.h"
#include "wiring/app_context.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QWindow>

#include <functional>

using namespace reelforge;

namespace {

class MemoryPreferences final : public application::IPreferences {
public:
    application::Preferences load() const override { return m_p; }
    void save(const application::Preferences& p) override { m_p = p; }

private:
    application::Preferences m_p;
};

// One open library and a window on it; the window goes before the services it borrows.
struct Studio {
    std::unique_ptr<app::AppContext> context;
    MemoryPreferences preferences;
    std::unique_ptr<ui::MainWindow> window;

    bool open(const QString& libraryPath)
    {
        auto opened = app::AppContext::open(libraryPath);
        if (!opened) {
            qWarning() << opened.error().toString();
            return false;
        }
        context = std::move(*opened);
        window
            = std::make_unique<ui::MainWindow>(ui::StudioServices { context->importer(), context->library(),
                context->notifications(), preferences, context->samples(), context->libraryPath() });
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    ~Studio()
    {
        window.reset();
        context.reset();
    }

    template<typename T> T* find() const { return window->findChild<T*>(); }
};

// Sends a drag-enter and a drop to the window's QWindow at `widget`'s centre, the way the
// platform delivers them: Qt routes them to the widget under the cursor or its parents.
bool dropOnto(QWidget* widget, const QStringList& paths, const std::function<void()>& whileDragging = {})
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString& p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    QWindow* window = widget->window()->windowHandle();
    const QPointF pos = widget->mapTo(widget->window(), widget->rect().center());
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &enter);
    if (!enter.isAccepted())
        return false;
    if (whileDragging)
        whileDragging();
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &drop);
    return drop.isAccepted();
}

QStringList titles(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data(ui::LibraryModel::TitleRole).toString();
    out.sort();
    return out;
}

}  // namespace

class TestMainWindowImport final : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_media;  // folder with two good clips
    QString m_badFile;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("ReelForgeTests"));
        m_media = m_tmp.filePath(QStringLiteral("drop/holiday"));
        QVERIFY(QDir().mkpath(m_media));
        testing::ClipSpec beach;
        beach.seconds = 3.0;
        beach.width = 640;
        beach.height = 360;
        QVERIFY(testing::makeClip(m_media + QStringLiteral("/beach-day.mp4"), beach));
        testing::ClipSpec city;
        city.seconds = 2.0;
        city.width = 320;
        city.height = 240;
        city.source = QStringLiteral("smptebars");
        QVERIFY(testing::makeClip(m_media + QStringLiteral("/city-walk.mov"), city));
        m_badFile = m_tmp.filePath(QStringLiteral("drop/notes.mov"));
        QFile bad(m_badFile);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("Shot list: beach, city, sunset.\nThis is a text file with a video extension.\n");
    }

    void droppedFolderAndBadFileImportGoodClipsAndExplainTheBadOne()
    {
        Studio studio;
        QVERIFY(studio.open(m_tmp.filePath(QStringLiteral("lib-drop"))));
        ui::LibraryModel* model = studio.window->libraryModel();
        QTRY_VERIFY(model->hasLoaded());
        QCOMPARE(model->rowCount(), 0);
        auto* progress = studio.find<ui::ImportProgressWidget>();
        auto* issues = studio.find<ui::ImportIssuesPanel>();
        QVERIFY(progress && issues);

        // A timer on the GUI thread keeps ticking while the import runs elsewhere.
        int ticksWhileBusy = 0;
        qint64 longestGapMs = 0;
        QElapsedTimer sinceTick;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (studio.context->importer().isBusy()) {
                ++ticksWhileBusy;
                longestGapMs = std::max(longestGapMs, sinceTick.elapsed());
            }
            sinceTick.restart();
        });
        sinceTick.start();
        ticker.start();

        QSignalSpy finished(&studio.context->importer(), &application::ImportService::finished);
        auto* grid = studio.find<ui::LibraryView>()->listView()->viewport();
        auto* overlay = studio.find<ui::DropOverlay>();
        bool hintShown = false;
        QVERIFY(dropOnto(grid, { m_media, m_badFile }, [&] { hintShown = overlay->isVisible(); }));
        QVERIFY(hintShown);  // "Drop to import" while dragging over the window
        QVERIFY(!overlay->isVisible());  // and gone after the drop
        QVERIFY(progress->isVisible());  // feedback straight away, before any file is done

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QTRY_COMPARE(model->rowCount(), 2);
        ticker.stop();
        QCOMPARE(titles(*model), (QStringList { QStringLiteral("beach-day"), QStringLiteral("city-walk") }));

        QCOMPARE(issues->issueCount(), 1);
        QVERIFY(issues->isVisible());
        QCOMPARE(issues->reasonFor(QStringLiteral("notes.mov")), ui::errorText(domain::ErrorCode::NotMedia));
        QCOMPARE(issues->reasonFor(QStringLiteral("notes.mov")),
            QStringLiteral("This is not a video or audio file."));

        qInfo("GUI timer ticks while importing: %d, longest gap %lld ms", ticksWhileBusy, longestGapMs);
        QVERIFY2(ticksWhileBusy >= 3,
            qPrintable(QStringLiteral("GUI ticks during import: %1").arg(ticksWhileBusy)));
        QVERIFY2(
            longestGapMs < 400, qPrintable(QStringLiteral("GUI thread stalled for %1 ms").arg(longestGapMs)));
        QCOMPARE(progress->percent(), 100);

        // Dropping the same folder again adds nothing and says why.
        QVERIFY(dropOnto(grid, { m_media }));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QTRY_COMPARE(issues->issueCount(), 3);
        QCOMPARE(
            issues->reasonFor(QStringLiteral("beach-day.mp4")), QStringLiteral("Already in your library."));
        QCOMPARE(model->rowCount(), 2);
    }

    void dragsThatAreNotFilesAreLeftAlone()
    {
        Studio studio;
        QVERIFY(studio.open(m_tmp.filePath(QStringLiteral("lib-text"))));
        QMimeData text;
        text.setText(QStringLiteral("just some words"));
        QWidget* grid = studio.find<ui::LibraryView>()->listView()->viewport();
        const QPoint pos = grid->mapTo(studio.window.get(), grid->rect().center());
        QDragEnterEvent enter(pos, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(studio.window->windowHandle(), &enter);
        QVERIFY(!enter.isAccepted());
        QVERIFY(!studio.find<ui::DropOverlay>()->isVisible());
        QVERIFY(!studio.context->importer().isBusy());
    }

    void selectingAnItemShowsItsDetailsAndSpaceTogglesPlayback()
    {
        Studio studio;
        QVERIFY(studio.open(m_tmp.filePath(QStringLiteral("lib-detail"))));
        QSignalSpy finished(&studio.context->importer(), &application::ImportService::finished);
        studio.window->importPaths({ m_media });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        ui::LibraryModel* model = studio.window->libraryModel();
        QTRY_COMPARE(model->rowCount(), 2);

        auto* library = studio.find<ui::LibraryView>();
        auto* details = studio.find<ui::AssetDetailPanel>();
        const QString beachId = idOf(*model, QStringLiteral("beach-day"));
        QVERIFY(!beachId.isEmpty());
        library->selectAsset(beachId);
        QCOMPARE(details->value(QStringLiteral("video0"), QStringLiteral("resolution")),
            QStringLiteral("640 × 360"));
        QCOMPARE(
            details->value(QStringLiteral("video0"), QStringLiteral("codec")).section(QLatin1Char(' '), 0, 0),
            QStringLiteral("h264"));
        QCOMPARE(details->value(QStringLiteral("file"), QStringLiteral("duration")), QStringLiteral("0:03"));
        QCOMPARE(details->value(QStringLiteral("audio0"), QStringLiteral("codec")), QStringLiteral("aac"));
        QCOMPARE(
            details->value(QStringLiteral("audio0"), QStringLiteral("channels")), QStringLiteral("Stereo"));

        const QString cityId = idOf(*model, QStringLiteral("city-walk"));
        library->selectAsset(cityId);
        QCOMPARE(details->value(QStringLiteral("video0"), QStringLiteral("resolution")),
            QStringLiteral("320 × 240"));

        // Space plays and pauses the selected item's preview from the library grid.
        auto* preview = studio.find<ui::PreviewPlayer>();
        QTRY_VERIFY(preview->hasMedia());
        QTRY_COMPARE(
            preview->mediaPlayer()->playbackState(), QMediaPlayer::PausedState);  // first frame shown
        studio.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(studio.window.get()));
        library->listView()->setFocus();
        QTest::keyClick(library->listView(), Qt::Key_Space);
        QTRY_COMPARE(preview->mediaPlayer()->playbackState(), QMediaPlayer::PlayingState);
        QTest::keyClick(library->listView(), Qt::Key_Space);
        QTRY_COMPARE(preview->mediaPlayer()->playbackState(), QMediaPlayer::PausedState);
    }

private:
    static QString idOf(const QAbstractItemModel& model, const QString& title)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(ui::LibraryModel::TitleRole).toString() == title)
                return index.data(ui::LibraryModel::IdRole).toString();
        }
        return {};
    }
};

QTEST_MAIN(TestMainWindowImport)
#include "test_main_window_import.moc"
