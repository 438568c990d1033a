#include "fuzz_support.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>
#include <mutex>

namespace reelforge::fuzz {

namespace {

void dropBelowCritical(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtCriticalMsg || type == QtFatalMsg)
        std::fprintf(stderr, "%s\n", qPrintable(message));
    if (type == QtFatalMsg)
        std::abort();
}

}  // namespace

void quietLogging()
{
    static std::once_flag once;
    // libav logs through the adapters' Qt logging categories, so this covers it too.
    std::call_once(once, [] {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
        qInstallMessageHandler(dropBelowCritical);
    });
}

void require(bool condition, const char* what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

QString workFolder()
{
    static const QTemporaryDir dir;  // removed at a normal exit; a crash leaves it for inspection
    require(dir.isValid(), "a temporary folder can be made");
    return dir.path();
}

}  // namespace reelforge::fuzz
