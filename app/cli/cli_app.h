#pragma once

#include "domain/error.h"

#include <QJsonValue>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QTextStream>

namespace reelforge::app::cli {

enum ExitCode { kExitOk = 0, kExitItemFailed = 1, kExitUsage = 2 };

// Parsed global options and the command's own arguments.
struct Invocation {
    QString command;
    QStringList args;  // positional arguments after the command
    QString library;  // --library DIR
    bool json = false;  // --json
    QString importMode;  // --mode copy|reference
    QMap<QString, QString> options;  // other --name VALUE options (without the dashes)
    QSet<QString> flags;  // other --name flags

    QString option(const QString& name) const { return options.value(name); }
    bool flag(const QString& name) const { return flags.contains(name); }
};

// Where a command writes. Tests capture both streams.
class Output {
public:
    Output(QTextStream& out, QTextStream& err, bool json)
        : m_out(out)
        , m_err(err)
        , m_json(json)
    {
    }
    bool json() const { return m_json; }
    void document(const QJsonValue& value);  // the one JSON document on stdout
    void line(const QString& text);  // human output on stdout
    void progress(const QString& text);  // transient line on stderr
    int error(const domain::Error& error, int exitCode);  // one line on stderr, redacted

private:
    QTextStream& m_out;
    QTextStream& m_err;
    bool m_json;
};

// Runs reelforge-cli with `arguments` (without the program name). Returns the exit code.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

QString usageText();

}  // namespace reelforge::app::cli
