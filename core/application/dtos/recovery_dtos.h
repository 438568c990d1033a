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

// One automatic copy of the library's database under backups/.
struct BackupInfo {
    QString name;  // file name, e.g. library-20260105-083000.db
    QString path;
    QDateTime createdAt;  // UTC, from the name
    qint64 sizeBytes = 0;
    int assets = -1;  // how many assets it holds; -1 when it cannot be read
};

// What a restore did.
struct RestoreReport {
    BackupInfo restored;
    QString previousCopy;  // where the database it replaced was kept; empty when there was none
    int addedFromFiles = 0;  // files newer than the backup, re-created from originals/ afterwards
};

}  // namespace reelforge::application
