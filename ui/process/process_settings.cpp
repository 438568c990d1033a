#include "ui/process/process_settings.h"

#include <QDir>
#include <QSettings>

namespace reelforge::ui {

namespace {

const QString kPreset = QStringLiteral("process/preset");
const QString kOutputDir = QStringLiteral("process/outputDir");
const QString kDropPreset = QStringLiteral("process/dropPreset");

}  // namespace

ProcessSettings::ProcessSettings(QString libraryPath)
    : m_libraryPath(std::move(libraryPath))
{
}

QString ProcessSettings::defaultOutputDir() const
{
    return QDir(m_libraryPath).filePath(QStringLiteral("artifacts"));
}

ProcessChoice ProcessSettings::lastChoice() const
{
    const QSettings settings;
    return { settings.value(kPreset).toString(), settings.value(kOutputDir, defaultOutputDir()).toString() };
}

void ProcessSettings::remember(const ProcessChoice& choice)
{
    QSettings settings;
    settings.setValue(kPreset, choice.preset);
    settings.setValue(kOutputDir, choice.outputDir);
}

QString ProcessSettings::dropPreset() const
{
    return QSettings().value(kDropPreset).toString();
}

void ProcessSettings::setDropPreset(const QString& preset)
{
    QSettings().setValue(kDropPreset, preset);
}

}  // namespace reelforge::ui
