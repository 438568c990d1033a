#pragma once

#include "application/interfaces/i_process_registry.h"
#include "infrastructure/repositories/sqlite_database.h"

#include <functional>

namespace reelforge::infrastructure {

// The processes table of the library database (see IProcessRegistry). The clock and the pid
// check are injectable so that staleness can be tested without waiting.
class SqliteProcessRegistry final : public application::IProcessRegistry {
public:
    using NowMs = std::function<qint64()>;
    using PidCheck = std::function<bool(qint64 pid)>;

    explicit SqliteProcessRegistry(SqliteDatabase& database, NowMs now = {}, PidCheck exists = {});

    QString selfId() const override { return m_id; }
    domain::Status beat() override;
    domain::Status leave() override;
    domain::Result<QSet<QString>> gone(const QSet<QString>& owners) override;

private:
    SqliteDatabase& m_db;
    QString m_id;
    QString m_host;
    qint64 m_pid;
    NowMs m_now;
    PidCheck m_exists;
};

}  // namespace reelforge::infrastructure
