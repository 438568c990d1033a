#pragma once

#include "domain/error.h"
#include "domain/models/media_asset.h"

#include <QMetaType>
#include <QStringList>

#include <vector>

namespace reelforge::application {

struct ImportRequest {
    QStringList paths;  // files and folders; folders are walked recursively
    domain::ImportMode mode = domain::ImportMode::Copy;
};

struct ImportedItem {
    QString id;
    QString path;
    QString title;
};

struct SkippedItem {
    QString path;
    QString reason;  // "duplicate"
    QString existingId;
};

struct FailedItem {
    QString path;
    domain::Error error;
};

struct ImportReport {
    std::vector<ImportedItem> imported;
    std::vector<SkippedItem> skipped;
    std::vector<FailedItem> failed;
    bool cancelled = false;

    bool hasFailures() const { return !failed.empty(); }
};

}  // namespace reelforge::application

Q_DECLARE_METATYPE(reelforge::application::ImportReport)
