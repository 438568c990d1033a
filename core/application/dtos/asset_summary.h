#pragma once

#include "domain/models/media_asset.h"

#include <QDateTime>
#include <QString>

namespace reelforge::application {

// What a library list shows for one asset.
struct AssetSummary {
    QString id;
    QString title;
    QString path;
    double durationSeconds = 0.0;
    int width = 0;  // display size (rotation applied); 0 for audio-only
    int height = 0;
    qint64 sizeBytes = 0;
    QString container;
    QString videoCodec;
    QString audioCodec;
    QDateTime importedAt;
    QString thumbnailPath;

    static AssetSummary from(const domain::MediaAsset& asset);
};

}  // namespace reelforge::application
