#pragma once

#include "domain/models/media_asset.h"

#include <QString>

namespace reelforge::application {

struct Preferences {
    QString libraryPath;
    domain::ImportMode importMode = domain::ImportMode::Copy;
    QString theme = QStringLiteral("system");  // "system", "light", "dark"
    bool analyzeInBackground = true;  // queue an analysis job for every newly imported asset
    qint64 uploadLimitBytesPerSecond = 0;  // shared by all uploads; 0: no limit
};

// The creator's preferences (not secrets). Load/save are cheap and called on the GUI thread.
class IPreferences {
public:
    virtual ~IPreferences() = default;
    virtual Preferences load() const = 0;
    virtual void save(const Preferences& preferences) = 0;
};

}  // namespace reelforge::application
