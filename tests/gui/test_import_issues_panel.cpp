// The list of files an import did not add, each with a plain reason a creator understands.
#include "ui/import/import_issues_panel.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace reelforge;
using domain::ErrorCode;

class TestImportIssuesPanel final : public QObject {
    Q_OBJECT

    static application::FailedItem failed(const QString& path, ErrorCode code)
    {
        return { path, domain::Error { code, QStringLiteral("technical message"), path } };
    }

private slots:
    void eachErrorGetsAPlainReason_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << int(ErrorCode::EmptyFile) << QStringLiteral("The file is empty.");
        QTest::newRow("not media") << int(ErrorCode::NotMedia)
                                   << QStringLiteral("This is not a video or audio file.");
        QTest::newRow("damaged") << int(ErrorCode::MediaUnreadable)
                                 << QStringLiteral("The file is damaged or incomplete.");
        QTest::newRow("disk full") << int(ErrorCode::DiskFull)
                                   << QStringLiteral("There is not enough free space on the disk.");
        QTest::newRow("permission") << int(ErrorCode::PermissionDenied)
                                    << QStringLiteral("ReelForge is not allowed to read this file.");
        QTest::newRow("missing") << int(ErrorCode::FileMissing)
                                 << QStringLiteral(
                                        "The file could not be found. It may have been moved or deleted.");
    }

    void eachErrorGetsAPlainReason()
    {
        QFETCH(int, code);
        QFETCH(QString, reason);
        ui::ImportIssuesPanel panel;
        application::ImportReport report;
        report.failed.push_back(failed(QStringLiteral("/videos/clip.mp4"), static_cast<ErrorCode>(code)));
        panel.addReport(report);
        QCOMPARE(panel.reasonFor(QStringLiteral("clip.mp4")), reason);
        // The technical message stays available for support, as a tooltip.
        auto* list = panel.findChild<QTreeWidget*>(QStringLiteral("importIssuesList"));
        QVERIFY(list->topLevelItem(0)
                    ->toolTip(ui::ImportIssuesPanel::ReasonColumn)
                    .contains(QStringLiteral("technical message")));
    }

    void duplicatesAndEmptyFoldersAreExplainedToo()
    {
        QTemporaryDir dir;
        ui::ImportIssuesPanel panel;
        application::ImportReport report;
        report.skipped.push_back(
            { QStringLiteral("/videos/again.mov"), QStringLiteral("duplicate"), QStringLiteral("id1") });
        report.failed.push_back(failed(dir.path(), ErrorCode::NotMedia));
        panel.addReport(report);
        QCOMPARE(panel.issueCount(), 2);
        QCOMPARE(panel.reasonFor(QStringLiteral("again.mov")), QStringLiteral("Already in your library."));
        QCOMPARE(panel.reasonFor(QFileInfo(dir.path()).fileName()),
            QStringLiteral("This folder contains no video or audio files."));
    }

    void panelShowsOnlyWhileThereIsSomethingToSayAndClears()
    {
        QWidget window;
        auto* panel = new ui::ImportIssuesPanel(&window);
        window.show();
        QVERIFY(!panel->isVisible());
        panel->addReport({});  // a clean import says nothing
        QVERIFY(!panel->isVisible());

        application::ImportReport first;
        first.failed.push_back(failed(QStringLiteral("/a/one.mp4"), ErrorCode::EmptyFile));
        panel->addReport(first);
        application::ImportReport second;
        second.failed.push_back(failed(QStringLiteral("/a/two.mp4"), ErrorCode::NotMedia));
        panel->addReport(second);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->issueCount(), 2);
        auto* list = panel->findChild<QTreeWidget*>(QStringLiteral("importIssuesList"));
        QCOMPARE(list->topLevelItem(0)->text(ui::ImportIssuesPanel::FileColumn),
            QStringLiteral("two.mp4"));  // newest first

        auto* clear = panel->findChild<QPushButton*>();
        QVERIFY(clear);
        clear->click();
        QCOMPARE(panel->issueCount(), 0);
        QVERIFY(!panel->isVisible());
    }
};

QTEST_MAIN(TestImportIssuesPanel)
#include "test_import_issues_panel.moc"
