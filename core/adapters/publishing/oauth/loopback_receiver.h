#pragma once

#include "application/cancellation_token.h"
#include "domain/result.h"

#include <QTcpServer>

namespace reelforge::adapters {

// The redirect target of a desktop OAuth sign-in (RFC 8252): an HTTP listener on 127.0.0.1
// only, on a random free port, that takes the one redirect carrying ?code=&state= and answers
// the browser with a short page. Lives on the calling thread.
class LoopbackReceiver {
public:
    LoopbackReceiver();
    domain::Status listen();
    QString redirectUri() const;  // http://127.0.0.1:PORT/callback
    // Waits for the redirect. Errors: AuthExpired (denied, or a state that is not ours:
    // the sign-in must be started again), Cancelled, IoError (timed out).
    domain::Result<QString> waitForCode(
        const QByteArray& expectedState, int timeoutMs, application::CancellationToken* cancel = nullptr);

private:
    QTcpServer m_server;
};

}  // namespace reelforge::adapters
