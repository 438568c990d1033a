#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

namespace reelforge::domain {

// A folder the studio watches: new media there is imported and, optionally, run through a
// recipe.
struct WatchRule {
    QString id;
    QString folder;
    QStringList patterns { QStringLiteral("*.mp4"), QStringLiteral("*.mov"), QStringLiteral("*.mkv") };
    bool recursive = true;
    QString recipeName;  // empty: import only
    bool enabled = true;

    Status validate() const;
    bool matches(const QString& fileName) const;
};

}  // namespace reelforge::domain
