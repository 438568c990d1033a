#pragma once

#include "domain/models/account.h"

#include <optional>
#include <vector>

namespace reelforge::application {

// Persistence of connected accounts (no secrets: those are in the ICredentialStore under the
// account's credentialKey). Thread-safe; names are unique (Duplicate otherwise).
class IAccountRepository {
public:
    virtual ~IAccountRepository() = default;
    virtual domain::Status add(const domain::Account& account) = 0;
    virtual domain::Status update(const domain::Account& account) = 0;
    virtual domain::Result<std::optional<domain::Account>> find(const QString& id) = 0;
    virtual domain::Result<std::optional<domain::Account>> findByName(const QString& name) = 0;
    virtual domain::Result<std::vector<domain::Account>> list() = 0;
    // Also removes the account's publications.
    virtual domain::Status remove(const QString& id) = 0;
};

}  // namespace reelforge::application
