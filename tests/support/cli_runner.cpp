#include "support/cli_runner.h"

#include "support/media_fixtures.h"

#include <QProcessEnvironment>

namespace reelforge::testing {

CliRunner::CliRunner(QString library, QString configFolder)
    : m_library(std::move(library))
    , m_config(std::move(configFolder))
{
}

QStringList CliRunner::arguments(const QStringList& args) const
{
    return QStringList { QStringLiteral("--library"), m_library } + args;
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList& args) const
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config);
    env.remove(QStringLiteral("REELFORGE_LIBRARY"));
    process->setProcessEnvironment(env);
    process->start(cliPath(), arguments(args));
    process->waitForStarted(10000);
    return process;
}

CliRunner::Run CliRunner::finish(QProcess& process, int timeoutMs)
{
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(10000);
        return { -1, process.readAllStandardOutput(), process.readAllStandardError() };
    }
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return { code, process.readAllStandardOutput(), process.readAllStandardError() };
}

CliRunner::Run CliRunner::run(const QStringList& args, int timeoutMs) const
{
    auto process = start(args);
    return finish(*process, timeoutMs);
}

}  // namespace reelforge::testing
