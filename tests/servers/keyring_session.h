#pragma once

#include "servers/local_server.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

#include <optional>

namespace reelforge::testing {

// Tests that use the real OS keychain run inside a private session bus with an unlocked
// gnome-keyring of their own (with_keyring.sh), so they neither need nor touch the desktop's.
// Called first thing in main(): outside that session it runs this same executable again inside
// one and returns its exit code; inside it returns nothing and the tests run.
inline std::optional<int> rerunInKeyringSession(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsEmpty("REELFORGE_KEYRING_SESSION"))
        return std::nullopt;
    QCoreApplication app(argc, argv);
    QProcess inner;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("REELFORGE_KEYRING_SESSION"), QStringLiteral("1"));
    inner.setProcessEnvironment(env);
    inner.setProcessChannelMode(QProcess::ForwardedChannels);
    inner.start(QStringLiteral("dbus-run-session"),
        QStringList { QStringLiteral("--"), QStringLiteral("sh"),
            serverScript(QStringLiteral("with_keyring.sh")), QCoreApplication::applicationFilePath() }
            + QCoreApplication::arguments().mid(1));
    if (!inner.waitForStarted()) {
        qWarning("dbus-run-session is missing (Debian package dbus-bin / dbus): ./dev deps test");
        return 1;
    }
    inner.waitForFinished(-1);
    return inner.exitStatus() == QProcess::NormalExit ? inner.exitCode() : 1;
}

}  // namespace reelforge::testing
