#pragma once

#include "application/dtos/asset_summary.h"
#include "application/dtos/import_dtos.h"
#include "domain/models/media_asset.h"

#include <QJsonArray>
#include <QJsonObject>

namespace reelforge::app::cli {

// The JSON shapes of the CLI contract (README "Command line"). Automation relies on the key
// names: add keys, never rename or remove them.
QJsonObject errorJson(const domain::Error& error);  // redacted (redactSecrets)
QJsonObject probeJson(const QString& path, const domain::MediaInfo& info);
QJsonObject importReportJson(const application::ImportReport& report);
QJsonObject assetSummaryJson(const application::AssetSummary& asset);
QJsonObject assetJson(const domain::MediaAsset& asset);

}  // namespace reelforge::app::cli
