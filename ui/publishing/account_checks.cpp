#include "ui/publishing/account_checks.h"

#include <QTimer>

namespace reelforge::ui {

AccountChecks::AccountChecks(application::IAccountSignIn& signIn, QObject* parent)
    : QObject(parent)
    , m_signIn(signIn)
{
}

void AccountChecks::check(const domain::Account& account)
{
    if (m_states.value(account.id) == State::Checking)
        return;
    m_states.insert(account.id, State::Checking);
    m_waiting << account;
    emit checked(account.id, State::Checking);
    if (!m_running)
        QTimer::singleShot(0, this, &AccountChecks::runNext);
    m_running = true;
}

void AccountChecks::runNext()
{
    if (m_waiting.isEmpty()) {
        m_running = false;
        return;
    }
    const domain::Account account = m_waiting.takeFirst();
    if (m_states.value(account.id) == State::Checking) // not forgotten meanwhile
        record(account.id, m_signIn.check(account));
    QTimer::singleShot(0, this, &AccountChecks::runNext);
}

void AccountChecks::forget(const QString& accountId)
{
    m_states.remove(accountId);
    m_details.remove(accountId);
}

void AccountChecks::record(const QString& accountId, const domain::Status& status)
{
    State state = State::Ready;
    if (!status)
        state = status.error().code == domain::ErrorCode::AuthExpired ? State::Expired : State::Unreachable;
    m_states.insert(accountId, state);
    m_details.insert(accountId, status ? QString() : status.error().toString());
    emit checked(accountId, state);
}

} // namespace reelforge::ui
