#pragma once

#include "domain/error.h"

#include <tl/expected.hpp>

namespace reelforge::domain {

// Every fallible core operation returns a Result: the value, or an Error saying why not.
template<typename T> using Result = tl::expected<T, Error>;

using Status = Result<void>;

[[nodiscard]] inline tl::unexpected<Error> fail(ErrorCode code, QString message, QString detail = {})
{
    return tl::unexpected<Error>(Error { code, std::move(message), std::move(detail) });
}

[[nodiscard]] inline Status ok()
{
    return {};
}

}  // namespace reelforge::domain
