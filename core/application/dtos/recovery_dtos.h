#pragma once

#include "application/dtos/import_dtos.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace reelforge::application {

// An asset re-created from a file under originals/.
struct RebuiltItem {
    QString id;
    QString path;
    QString title;
    QString contentHash;
};

// What `library rebuild` did, file by file. A file already in the index is left alone (so a
// rebuild can follow a restore, or be run again after an interruption).
struct RebuildReport {
    std::vector<RebuiltItem> rebuilt;
    std::vector<SkippedItem> alreadyIndexed;  // reason "indexed", existingId
    std::vector<FailedItem> failed;  // not media, damaged, or content that does not match its name
    bool cancelled = false;
};

}  // namespace reelforge::application
