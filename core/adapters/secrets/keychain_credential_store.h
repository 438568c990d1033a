#pragma once

#include "application/interfaces/i_credential_store.h"

namespace reelforge::adapters {

// ICredentialStore on the OS keychain through QtKeychain (Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows). Never falls back to a plain-text file.
// Each call runs the keychain job on the calling thread and waits for it.
class KeychainCredentialStore final : public application::ICredentialStore {
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("ReelForge"));

    domain::Result<QByteArray> read(const QString& key) override;
    domain::Status write(const QString& key, const QByteArray& secret) override;
    domain::Status remove(const QString& key) override;

private:
    QString m_service;
};

} // namespace reelforge::adapters
