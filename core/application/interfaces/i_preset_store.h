#pragma once

#include "domain/models/preset.h"

#include <vector>

namespace reelforge::application {

// Built-in presets plus the creator's own. Built-ins cannot be changed or removed; a user
// preset with a built-in's name is refused (duplicate it under a new name instead).
class IPresetStore {
public:
    virtual ~IPresetStore() = default;
    virtual std::vector<domain::Preset> list() const = 0;
    virtual domain::Result<domain::Preset> find(const QString& name) const = 0;
    virtual domain::Status save(const domain::Preset& preset) = 0;
    virtual domain::Status remove(const QString& name) = 0;
};

}  // namespace reelforge::application
