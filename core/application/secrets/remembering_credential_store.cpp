#include "application/secrets/remembering_credential_store.h"

namespace reelforge::application {

RememberingCredentialStore::RememberingCredentialStore(ICredentialStore& store, SecretRedactor& redactor)
    : m_store(store)
    , m_redactor(redactor)
{
}

domain::Result<QByteArray> RememberingCredentialStore::read(const QString& key)
{
    auto secret = m_store.read(key);
    if (secret)
        m_redactor.rememberCredential(*secret);
    return secret;
}

domain::Status RememberingCredentialStore::write(const QString& key, const QByteArray& secret)
{
    m_redactor.rememberCredential(secret);  // before: a failed write may still be echoed
    return m_store.write(key, secret);
}

domain::Status RememberingCredentialStore::remove(const QString& key)
{
    return m_store.remove(key);
}

}  // namespace reelforge::application
