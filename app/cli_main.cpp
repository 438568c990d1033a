#include "cli/cli_app.h"
#include "wiring/redacting_log.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    reelforge::app::installRedactingMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ReelForge"));
    QCoreApplication::setApplicationName(QStringLiteral("ReelForge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REELFORGE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return reelforge::app::cli::run(QCoreApplication::arguments().mid(1), out, err);
}
