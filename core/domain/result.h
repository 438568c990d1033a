#pragma once

#include "domain/error.h"

#include <tl/expected.hpp>

#include <utility>

namespace reelforge::domain {

// Every fallible core operation returns a Result: the value, or an Error saying why not.
// [[nodiscard]]: a dropped error does not compile (warnings are errors in CI). Where an error
// really may be ignored, say why and cast to void.
template<typename T> class [[nodiscard]] Result : public tl::expected<T, Error> {
public:
    using Base = tl::expected<T, Error>;
    using Base::Base;

    Result() = default;
    Result(const Base& other)
        : Base(other)
    {
    }  // NOLINT(google-explicit-constructor)
    Result(Base&& other)
        : Base(std::move(other))
    {
    }  // NOLINT(google-explicit-constructor)
};

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
