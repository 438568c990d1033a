#pragma once

#include "application/interfaces/i_preferences.h"

#include <QString>

namespace reelforge::infrastructure {

// Preferences in QSettings (the platform's native store). An empty settingsFile uses the
// application's default location; tests pass an INI file path.
class QSettingsPreferences final : public application::IPreferences {
public:
    explicit QSettingsPreferences(QString settingsFile = {});
    application::Preferences load() const override;
    void save(const application::Preferences& preferences) override;

private:
    QString m_file;
};

}  // namespace reelforge::infrastructure
