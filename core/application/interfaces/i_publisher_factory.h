#pragma once

#include "application/interfaces/i_publisher.h"

#include <memory>

namespace reelforge::application {

// What a destination accepts, known before anything is uploaded.
struct PublisherLimits {
    qint64 maxFileBytes = 0;  // 0: no limit known
    int maxConcurrent = 2;  // uploads at once to one account of this platform
    // The platform publishes at a set time itself (YouTube's publishAt): the upload starts at
    // once, private, and the time goes to the platform instead of the scheduler.
    bool schedulesNatively = false;
};

// Builds the publisher for an account (Factory). create() is called on the worker thread that
// will use the publisher; limits() on any thread. Thread-safe.
class IPublisherFactory {
public:
    virtual ~IPublisherFactory() = default;
    virtual domain::Result<std::unique_ptr<IPublisher>> create(const domain::Account& account) const = 0;
    virtual PublisherLimits limits(domain::Platform platform) const = 0;
};

}  // namespace reelforge::application
