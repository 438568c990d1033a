#pragma once

#include "application/interfaces/i_credential_store.h"
#include "application/secrets/secret_redactor.h"

namespace reelforge::application {

// A credential store that tells the redactor every secret that passes through it (read or
// written), so that an exact echo of a password or token is removed from whatever the process
// stores, logs or prints. Same contract, threading and errors as the store it wraps; it owns
// neither the store nor the redactor.
class RememberingCredentialStore final : public ICredentialStore {
public:
    RememberingCredentialStore(ICredentialStore& store, SecretRedactor& redactor);

    domain::Result<QByteArray> read(const QString& key) override;
    domain::Status write(const QString& key, const QByteArray& secret) override;
    domain::Status remove(const QString& key) override;

private:
    ICredentialStore& m_store;
    SecretRedactor& m_redactor;
};

}  // namespace reelforge::application
