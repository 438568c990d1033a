#include "application/services/account_service.h"

#include <QUuid>

namespace reelforge::application {

using domain::Account;
using domain::ErrorCode;

AccountService::AccountService(IAccountRepository& accounts, ICredentialStore& credentials, IClock& clock)
    : m_accounts(accounts)
    , m_credentials(credentials)
    , m_clock(clock)
{
}

domain::Result<Account> AccountService::add(Account draft, const QByteArray& secret)
{
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    draft.name = draft.name.trimmed();
    draft.credentialKey = QStringLiteral("account/") + draft.id;
    if (!draft.connectedAt.isValid())
        draft.connectedAt = m_clock.now();
    if (domain::Status s = draft.validate(); !s)
        return tl::unexpected(s.error());
    if (auto existing = m_accounts.findByName(draft.name); existing && existing->has_value())
        return domain::fail(
            ErrorCode::Duplicate, QStringLiteral("an account with this name exists"), draft.name);
    if (!secret.isEmpty()) {
        if (domain::Status s = m_credentials.write(draft.credentialKey, secret); !s)
            return tl::unexpected(s.error());
    }
    if (domain::Status s = m_accounts.add(draft); !s) {
        if (!secret.isEmpty())
            (void)m_credentials.remove(draft.credentialKey);
        return tl::unexpected(s.error());
    }
    return draft;
}

domain::Result<Account> AccountService::ensure(const Account& draft)
{
    auto existing = m_accounts.findByName(draft.name.trimmed());
    if (!existing)
        return tl::unexpected(existing.error());
    if (!existing->has_value())
        return add(draft);
    if ((*existing)->platform != draft.platform)
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("an account of another platform has this name"), draft.name);
    return **existing;
}

domain::Result<Account> AccountService::find(const QString& idOrName)
{
    auto byId = m_accounts.find(idOrName);
    if (!byId)
        return tl::unexpected(byId.error());
    if (byId->has_value())
        return **byId;
    auto byName = m_accounts.findByName(idOrName);
    if (!byName)
        return tl::unexpected(byName.error());
    if (byName->has_value())
        return **byName;
    return domain::fail(ErrorCode::NotFound, QStringLiteral("no account with this name or id"), idOrName);
}

domain::Result<std::vector<Account>> AccountService::list()
{
    return m_accounts.list();
}

domain::Status AccountService::remove(const QString& idOrName)
{
    auto account = find(idOrName);
    if (!account)
        return tl::unexpected(account.error());
    if (domain::Status s = m_accounts.remove(account->id); !s)
        return s;
    if (!account->credentialKey.isEmpty())
        (void)m_credentials.remove(account->credentialKey);  // nothing stored is fine
    return domain::ok();
}

domain::Status AccountService::storeSecret(const Account& account, const QByteArray& secret)
{
    if (account.credentialKey.isEmpty())
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("account has no credential key"), account.name);
    return m_credentials.write(account.credentialKey, secret);
}

domain::Result<QByteArray> AccountService::secret(const Account& account)
{
    return m_credentials.read(account.credentialKey);
}

}  // namespace reelforge::application
