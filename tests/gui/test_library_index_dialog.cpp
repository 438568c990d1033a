// The dialog shown instead of the studio when the library's index is lost: its three ways out,
// the work off the GUI thread, and what it says when something goes wrong.
#include "ui/common/english_plurals.h"
#include "ui/common/error_text.h"
#include "ui/library/library_index_dialog.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QStackedWidget>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace reelforge;
using ui::LibraryIndexDialog;

class TestLibraryIndexDialog final : public QObject {
    Q_OBJECT

    // What the fake actions saw.
    struct Calls {
        std::atomic<QThread*> rebuildThread { nullptr };
        std::atomic<QThread*> restoreThread { nullptr };
        QString restored;
    };

    static application::RebuildReport report(int rebuilt, int failed)
    {
        application::RebuildReport r;
        for (int i = 0; i < rebuilt; ++i)
            r.rebuilt.push_back(
                { QStringLiteral("id-%1").arg(i), QStringLiteral("/lib/originals/%1.mp4").arg(i),
                    QStringLiteral("t"), QString(64, QLatin1Char('a')) });
        for (int i = 0; i < failed; ++i)
            r.failed.push_back({ QStringLiteral("/lib/originals/ff/broken-%1.mp4").arg(i),
                { domain::ErrorCode::MediaUnreadable, QStringLiteral("does not match"), {} } });
        return r;
    }

    static std::vector<application::BackupInfo> twoBackups()
    {
        application::BackupInfo newer { QStringLiteral("library-20260302-080000.db"),
            QStringLiteral("/lib/backups/newer.db"), QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC), 4096,
            42 };
        application::BackupInfo older { QStringLiteral("library-20260301-080000.db"),
            QStringLiteral("/lib/backups/older.db"), QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC), 4096,
            40 };
        return { newer, older };
    }

    static ui::LibraryRepairActions actions(Calls& calls,
        domain::Result<application::RebuildReport> rebuilt = report(3, 0),
        domain::Result<application::RestoreReport> restored = application::RestoreReport {},
        QSemaphore* hold = nullptr)
    {
        return {
            [&calls, rebuilt, hold](application::CancellationToken&, application::ProgressSink& progress) {
                calls.rebuildThread = QThread::currentThread();
                progress.report({ 0.5, -1, 0, 1, 2, QStringLiteral("/lib/originals/a.mp4") }, true);
                if (hold)
                    hold->acquire();
                return rebuilt;
            },
            [] { return domain::Result<std::vector<application::BackupInfo>>(twoBackups()); },
            [&calls, restored](const QString& path) {
                calls.restoreThread = QThread::currentThread();
                calls.restored = path;
                auto r = restored;
                if (r)
                    r->restored = twoBackups()[1];
                return r;
            },
        };
    }

    static QPushButton* button(const QDialog& d, const char* name)
    {
        return d.findChild<QPushButton*>(QString::fromLatin1(name));
    }
    static QString text(const QDialog& d, const char* name)
    {
        return d.findChild<QLabel*>(QString::fromLatin1(name))->text();
    }
    static bool shows(const QDialog& d, const char* name)
    {
        const QWidget* w = d.findChild<QWidget*>(QString::fromLatin1(name));
        return w && w->isVisibleTo(&d) && d.findChild<QStackedWidget*>()->currentWidget()->isAncestorOf(w);
    }

