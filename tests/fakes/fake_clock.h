#pragma once

#include "application/interfaces/i_clock.h"

namespace reelforge::testing {

class FakeClock final : public application::IClock {
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC))
        : m_now(start)
    {
    }
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(const QDateTime& t) { m_now = t; }

private:
    QDateTime m_now;
};

}  // namespace reelforge::testing
