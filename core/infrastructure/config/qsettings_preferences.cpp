#include "infrastructure/config/qsettings_preferences.h"

#include <QSettings>

#include <algorithm>
#include <memory>

namespace reelforge::infrastructure {

namespace {
std::unique_ptr<QSettings> openSettings(const QString& file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(file, QSettings::IniFormat);
}
}  // namespace

QSettingsPreferences::QSettingsPreferences(QString settingsFile)
    : m_file(std::move(settingsFile))
{
}

application::Preferences QSettingsPreferences::load() const
{
    const auto s = openSettings(m_file);
    application::Preferences p;
    p.libraryPath = s->value(QStringLiteral("library/path")).toString();
    p.importMode
        = domain::parseImportMode(s->value(QStringLiteral("import/mode"), QStringLiteral("copy")).toString())
              .value_or(domain::ImportMode::Copy);
    p.theme = s->value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
    p.analyzeInBackground = s->value(QStringLiteral("analysis/background"), true).toBool();
    p.uploadLimitBytesPerSecond
        = std::max<qint64>(0, s->value(QStringLiteral("publishing/uploadLimit"), 0).toLongLong());
    return p;
}

void QSettingsPreferences::save(const application::Preferences& p)
{
    const auto s = openSettings(m_file);
    s->setValue(QStringLiteral("library/path"), p.libraryPath);
    s->setValue(QStringLiteral("import/mode"), domain::importModeName(p.importMode));
    s->setValue(QStringLiteral("ui/theme"), p.theme);
    s->setValue(QStringLiteral("analysis/background"), p.analyzeInBackground);
    s->setValue(QStringLiteral("publishing/uploadLimit"), p.uploadLimitBytesPerSecond);
    s->sync();
}

}  // namespace reelforge::infrastructure
