#include "infrastructure/config/file_preset_store.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace reelforge::infrastructure {

using domain::ErrorCode;
using domain::Preset;

FilePresetStore::FilePresetStore(QString userFolder)
    : m_folder(std::move(userFolder))
{
}

QString FilePresetStore::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/presets");
}

domain::Result<Preset> FilePresetStore::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return domain::fail(QFileInfo::exists(path) ? ErrorCode::PermissionDenied : ErrorCode::FileMissing,
            QStringLiteral("cannot read preset file"), path);
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("preset is not valid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()),
            path);
    if (!doc.isObject())
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("preset must be a JSON object"), path);
    return Preset::fromJson(doc.object());
}

std::vector<Preset> FilePresetStore::builtIns()
{
    std::vector<Preset> out;
    const QDir dir(QStringLiteral(":/presets"));
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        auto preset = readFile(dir.filePath(name));
        if (!preset)
            qFatal(
                "built-in preset %s is invalid: %s", qPrintable(name), qPrintable(preset.error().toString()));
        preset->builtIn = true;
        out.push_back(*preset);
    }
    return out;
}

std::vector<Preset> FilePresetStore::list() const
{
    std::vector<Preset> out = builtIns();
    std::lock_guard lock(m_mutex);
    const QDir dir(m_folder);
    for (const QString& name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        auto preset = readFile(dir.filePath(name));
        if (!preset)
            continue;  // a broken user file must not hide the others; `presets show` reports it
        preset->builtIn = false;
        if (std::none_of(out.begin(), out.end(), [&](const Preset& p) { return p.name == preset->name; }))
            out.push_back(*preset);
    }
    return out;
}

domain::Result<Preset> FilePresetStore::find(const QString& name) const
{
    for (const Preset& p : list())
        if (p.name == name)
            return p;
    return domain::fail(ErrorCode::NotFound, QStringLiteral("no preset with this name"), name);
}

domain::Status FilePresetStore::save(const Preset& preset)
{
    if (domain::Status s = preset.validate(); !s)
        return s;
    for (const Preset& p : builtIns())
        if (p.name == preset.name)
            return domain::fail(ErrorCode::Duplicate,
                QStringLiteral("a built-in preset has this name; duplicate it under a new name"),
                preset.name);
    std::lock_guard lock(m_mutex);
    if (!QDir().mkpath(m_folder))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot create the presets folder"), m_folder);
    QSaveFile f(m_folder + QLatin1Char('/') + preset.name + QStringLiteral(".json"));
    Preset copy = preset;
    copy.builtIn = false;
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(copy.toJson()).toJson()) < 0 || !f.commit())
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot write preset"), f.fileName());
    return domain::ok();
}

domain::Status FilePresetStore::remove(const QString& name)
{
    for (const Preset& p : builtIns())
        if (p.name == name)
            return domain::fail(
                ErrorCode::InvalidArgument, QStringLiteral("built-in presets cannot be removed"), name);
    std::lock_guard lock(m_mutex);
    const QString path = m_folder + QLatin1Char('/') + name + QStringLiteral(".json");
    if (!QFile::exists(path))
        return domain::fail(ErrorCode::NotFound, QStringLiteral("no preset with this name"), name);
    if (!QFile::remove(path))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot delete preset"), path);
    return domain::ok();
}

domain::Result<Preset> FilePresetStore::importFile(const QString& path)
{
    auto preset = readFile(path);
    if (!preset)
        return preset;
    if (domain::Status s = save(*preset); !s)
        return tl::unexpected(s.error());
    preset->builtIn = false;
    return preset;
}

domain::Status FilePresetStore::exportFile(const QString& name, const QString& path) const
{
    auto preset = find(name);
    if (!preset)
        return tl::unexpected(preset.error());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(preset->toJson()).toJson()) < 0 || !f.commit())
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot write the preset file"), path);
    return domain::ok();
}

}  // namespace reelforge::infrastructure
