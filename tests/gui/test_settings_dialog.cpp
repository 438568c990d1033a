// Settings: what the dialog returns, what it tells the creator, and the themes it applies.
#include "ui/settings/settings_dialog.h"
#include "ui/theme/theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace reelforge;

class TestSettingsDialog final : public QObject {
    Q_OBJECT

    static application::Preferences current()
    {
        application::Preferences p;
        p.libraryPath = QStringLiteral("/home/me/ReelForge");
        p.importMode = domain::ImportMode::Copy;
        p.theme = QStringLiteral("light");
        return p;
    }

    static bool says(const ui::SettingsDialog& dialog, const QString& text)
    {
        for (const QLabel* label : dialog.findChildren<QLabel*>()) {
            if (label->text().contains(text))
                return true;
        }
        return false;
    }

private slots:
    void opensWithTheCurrentPreferencesAndReturnsThemUnchanged()
    {
        ui::SettingsDialog dialog(current(), QStringLiteral("/home/me/ReelForge"));
        const application::Preferences p = dialog.preferences();
        QCOMPARE(p.libraryPath, QStringLiteral("/home/me/ReelForge"));
        QCOMPARE(p.importMode, domain::ImportMode::Copy);
        QCOMPARE(p.theme, QStringLiteral("light"));
        QVERIFY(!dialog.libraryPathChanged());
        QVERIFY(says(dialog, QStringLiteral("takes effect the next time you start ReelForge")));
    }

    void returnsTheEditedChoicesAndSaysWhenANewLocationApplies()
    {
        ui::SettingsDialog dialog(current(), QStringLiteral("/home/me/ReelForge"));
        dialog.findChild<QLineEdit*>(QStringLiteral("libraryPathEdit"))
            ->setText(QStringLiteral("/media/usb/Library/"));
        dialog.findChild<QRadioButton*>(QStringLiteral("referenceMode"))->setChecked(true);
        auto* theme = dialog.findChild<QComboBox*>(QStringLiteral("themeBox"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));

        const application::Preferences p = dialog.preferences();
        QCOMPARE(p.libraryPath, QStringLiteral("/media/usb/Library"));
        QCOMPARE(p.importMode, domain::ImportMode::Reference);
        QCOMPARE(p.theme, QStringLiteral("dark"));
        QVERIFY(dialog.libraryPathChanged());
        QVERIFY(says(dialog, QStringLiteral("ReelForge will open this library the next time you start it.")));
    }

    void backgroundAnalysisIsOnByDefaultAndCanBeTurnedOff()
    {
        QVERIFY(application::Preferences {}.analyzeInBackground);
        ui::SettingsDialog dialog(current(), QStringLiteral("/home/me/ReelForge"));
        auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("analyzeInBackground"));
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Analyze new videos in the background"));
        QVERIFY(box->isChecked());
        box->setChecked(false);
        QVERIFY(!dialog.preferences().analyzeInBackground);

        application::Preferences off = current();
        off.analyzeInBackground = false;
        ui::SettingsDialog reopened(off, QStringLiteral("/home/me/ReelForge"));
        QVERIFY(!reopened.findChild<QCheckBox*>(QStringLiteral("analyzeInBackground"))->isChecked());
        QVERIFY(!reopened.preferences().analyzeInBackground);
    }

    void uploadSpeedLimitIsOffByDefaultAndKeptInBytesPerSecond()
    {
        QCOMPARE(application::Preferences {}.uploadLimitBytesPerSecond, 0);
        ui::SettingsDialog dialog(current(), QStringLiteral("/home/me/ReelForge"));
        auto* limit = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("uploadLimit"));
        QVERIFY(limit);
        QCOMPARE(limit->text(), QStringLiteral("No limit"));
        limit->setValue(2.5);
        QCOMPARE(dialog.preferences().uploadLimitBytesPerSecond, 2500000);

        application::Preferences limited = current();
        limited.uploadLimitBytesPerSecond = 750000;
        ui::SettingsDialog reopened(limited, QStringLiteral("/home/me/ReelForge"));
        QCOMPARE(reopened.findChild<QDoubleSpinBox*>(QStringLiteral("uploadLimit"))->text(),
            QStringLiteral("0.8 MB/s"));
        QCOMPARE(reopened.preferences().uploadLimitBytesPerSecond, 800000);  // one decimal, as shown
    }

    void darkAndLightThemesChangeTheWholeApplication()
    {
        ui::Theme theme;
        theme.apply(ui::Theme::Mode::Dark);
        QVERIFY(theme.isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 60);
        QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 200);
        QVERIFY(qApp->styleSheet().contains(QStringLiteral("dark theme")));

        theme.apply(ui::Theme::Mode::Light);
        QVERIFY(!theme.isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(qApp->styleSheet().contains(QStringLiteral("light theme")));

        QCOMPARE(ui::Theme::parse(QStringLiteral("dark")), ui::Theme::Mode::Dark);
        QCOMPARE(ui::Theme::parse(QStringLiteral("something else")), ui::Theme::Mode::System);
        QCOMPARE(ui::Theme::name(ui::Theme::Mode::Light), QStringLiteral("light"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"
