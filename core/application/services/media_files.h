#pragma once

#include <QString>
#include <QStringList>

namespace reelforge::application {

// File-name rules for what the library accepts when walking folders.
bool hasMediaExtension(const QString& fileName);
bool isHiddenName(const QString& fileName);

// Media files under `folder`, recursively, sorted; hidden files and folders and non-media
// files are left out.
QStringList mediaFilesUnder(const QString& folder);

}  // namespace reelforge::application
