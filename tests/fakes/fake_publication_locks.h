#pragma once

#include "application/interfaces/i_publication_locks.h"

#include <QSet>

#include <memory>
#include <mutex>

namespace reelforge::testing {

// In-memory locks; `holdElsewhere` simulates another live process holding one.
class FakePublicationLocks final : public application::IPublicationLocks {
public:
    std::unique_ptr<Handle> tryAcquire(const QString& id) override
    {
        std::lock_guard lock(*m_mutex);
        if (m_held->contains(id))
            return nullptr;
        m_held->insert(id);
        return std::make_unique<Held>(m_mutex, m_held, id);
    }
    void holdElsewhere(const QString& id)
    {
        std::lock_guard lock(*m_mutex);
        m_held->insert(id);
    }
    void releaseElsewhere(const QString& id)
    {
        std::lock_guard lock(*m_mutex);
        m_held->remove(id);
    }

private:
    class Held final : public Handle {
    public:
        Held(std::shared_ptr<std::mutex> m, std::shared_ptr<QSet<QString>> held, QString id)
            : m_mutex(std::move(m))
            , m_held(std::move(held))
            , m_id(std::move(id))
        {
        }
        ~Held() override
        {
            std::lock_guard lock(*m_mutex);
            m_held->remove(m_id);
        }

    private:
        std::shared_ptr<std::mutex> m_mutex;
        std::shared_ptr<QSet<QString>> m_held;
        QString m_id;
    };

    std::shared_ptr<std::mutex> m_mutex = std::make_shared<std::mutex>();
    std::shared_ptr<QSet<QString>> m_held = std::make_shared<QSet<QString>>();
};

}  // namespace reelforge::testing
