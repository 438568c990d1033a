// The studio window's keyboard commands, removal with confirmation, and what it remembers
// between sessions. Uses a real library and generated clips.
#include "application/interfaces/i_preferences.h"
#include "support/media_fixtures.h"
#include "ui/library/library_model.h"
#include "ui/library/library_view.h"
#include "ui/main_window.h"
#include "ui/welcome/welcome_page.h"
#include "wiring/app_context.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace reelforge;

namespace {

class MemoryPreferences final : public application::IPreferences {
public:
    application::Preferences load() const override { return m_p; }
    void save(const application::Preferences& p) override { m_p = p; }

private:
    application::Preferences m_p;
};

// Clicks the button with `text` on the next message box, as a creator would. Polls, since a
// loaded machine may take a while to show it; `answered` says whether a box was seen.
void answerNextDialog(const QString& text, bool* answered)
{
    *answered = false;
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, text, answered] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton* b : box->buttons()) {
            if (b->text() == text) {
                *answered = true;
                b->click();
            }
        }
        poll->deleteLater();
    });
    poll->start();
    QTimer::singleShot(10000, poll, &QObject::deleteLater);
}

}  // namespace

class TestMainWindowState final : public QObject {
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_clips;
    std::unique_ptr<app::AppContext> m_context;
    MemoryPreferences m_preferences;

    std::unique_ptr<ui::MainWindow> makeWindow()
    {
        auto window = std::make_unique<ui::MainWindow>(
            ui::StudioServices { m_context->importer(), m_context->library(), m_context->notifications(),
                m_preferences, m_context->samples(), m_context->libraryPath() });
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        return window;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QSettings::setPath(
            QSettings::NativeFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("ReelForgeTests"));
        m_clips = m_tmp.filePath(QStringLiteral("clips"));
        QVERIFY(QDir().mkpath(m_clips));
        QVERIFY(testing::makeClip(m_clips + QStringLiteral("/first_take.mp4")));
        testing::ClipSpec second;
        second.source = QStringLiteral("smptebars");
        QVERIFY(testing::makeClip(m_clips + QStringLiteral("/second_take.mp4"), second));
        auto opened = app::AppContext::open(m_tmp.filePath(QStringLiteral("library")));
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().toString()));
        m_context = std::move(*opened);
    }

    void cleanupTestCase() { m_context.reset(); }

    void emptyLibraryWelcomesWithSampleVideosThenShowsTheGrid()
    {
        auto window = makeWindow();
        QVERIFY(window);
        auto* pages = window->findChild<QStackedWidget*>(QStringLiteral("pages"));
        auto* welcome = window->findChild<ui::WelcomePage*>();
        QTRY_COMPARE(pages->currentWidget(), welcome);
        QVERIFY(welcome->findChild<QPushButton*>(QStringLiteral("addSamplesButton"))->isVisible());

        QSignalSpy finished(&m_context->importer(), &application::ImportService::finished);
        window->importPaths({ m_clips });
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QTRY_COMPARE(window->libraryModel()->rowCount(), 2);
        QCOMPARE(pages->currentWidget(), window->findChild<ui::LibraryView*>());
    }

    void shortcutsReachTheirCommands()
    {
        auto window = makeWindow();
        QVERIFY(window);
        auto* library = window->findChild<ui::LibraryView*>();
        QTRY_COMPARE(window->libraryModel()->rowCount(), 2);
        auto* search = window->findChild<QLineEdit*>(QStringLiteral("searchField"));

        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(library->mode(), ui::LibraryView::Mode::List);
        QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(library->mode(), ui::LibraryView::Mode::Grid);
        // Typing a space in the search field types a space; it does not start playback.
        QTest::keyClicks(search, QStringLiteral("first take"));
        QCOMPARE(search->text(), QStringLiteral("first take"));
        QCOMPARE(library->proxy()->rowCount(), 1);
        search->clear();
    }

    void deleteAsksFirstAndRemovesOnlyWhenConfirmed()
    {
        auto window = makeWindow();
        QVERIFY(window);
        auto* library = window->findChild<ui::LibraryView*>();
        ui::LibraryModel* model = window->libraryModel();
        QTRY_COMPARE(model->rowCount(), 2);
        const QString id = model->index(0).data(ui::LibraryModel::IdRole).toString();
        const domain::Result<domain::MediaAsset> asset = m_context->library().get(id);
        QVERIFY(asset);
        QVERIFY(QFileInfo::exists(asset->storedPath()));
        library->selectAsset(id);
        library->listView()->setFocus();
        QTRY_VERIFY(library->listView()->hasFocus());

        bool asked = false;
        answerNextDialog(QStringLiteral("Cancel"), &asked);
        QTest::keyClick(library->listView(), Qt::Key_Delete);
        QVERIFY(asked);
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(QFileInfo::exists(asset->storedPath()));

        // Offscreen there is no window manager to hand activation and focus back after the dialog.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        library->listView()->setFocus();
        QTRY_VERIFY(library->listView()->hasFocus());
        answerNextDialog(QStringLiteral("Remove"), &asked);
        QTest::keyClick(library->listView(), Qt::Key_Delete);
        QVERIFY(asked);
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(!model->indexOfId(id).isValid());
        QVERIFY(!QFileInfo::exists(asset->storedPath()));  // the library's copy is gone
        QVERIFY(QFileInfo::exists(asset->originalPath()));  // the creator's file is not
    }

    void windowRemembersSizeViewModeAndSortAcrossSessions()
    {
        {
            auto window = makeWindow();
            QVERIFY(window);
            window->resize(1111, 777);
            auto* library = window->findChild<ui::LibraryView*>();
            library->setMode(ui::LibraryView::Mode::List);
            library->setSortIndex(2);
            QVERIFY(window->close());
        }
        auto window = makeWindow();
        QVERIFY(window);
        QCOMPARE(window->size(), QSize(1111, 777));
        auto* library = window->findChild<ui::LibraryView*>();
        QCOMPARE(library->mode(), ui::LibraryView::Mode::List);
        QCOMPARE(library->sortIndex(), 2);
    }
};

QTEST_MAIN(TestMainWindowState)
#include "test_main_window_state.moc"
