#include "cli/system_browser.h"

#include <QTest>

using namespace reelforge::app::cli;
using Kind = BrowserLaunch::Kind;

// How `accounts add --connect` opens the sign-in address on each system: never through a
// shell (on Windows, `cmd /c start URL` would run what follows each & as a command), only
// web addresses, and $REELFORGE_BROWSER when it is set.
class TestCliSystemBrowser final : public QObject {
    Q_OBJECT

    const QUrl m_url { QStringLiteral(
        "https://accounts.example/"
        "auth?response_type=code&client_id=abc&redirect_uri=http%3A%2F%2F127.0.0.1%3A5000"
        "%2Fcallback&state=xyz&code_challenge=Q1w&code_challenge_method=S256") };
    const QString m_address = QString::fromLatin1(m_url.toEncoded());

private slots:
    void windowsHandsTheWholeAddressToShellExecute()
    {
        const BrowserLaunch launch = browserLaunch(m_url, std::nullopt, DesktopSystem::Windows);
        QCOMPARE(launch.kind, Kind::ShellExecute);
        QCOMPARE(launch.address, m_address);  // one piece, every & in it
        QVERIFY(launch.address.contains(QStringLiteral("&state=xyz&code_challenge=")));
        QVERIFY(launch.program.isEmpty());
        QVERIFY(launch.arguments.isEmpty());
    }

    void macOsAndLinuxStartTheirOpenerWithTheAddressAsOneArgument()
    {
        const BrowserLaunch mac = browserLaunch(m_url, std::nullopt, DesktopSystem::MacOS);
        QCOMPARE(mac.kind, Kind::Program);
        QCOMPARE(mac.program, QStringLiteral("open"));
        QCOMPARE(mac.arguments, QStringList { m_address });
        const BrowserLaunch xdg = browserLaunch(m_url, std::nullopt, DesktopSystem::Linux);
        QCOMPARE(xdg.kind, Kind::Program);
        QCOMPARE(xdg.program, QStringLiteral("xdg-open"));
        QCOMPARE(xdg.arguments, QStringList { m_address });
    }

    void theChosenBrowserWinsOnEverySystem()
    {
        for (DesktopSystem system : { DesktopSystem::Windows, DesktopSystem::MacOS, DesktopSystem::Linux }) {
            const BrowserLaunch chosen = browserLaunch(m_url, QStringLiteral("firefox"), system);
            QCOMPARE(chosen.kind, Kind::Program);
            QCOMPARE(chosen.program, QStringLiteral("firefox"));
            QCOMPARE(chosen.arguments, QStringList { m_address });
            QCOMPARE(browserLaunch(m_url, QStringLiteral("none"), system).kind, Kind::None);
            QCOMPARE(browserLaunch(m_url, QString(), system).kind, Kind::None);
        }
    }

    void onlyWebAddressesAreOpened()
    {
        for (const char* address : { "file:///C:/Windows/System32/calc.exe",
                 "C:\\Windows\\System32\\calc.exe", "javascript:alert(1)", "ms-settings:privacy", "" }) {
            const QUrl url(QString::fromLatin1(address));
            for (DesktopSystem system :
                { DesktopSystem::Windows, DesktopSystem::MacOS, DesktopSystem::Linux }) {
                QCOMPARE(browserLaunch(url, std::nullopt, system).kind, Kind::None);
                QCOMPARE(browserLaunch(url, QStringLiteral("firefox"), system).kind, Kind::None);
            }
        }
        QCOMPARE(browserLaunch(
                     QUrl(QStringLiteral("http://127.0.0.1:9/auth")), std::nullopt, DesktopSystem::Windows)
                     .kind,
            Kind::ShellExecute);
    }
};

QTEST_GUILESS_MAIN(TestCliSystemBrowser)
#include "test_cli_system_browser.moc"
