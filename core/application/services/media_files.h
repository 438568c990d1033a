#pragma once

#include "application/dtos/import_dtos.h"
#include "domain/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace reelforge::application {

// Whether `path` names a regular file (a link to one counts). FileMissing, or NotMedia for a
// folder ("a folder, not a file") or anything else ("not a regular file"): a pipe or a device
// such as /dev/zero blocks or never ends when read, so nothing may read it. Path as detail.
domain::Status checkRegularFile(const QString& path);

// File-name rules for what the library accepts when walking folders.
bool hasMediaExtension(const QString& fileName);
bool isHiddenName(const QString& fileName);

// What a walk of a folder found: the media files to import, and what could not even be
// looked at (a folder or file that cannot be read, a name that is not valid text), each with
// its reason. Hidden files and folders and files that are not media are left out quietly.
struct FolderScan {
    QStringList files;  // sorted
    std::vector<FailedItem> problems;
};

FolderScan scanFolder(const QString& folder);

}  // namespace reelforge::application
