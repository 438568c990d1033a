#pragma once

#include "application/interfaces/i_process_registry.h"

#include <QUuid>

#include <mutex>

namespace reelforge::testing {

// In-memory IProcessRegistry: this process is alive; others are alive only while a test says so.
class FakeProcessRegistry final : public application::IProcessRegistry {
public:
    QString selfId() const override { return m_self; }
    domain::Status beat() override { return domain::ok(); }
    domain::Status leave() override { return domain::ok(); }
    domain::Result<QSet<QString>> gone(const QSet<QString>& owners) override
    {
        std::lock_guard lock(m_mutex);
        QSet<QString> out;
        for (const QString& owner : owners) {
            if (owner != m_self && !m_alive.contains(owner))
                out.insert(owner);
        }
        return out;
    }
    void setAlive(const QString& owner, bool alive)
    {
        std::lock_guard lock(m_mutex);
        if (alive)
            m_alive.insert(owner);
        else
            m_alive.remove(owner);
    }

private:
    const QString m_self = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::mutex m_mutex;
    QSet<QString> m_alive;
};

}  // namespace reelforge::testing
