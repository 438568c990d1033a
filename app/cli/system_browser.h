#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace reelforge::app::cli {

enum class DesktopSystem { Linux, MacOS, Windows };

// How the command line opens a sign-in address. Never through a shell: on Windows,
// `cmd /c start URL` splits the address at each `&` into further commands; ShellExecute hands
// it to the default browser as one argument. Only http and https addresses are opened (an
// address from an account's settings could name a file or a program).
struct BrowserLaunch {
    enum class Kind {
        None,  // only printed
        Program,  // `program arguments...`, started detached without a shell
        ShellExecute,  // Windows: ShellExecuteW("open", address)
    };
    Kind kind = Kind::None;
    QString program;
    QStringList arguments;
    QString address;  // encoded, for ShellExecute
};

// `chosen`: $REELFORGE_BROWSER when set (a program, or "none" or empty: only print).
BrowserLaunch browserLaunch(const QUrl& url, const std::optional<QString>& chosen, DesktopSystem system);

// Opens `url` as browserLaunch says for this system and $REELFORGE_BROWSER; false when nothing
// was opened (the caller prints the address either way).
bool openInBrowser(const QUrl& url);

}  // namespace reelforge::app::cli
