#pragma once

#include "domain/models/notification.h"

namespace reelforge::application {

// Delivers a notification (in-app list, desktop, webhook). Callable from any thread.
class INotifier {
public:
    virtual ~INotifier() = default;
    virtual void notify(const domain::Notification& notification) = 0;
};

}  // namespace reelforge::application
