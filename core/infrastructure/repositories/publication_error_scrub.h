#pragma once

#include "application/secrets/secret_redactor.h"
#include "infrastructure/repositories/sqlite_database.h"

namespace reelforge::infrastructure {

// A publication's error as it may be kept: without the raw answer body earlier versions kept
// after "HTTP <status>: ", redacted (with the redactor's known secrets when there is one, else
// the pattern rules) and at most kMaxStoredError characters.
inline constexpr int kMaxStoredError = 2000;
QString redactedError(const QString& error, const application::SecretRedactor* redactor);

// Libraries written before errors were redacted may hold a credential a server echoed back
// (HTTP Basic, a bearer token) in publications.error. Rewrites every stored error through
// redactedError; run each time a library is opened, and idempotent (a clean row is left alone,
// the check is one read of the rows that have an error). Each rewrite is conditional (WHERE the
// error is still what was read), so a row another process changed meanwhile is left to it.
// When a row changed, the space the old text held is zeroed (secure_delete) and the WAL is
// checkpointed (best effort: a reader in another process may delay that until later), so the
// old text does not linger in the files. Returns the number of rows rewritten.
domain::Result<int> scrubPublicationErrors(
    SqliteDatabase& database, const application::SecretRedactor* redactor);

}  // namespace reelforge::infrastructure
