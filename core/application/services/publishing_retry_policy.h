#pragma once

#include "domain/error.h"

#include <chrono>

namespace reelforge::application {

// When to try an upload again: exponential backoff with jitter, only for errors that can
// succeed later (network failures, 5xx, 429: IoError by the IPublisher contract). A 4xx that
// cannot succeed (rejected, quota, auth) is never retried.
struct RetryPolicy {
    int maxAttempts = 6; // failures in a row (without progress) before giving up
    std::chrono::milliseconds base { 1000 };
    std::chrono::milliseconds cap { 60000 };

    // The wait after the n-th failure in a row (n >= 1); `unit` is a uniform random number in
    // [0, 1): the delay lies in [d/2, d) with d = min(cap, base * 2^(n-1)).
    std::chrono::milliseconds delay(int failures, double unit) const;
    static bool isTransient(const domain::Error& error);
};

} // namespace reelforge::application
