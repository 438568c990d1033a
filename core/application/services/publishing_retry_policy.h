#pragma once

#include "domain/error.h"

#include <chrono>
#include <optional>
#include <vector>

namespace reelforge::application {

// When to try an upload again: exponential backoff with jitter, only for errors that can
// succeed later (network failures, 5xx, 429: IoError by the IPublisher contract). A 4xx that
// cannot succeed (rejected, quota, auth) is never retried.
//
// Two levels: within one run, up to maxAttempts quick retries (base .. cap); when those are
// used up, the publication waits and runs again by itself (`later`: after its n-th run the
// n-th delay, the last one repeating) until it ran maxRuns times; then it fails.
struct RetryPolicy {
    int maxAttempts = 6;  // failures in a row (without progress) before giving up
    std::chrono::milliseconds base { 1000 };
    std::chrono::milliseconds cap { 60000 };
    std::vector<std::chrono::milliseconds> later { std::chrono::minutes(1), std::chrono::minutes(5),
        std::chrono::minutes(15) };  // empty: no automatic retry
    int maxRuns = 5;

    // How long a publication that failed transiently after its `runs`-th run waits before it
    // runs again; nullopt when it should fail now.
    std::optional<std::chrono::milliseconds> retryLater(int runs) const;

    // The wait after the n-th failure in a row (n >= 1); `unit` is a uniform random number in
    // [0, 1): the delay lies in [d/2, d) with d = min(cap, base * 2^(n-1)).
    std::chrono::milliseconds delay(int failures, double unit) const;
    static bool isTransient(const domain::Error& error);
};

}  // namespace reelforge::application
