#include "cli/system_browser.h"

#include <QProcess>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#include <shellapi.h>
#endif

namespace reelforge::app::cli {

namespace {

DesktopSystem thisSystem()
{
#if defined(Q_OS_WIN)
    return DesktopSystem::Windows;
#elif defined(Q_OS_MACOS)
    return DesktopSystem::MacOS;
#else
    return DesktopSystem::Linux;
#endif
}

bool shellExecute(const QString& address)
{
#ifdef Q_OS_WIN
    const auto result = ShellExecuteW(
        nullptr, L"open", reinterpret_cast<LPCWSTR>(address.utf16()), nullptr, nullptr, SW_SHOWNORMAL);
    return reinterpret_cast<INT_PTR>(result) > 32;  // larger than 32: success
#else
    Q_UNUSED(address)
    return false;
#endif
}

}  // namespace

BrowserLaunch browserLaunch(const QUrl& url, const std::optional<QString>& chosen, DesktopSystem system)
{
    BrowserLaunch launch;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return launch;
    const QString address = QString::fromLatin1(url.toEncoded());
    if (chosen) {
        if (!chosen->isEmpty() && *chosen != QLatin1String("none"))
            launch = { BrowserLaunch::Kind::Program, *chosen, { address }, {} };
        return launch;
    }
    switch (system) {
    case DesktopSystem::Windows:
        return { BrowserLaunch::Kind::ShellExecute, {}, {}, address };
    case DesktopSystem::MacOS:
        return { BrowserLaunch::Kind::Program, QStringLiteral("open"), { address }, {} };
    case DesktopSystem::Linux:
        break;
    }
    return { BrowserLaunch::Kind::Program, QStringLiteral("xdg-open"), { address }, {} };
}

bool openInBrowser(const QUrl& url)
{
    const std::optional<QString> chosen = qEnvironmentVariableIsSet("REELFORGE_BROWSER")
        ? std::optional<QString>(qEnvironmentVariable("REELFORGE_BROWSER"))
        : std::nullopt;
    const BrowserLaunch launch = browserLaunch(url, chosen, thisSystem());
    switch (launch.kind) {
    case BrowserLaunch::Kind::None:
        return false;
    case BrowserLaunch::Kind::Program:
        return QProcess::startDetached(launch.program, launch.arguments);
    case BrowserLaunch::Kind::ShellExecute:
        return shellExecute(launch.address);
    }
    return false;
}

}  // namespace reelforge::app::cli
