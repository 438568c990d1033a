#pragma once

#include "application/interfaces/i_publisher.h"

namespace reelforge::adapters {

// The chunk size for one upload: the publication's "chunkBytes" option when given (tests and
// slow links), else the publisher's default; clamped to what the protocol allows and rounded
// down to `multiple` (YouTube wants multiples of 256 KiB).
inline qint64 chunkSizeFor(const application::PublishRequest& request, qint64 fallback, qint64 min = 1,
    qint64 max = qint64 { 1 } << 40, qint64 multiple = 1)
{
    qint64 chunk = request.publication.options.value(QStringLiteral("chunkBytes")).toInteger();
    if (chunk <= 0)
        chunk = fallback;
    chunk = qBound(min, chunk, max);
    if (multiple > 1)
        chunk = qMax(multiple, chunk / multiple * multiple);
    return chunk;
}

}  // namespace reelforge::adapters
