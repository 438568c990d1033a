#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace reelforge::application {

// The OS keychain: the only place tokens, keys and passwords are kept (never SQLite, settings
// or logs). Values are opaque bytes (publishers store a small JSON object). Calls block until
// the keychain answers; callable from any thread. Errors: NotFound (no such entry),
// PermissionDenied (the keychain is locked or refused), IoError (no keychain service).
class ICredentialStore {
public:
    virtual ~ICredentialStore() = default;
    virtual domain::Result<QByteArray> read(const QString& key) = 0;
    virtual domain::Status write(const QString& key, const QByteArray& secret) = 0;
    virtual domain::Status remove(const QString& key) = 0;
};

}  // namespace reelforge::application
