#pragma once

#include "domain/models/preset.h"

#include <vector>

namespace reelforge::application {

// Built-in presets plus the creator's own. Built-ins cannot be changed or removed; a user
// preset with a built-in's name is refused (duplicate it under a new name instead).
// Implementations are thread-safe; every call may touch the disk, so the GUI calls them for
// small, quick reads and writes only. Errors carry the field name as detail where one field
// is at fault (e.g. "video.crf"), so a form can show the error next to it.
class IPresetStore {
public:
    virtual ~IPresetStore() = default;
    virtual std::vector<domain::Preset> list() const = 0;
    virtual domain::Result<domain::Preset> find(const QString& name) const = 0;
    virtual domain::Status save(const domain::Preset& preset) = 0;
    virtual domain::Status remove(const QString& name) = 0;
    // Reads a preset file, validates it like any other preset and saves it as the creator's
    // own; nothing is saved when the file is unreadable or invalid.
    virtual domain::Result<domain::Preset> importFile(const QString& path) = 0;
    // Writes the preset `name` (built-in or not) to `path` as JSON, atomically.
    virtual domain::Status exportFile(const QString& name, const QString& path) const = 0;
};

}  // namespace reelforge::application
