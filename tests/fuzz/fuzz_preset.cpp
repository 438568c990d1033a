// Preset::fromJson on arbitrary bytes: what the preset editor, `presets import` and the
// built-in resources all go through. Broken input must be refused with an InvalidArgument
// error naming the field; a preset that is accepted must be valid and must survive export
// and import (toJson, JSON text, fromJson) unchanged.
#include "domain/models/preset.h"
#include "fuzz_support.h"

#include <QJsonDocument>

using namespace reelforge;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietLogging();
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const domain::Result<domain::Preset> preset = domain::Preset::fromJson(document.object());
    if (!preset) {
        fuzz::require(
            preset.error().code == domain::ErrorCode::InvalidArgument, "a bad preset is an InvalidArgument");
        fuzz::require(!preset.error().detail.isEmpty(), "a refused preset names the field");
        return 0;
    }
    fuzz::require(bool(preset->validate()), "an accepted preset is valid");
    const QByteArray exported = QJsonDocument(preset->toJson()).toJson();
    const domain::Result<domain::Preset> imported
        = domain::Preset::fromJson(QJsonDocument::fromJson(exported).object());
    fuzz::require(imported.has_value(), "an exported preset imports again");
    fuzz::require(*imported == *preset, "an exported preset imports unchanged");
    return 0;
}
