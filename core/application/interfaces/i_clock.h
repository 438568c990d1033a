#pragma once

#include <QDateTime>

namespace reelforge::application {

// The time source. Injected so that schedules and timestamps are testable.
class IClock {
public:
    virtual ~IClock() = default;
    virtual QDateTime now() const = 0;  // UTC
};

}  // namespace reelforge::application