private slots:
    void initTestCase() { QCoreApplication::installTranslator(new ui::EnglishPlurals(this)); }

    void explainsWhatHappenedAndOffersThreeWaysOut()
    {
        Calls calls;
        LibraryIndexDialog dialog(QStringLiteral("/home/me/Library"), actions(calls));
        dialog.show();
        QVERIFY(shows(dialog, "rebuildButton"));
        QCOMPARE(button(dialog, "rebuildButton")->text(), QStringLiteral("Rebuild from the library's files"));
        QCOMPARE(button(dialog, "restoreButton")->text(), QStringLiteral("Restore a backup…"));
        QCOMPARE(button(dialog, "quitButton")->text(), QStringLiteral("Quit"));
        bool namesTheFolder = false;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            namesTheFolder = namesTheFolder || label->text().contains(QStringLiteral("/home/me/Library"));
        QVERIFY(namesTheFolder);
    }

    void quitLeavesEverythingAsItWas()
    {
        Calls calls;
        LibraryIndexDialog dialog(QStringLiteral("/lib"), actions(calls));
        dialog.show();
        QTest::mouseClick(button(dialog, "quitButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dialog.outcome(), LibraryIndexDialog::Outcome::Quit);
        QVERIFY(calls.rebuildThread.load() == nullptr);
        QVERIFY(calls.restored.isEmpty());
    }

    void rebuildRunsOffTheGuiThreadWhileTheWindowStaysResponsive()
    {
        Calls calls;
        QSemaphore hold;
        LibraryIndexDialog dialog(QStringLiteral("/lib"), actions(calls, report(2, 1), {}, &hold));
        dialog.show();
        QTest::mouseClick(button(dialog, "rebuildButton"), Qt::LeftButton);
        // The work is waiting on the semaphore; the GUI thread still handles events.
        QTRY_VERIFY(calls.rebuildThread.load() != nullptr);
        QVERIFY(calls.rebuildThread.load() != QApplication::instance()->thread());
        QVERIFY(shows(dialog, "progressBar"));
        QTRY_COMPARE(dialog.findChild<QProgressBar*>(QStringLiteral("progressBar"))->maximum(), 2);
        QCOMPARE(dialog.findChild<QProgressBar*>(QStringLiteral("progressBar"))->value(), 1);
        dialog.reject();  // closing while it works does not leave it half done
        QVERIFY(dialog.isVisible());
        hold.release();

        QTRY_VERIFY(shows(dialog, "summaryLabel"));
        QVERIFY(text(dialog, "summaryLabel").contains(QStringLiteral("2 clips brought back")));
        QVERIFY(text(dialog, "summaryLabel").contains(QStringLiteral("broken-0.mp4")));
        QTest::mouseClick(button(dialog, "continueButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.outcome(), LibraryIndexDialog::Outcome::Rebuilt);
    }

    void aFailedRebuildSaysWhyAndOffersTheChoiceAgain()
    {
        Calls calls;
        const domain::Error readOnly { domain::ErrorCode::LibraryReadOnly,
            QStringLiteral("the library is read-only"), QStringLiteral("/lib") };
        LibraryIndexDialog dialog(QStringLiteral("/lib"), actions(calls, tl::unexpected(readOnly)));
        dialog.show();
        QTest::mouseClick(button(dialog, "rebuildButton"), Qt::LeftButton);
        QTRY_VERIFY(shows(dialog, "problemLabel"));
        QVERIFY(text(dialog, "problemLabel").contains(ui::errorText(domain::ErrorCode::LibraryReadOnly)));
        QVERIFY(button(dialog, "rebuildButton")->isEnabled());
        QCOMPARE(dialog.outcome(), LibraryIndexDialog::Outcome::Quit);
    }

    void restoreListsTheBackupsAndRestoresTheChosenOne()
    {
        Calls calls;
        LibraryIndexDialog dialog(QStringLiteral("/lib"), actions(calls));
        dialog.show();
        QTest::mouseClick(button(dialog, "restoreButton"), Qt::LeftButton);
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("backupList"));
        QTRY_COMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 0);  // the newest is offered first
        QVERIFY(list->item(0)->text().contains(QStringLiteral("42 clips")));
        list->setCurrentRow(1);
        QTest::mouseClick(button(dialog, "restoreSelectedButton"), Qt::LeftButton);
        QTRY_VERIFY(shows(dialog, "summaryLabel"));
        QCOMPARE(calls.restored, QStringLiteral("/lib/backups/older.db"));
        QVERIFY(calls.restoreThread.load() != QApplication::instance()->thread());
        QVERIFY(text(dialog, "summaryLabel").contains(QStringLiteral("40 clips")));
        QTest::mouseClick(button(dialog, "continueButton"), Qt::LeftButton);
        QCOMPARE(dialog.outcome(), LibraryIndexDialog::Outcome::Restored);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aLibraryInUseIsExplainedAndTheBackupsStayOffered()
    {
        Calls calls;
        const domain::Error inUse { domain::ErrorCode::LibraryInUse, QStringLiteral("in use"),
            QStringLiteral("/lib") };
        LibraryIndexDialog dialog(
            QStringLiteral("/lib"), actions(calls, report(1, 0), tl::unexpected(inUse)));
        dialog.show();
        QTest::mouseClick(button(dialog, "restoreButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.findChild<QListWidget*>(QStringLiteral("backupList"))->count(), 2);
        QTest::mouseClick(button(dialog, "restoreSelectedButton"), Qt::LeftButton);
        QTRY_VERIFY(text(dialog, "backupsNote").contains(ui::errorText(domain::ErrorCode::LibraryInUse)));
        QVERIFY(shows(dialog, "backupList"));
        QCOMPARE(dialog.outcome(), LibraryIndexDialog::Outcome::Quit);
    }
};

QTEST_MAIN(TestLibraryIndexDialog)
#include "test_library_index_dialog.moc"
