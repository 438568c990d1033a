#pragma once

#include "application/interfaces/i_account_sign_in.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>

namespace reelforge::ui {

// Whether each account can publish now. A check reads the keychain and may refresh an OAuth
// sign-in over the network, so checks run one after another on a worker thread (the list shows
// "Checking…" meanwhile). Results are kept until the account is checked again, so the accounts
// list and the publish form agree.
class AccountChecks : public QObject {
    Q_OBJECT
public:
    enum class State { Unknown, Checking, Ready, Expired, Unreachable };
    Q_ENUM(State)

    explicit AccountChecks(application::IAccountSignIn& signIn, QObject* parent = nullptr);
    ~AccountChecks() override;  // waits for a check that is still running

    void check(const domain::Account& account);
    void forget(const QString& accountId);  // after a reconnect or a removal
    State state(const QString& accountId) const { return m_states.value(accountId, State::Unknown); }
    QString detail(const QString& accountId) const { return m_details.value(accountId); }

signals:
    void checked(const QString& accountId, reelforge::ui::AccountChecks::State state);

private:
    void runNext();
    void record(const QString& accountId, const domain::Status& status);

    application::IAccountSignIn& m_signIn;
    QList<domain::Account> m_waiting;
    bool m_running = false;
    QFutureWatcher<domain::Status> m_current;
    QHash<QString, State> m_states;
    QHash<QString, QString> m_details;
};

}  // namespace reelforge::ui
