#pragma once

namespace reelforge::app {

// Passes every log message (qDebug .. qFatal, every logging category) through redactSecrets
// before the handler that was installed before (Qt's: stderr, the journal) writes it: the last
// guard in case a component logs a text that carries a credential. Call once, early in main().
void installRedactingMessageHandler();

}  // namespace reelforge::app
