// FilePresetStore::importFile on an arbitrary file, as Presets… ▸ Import and `presets import`
// do. A file that is refused must leave the creator's presets as they were; one that is
// imported must be listed, export to a file that reads back the same, and be removable.
#include "fuzz_support.h"
#include "infrastructure/config/file_preset_store.h"

#include <QDir>
#include <QFile>

using namespace reelforge;

namespace {

QStringList userPresetFiles(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzz::quietLogging();
    const QString work = fuzz::workFolder();
    const QString userFolder = work + QStringLiteral("/presets");
    const QString input = work + QStringLiteral("/import.json");
    infrastructure::FilePresetStore store(userFolder);
    {
        QFile file(input);
        fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the input can be written");
        fuzz::require(file.write(fuzz::bytes(data, size)) == qint64(size), "the input is written whole");
    }

    const domain::Result<domain::Preset> imported = store.importFile(input);
    if (!imported) {
        fuzz::require(userPresetFiles(userFolder).isEmpty(), "a refused import saves nothing");
        return 0;
    }
    fuzz::require(!imported->builtIn, "an imported preset is the creator's own");
    const domain::Result<domain::Preset> listed = store.find(imported->name);
    fuzz::require(listed.has_value() && *listed == *imported, "an imported preset is listed as imported");

    const QString exported = work + QStringLiteral("/export.json");
    fuzz::require(bool(store.exportFile(imported->name, exported)), "an imported preset exports");
    const domain::Result<domain::Preset> readBack = infrastructure::FilePresetStore::readFile(exported);
    fuzz::require(readBack.has_value() && *readBack == *imported, "an exported preset reads back unchanged");

    fuzz::require(bool(store.remove(imported->name)), "an imported preset can be removed");
    fuzz::require(userPresetFiles(userFolder).isEmpty(), "a removed preset leaves no file");
    return 0;
}
