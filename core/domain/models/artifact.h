#pragma once

#include "domain/models/media_info.h"

#include <QDateTime>
#include <QString>

namespace reelforge::domain {

// A file a job produced (a transcode, a clip, a thumbnail, captions), recorded once it is
// complete on disk.
struct Artifact {
    QString id;
    QString jobId;
    QString assetId;  // the source asset, when there is one
    QString kind;  // "video", "audio", "image", "captions", ...
    QString path;
    std::int64_t sizeBytes = 0;
    QString contentHash;
    MediaInfo info;
    QDateTime createdAt;

    Status validate() const;
};

}  // namespace reelforge::domain
