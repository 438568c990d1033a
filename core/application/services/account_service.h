#pragma once

#include "application/interfaces/i_account_repository.h"
#include "application/interfaces/i_clock.h"
#include "application/interfaces/i_credential_store.h"

namespace reelforge::application {

// Connected accounts: the record in the database, the secret (tokens, keys, password) in the
// keychain under the account's credentialKey, never anywhere else. Thread-safe as its ports.
class AccountService {
public:
    AccountService(IAccountRepository& accounts, ICredentialStore& credentials, IClock& clock);

    // Stores a new account (id and credential key assigned here) and its secret, if any.
    // Errors: InvalidArgument, Duplicate (name taken), the keychain's errors.
    domain::Result<domain::Account> add(domain::Account draft, const QByteArray& secret = {});
    // The account of this name, created from `draft` when there is none (CLI targets given by
    // --target/--endpoint); an existing one must be of the same platform.
    domain::Result<domain::Account> ensure(const domain::Account& draft);
    // By id or by name.
    domain::Result<domain::Account> find(const QString& idOrName);
    domain::Result<std::vector<domain::Account>> list();
    // Removes the account, its publications and its keychain entry.
    domain::Status remove(const QString& idOrName);
    domain::Status storeSecret(const domain::Account& account, const QByteArray& secret);
    domain::Result<QByteArray> secret(const domain::Account& account);

private:
    IAccountRepository& m_accounts;
    ICredentialStore& m_credentials;
    IClock& m_clock;
};

}  // namespace reelforge::application
