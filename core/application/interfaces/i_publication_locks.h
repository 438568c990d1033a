#pragma once

#include <QString>

#include <memory>

namespace reelforge::application {

// Held while a publication uploads, so that two processes (the studio and the CLI, or two CLI
// runs) never upload the same publication at once. A lock whose process died (crash, kill -9)
// is free again at once. Released when the handle is destroyed. Thread-safe.
class IPublicationLocks {
public:
    class Handle {
    public:
        virtual ~Handle() = default;
    };
    virtual ~IPublicationLocks() = default;
    // nullptr when another live process holds it.
    virtual std::unique_ptr<Handle> tryAcquire(const QString& publicationId) = 0;
};

}  // namespace reelforge::application
