#include "wiring/redacting_log.h"

#include "application/secrets/secret_redactor.h"

#include <QtGlobal>

#include <atomic>

namespace reelforge::app {

namespace {

// Qt's message handler is a plain function pointer for the whole process: the handler it
// replaces is kept here, where that function can reach it.
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables)
std::atomic<QtMessageHandler> g_next { nullptr };

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (const QtMessageHandler next = g_next.load())
        next(type, context, application::redactSecrets(message));
}

}  // namespace

void installRedactingMessageHandler()
{
    if (g_next.load() != nullptr)
        return;  // installed already
    g_next.store(qInstallMessageHandler(redactingHandler));
}

}  // namespace reelforge::app
