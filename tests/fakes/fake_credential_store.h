#pragma once

#include "application/interfaces/i_credential_store.h"

#include <map>
#include <mutex>

namespace reelforge::testing {

class FakeCredentialStore final : public application::ICredentialStore {
public:
    domain::Result<QByteArray> read(const QString& key) override
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_values.find(key);
        if (it == m_values.end())
            return domain::fail(domain::ErrorCode::NotFound, QStringLiteral("no keychain entry"), key);
        return it->second;
    }
    domain::Status write(const QString& key, const QByteArray& secret) override
    {
        std::lock_guard lock(m_mutex);
        m_values[key] = secret;
        return domain::ok();
    }
    domain::Status remove(const QString& key) override
    {
        std::lock_guard lock(m_mutex);
        m_values.erase(key);
        return domain::ok();
    }
    std::size_t size() const
    {
        std::lock_guard lock(m_mutex);
        return m_values.size();
    }

private:
    mutable std::mutex m_mutex;
    std::map<QString, QByteArray> m_values;
};

}  // namespace reelforge::testing
