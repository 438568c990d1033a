#pragma once

#include "application/interfaces/i_account_repository.h"

#include <mutex>

namespace reelforge::testing {

class FakeAccountRepository final : public application::IAccountRepository {
public:
    domain::Status add(const domain::Account& a) override
    {
        std::lock_guard lock(m_mutex);
        for (const auto& row : m_rows)
            if (row.name == a.name)
                return domain::fail(domain::ErrorCode::Duplicate, QStringLiteral("name taken"), a.name);
        m_rows.push_back(a);
        return domain::ok();
    }
    domain::Status update(const domain::Account& a) override
    {
        std::lock_guard lock(m_mutex);
        for (auto& row : m_rows)
            if (row.id == a.id) {
                row = a;
                return domain::ok();
            }
        return domain::fail(domain::ErrorCode::NotFound, QStringLiteral("no account"), a.id);
    }
    domain::Result<std::optional<domain::Account>> find(const QString& id) override
    {
        return by([&](auto& a) { return a.id == id; });
    }
    domain::Result<std::optional<domain::Account>> findByName(const QString& name) override
    {
        return by([&](auto& a) { return a.name == name; });
    }
    domain::Result<std::vector<domain::Account>> list() override
    {
        std::lock_guard lock(m_mutex);
        return m_rows;
    }
    domain::Status remove(const QString& id) override
    {
        std::lock_guard lock(m_mutex);
        const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](auto& a) { return a.id == id; });
        if (it == m_rows.end())
            return domain::fail(domain::ErrorCode::NotFound, QStringLiteral("no account"), id);
        m_rows.erase(it);
        return domain::ok();
    }

private:
    template<typename Pred> domain::Result<std::optional<domain::Account>> by(Pred pred)
    {
        std::lock_guard lock(m_mutex);
        for (const auto& a : m_rows)
            if (pred(a))
                return std::optional<domain::Account>(a);
        return std::optional<domain::Account>();
    }

    std::mutex m_mutex;
    std::vector<domain::Account> m_rows;
};

}  // namespace reelforge::testing
