// Recipe::fromJson on arbitrary bytes, the way a recipe file (`process --recipe FILE`) and a
// job's stored recipe are read. Broken input must be refused with an InvalidArgument error
// that says why; a recipe that is accepted must be valid and must read back unchanged from
// the JSON text it is stored as (jobs keep their recipe in the library database).
#include "domain/models/recipe.h"
#include "fuzz_support.h"

#include <QJsonDocument>

using namespace reelforge;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietLogging();
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const domain::Result<domain::Recipe> recipe = domain::Recipe::fromJson(document.object());
    if (!recipe) {
        fuzz::require(
            recipe.error().code == domain::ErrorCode::InvalidArgument, "a bad recipe is an InvalidArgument");
        fuzz::require(!recipe.error().message.isEmpty(), "a refused recipe says why");
        return 0;
    }
    fuzz::require(bool(recipe->validate()), "an accepted recipe is valid");
    const QByteArray stored = QJsonDocument(recipe->toJson()).toJson(QJsonDocument::Compact);
    const domain::Result<domain::Recipe> readBack
        = domain::Recipe::fromJson(QJsonDocument::fromJson(stored).object());
    fuzz::require(readBack.has_value(), "a stored recipe reads back");
    fuzz::require(*readBack == *recipe, "a stored recipe reads back unchanged");
    return 0;
}
