#pragma once

#include "application/cancellation_token.h"
#include "domain/result.h"

#include <QStringList>

namespace reelforge::application {

// Makes a couple of short demo clips (colour bars with a tone) in `folder`, locally, so a new
// creator has something to try the studio on. Slow (seconds): call off the GUI thread.
class ISampleMediaGenerator {
public:
    virtual ~ISampleMediaGenerator() = default;
    virtual domain::Result<QStringList> generate(const QString& folder, CancellationToken& cancel) = 0;
};

}  // namespace reelforge::application
