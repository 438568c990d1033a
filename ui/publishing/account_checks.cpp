#include "ui/publishing/account_checks.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace reelforge::ui {

AccountChecks::AccountChecks(application::IAccountSignIn& signIn, QObject* parent)
    : QObject(parent)
    , m_signIn(signIn)
{
    connect(&m_current, &QFutureWatcher<domain::Status>::finished, this, [this] {
        const QString id = m_current.property("accountId").toString();
        if (m_states.value(id) == State::Checking)  // not forgotten meanwhile
            record(id, m_current.result());
        runNext();
    });
}

AccountChecks::~AccountChecks()
{
    m_current.disconnect(this);
    m_current.waitForFinished();
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
    if (m_states.value(account.id) != State::Checking) {  // forgotten meanwhile
        QTimer::singleShot(0, this, &AccountChecks::runNext);
        return;
    }
    m_current.setProperty("accountId", account.id);
    application::IAccountSignIn* signIn = &m_signIn;
    m_current.setFuture(QtConcurrent::run([signIn, account] { return signIn->check(account); }));
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

}  // namespace reelforge::ui
