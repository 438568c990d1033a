#pragma once

#include "application/interfaces/i_processor.h"

#include <memory>

namespace reelforge::application {

// Builds fresh processors of one kind (a processor may hold per-run state).
class IProcessorFactory {
public:
    virtual ~IProcessorFactory() = default;
    virtual QString kind() const = 0;
    virtual std::unique_ptr<IProcessor> create() const = 0;
};

}  // namespace reelforge::application
