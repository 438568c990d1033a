#pragma once

#include "application/interfaces/i_preset_store.h"

#include <QString>

#include <mutex>

namespace reelforge::infrastructure {

// Built-in presets from the :/presets resources, the creator's own as one JSON file each in
// `userFolder` (written atomically). Thread-safe.
class FilePresetStore final : public application::IPresetStore {
public:
    explicit FilePresetStore(QString userFolder);

    std::vector<domain::Preset> list() const override;
    domain::Result<domain::Preset> find(const QString& name) const override;
    domain::Status save(const domain::Preset& preset) override;
    domain::Status remove(const QString& name) override;
    domain::Result<domain::Preset> importFile(const QString& path) override;
    domain::Status exportFile(const QString& name, const QString& path) const override;

    // Reads a preset file (import). Field-level errors name the field, e.g. "video.crf".
    static domain::Result<domain::Preset> readFile(const QString& path);
    static QString defaultUserFolder();

private:
    static std::vector<domain::Preset> builtIns();

    QString m_folder;
    mutable std::mutex m_mutex;
};

}  // namespace reelforge::infrastructure
