#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace reelforge::testing {

// Runs the real reelforge-cli against one library, with its settings kept in a folder of the
// test's (so the creator's own settings never leak in): at once and waited for (run), or as a
// process left running, to race others or to be killed (start).
class CliRunner {
public:
    struct Run {
        int exitCode = -1;  // -1: crashed, killed or timed out
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
        QJsonObject object() const { return json().object(); }
    };

    CliRunner(QString library, QString configFolder);

    Run run(const QStringList& args, int timeoutMs = 180000) const;
    std::unique_ptr<QProcess> start(const QStringList& args) const;
    static Run finish(QProcess& process, int timeoutMs = 180000);

    const QString& library() const { return m_library; }

private:
    QStringList arguments(const QStringList& args) const;

    QString m_library;
    QString m_config;
};

}  // namespace reelforge::testing
