#pragma once

#include "application/interfaces/i_credential_store.h"

namespace reelforge::adapters {

// ICredentialStore on the OS keychain through QtKeychain (Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows). Never falls back to a plain-text file.
// QtKeychain queues its jobs through one executor object that is not safe to use from two
// threads, so every job of the process runs on one keychain thread; a call from any thread
// (the GUI thread, an upload worker) hands its job there and waits for the answer.
class KeychainCredentialStore final : public application::ICredentialStore {
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("ReelForge"));

    domain::Result<QByteArray> read(const QString& key) override;
    domain::Status write(const QString& key, const QByteArray& secret) override;
    domain::Status remove(const QString& key) override;

private:
    QString m_service;
};

}  // namespace reelforge::adapters
