#pragma once

#include "application/interfaces/i_clock.h"

namespace reelforge::adapters {

class SystemClock final : public application::IClock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

}  // namespace reelforge::adapters
