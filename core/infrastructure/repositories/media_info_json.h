#pragma once

#include "domain/models/media_info.h"

#include <QJsonObject>

namespace reelforge::infrastructure {

// The stored form of MediaInfo (a column of JSON). Lossless: fromJson(toJson(x)) == x.
QJsonObject mediaInfoToJson(const domain::MediaInfo& info);
domain::Result<domain::MediaInfo> mediaInfoFromJson(const QJsonObject& json);

}  // namespace reelforge::infrastructure
