#include "application/services/publishing_retry_policy.h"

#include <algorithm>
#include <cmath>

namespace reelforge::application {

std::chrono::milliseconds RetryPolicy::delay(int failures, double unit) const
{
    const int exponent = std::clamp(failures - 1, 0, 30);
    const double full = std::min(
        static_cast<double>(cap.count()), static_cast<double>(base.count()) * std::pow(2.0, exponent));
    const double jittered = full / 2.0 + full / 2.0 * std::clamp(unit, 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<std::int64_t>(jittered));
}

std::optional<std::chrono::milliseconds> RetryPolicy::retryLater(int runs) const
{
    if (later.empty() || runs < 1 || runs >= maxRuns)
        return std::nullopt;
    return later[static_cast<std::size_t>(std::min<int>(runs, static_cast<int>(later.size())) - 1)];
}

bool RetryPolicy::isTransient(const domain::Error& error)
{
    return error.code == domain::ErrorCode::IoError;
}

}  // namespace reelforge::application
