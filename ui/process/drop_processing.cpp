#include "ui/process/drop_processing.h"

#include <QDir>
#include <QFileInfo>

namespace reelforge::ui {

namespace {

QString normalised(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

}  // namespace

DropProcessing::DropProcessing(application::ImportService& importer, application::LibraryService& library,
    JobSubmitter& submitter, ProcessSettings settings, QObject* parent)
    : QObject(parent)
    , m_importer(importer)
    , m_library(library)
    , m_submitter(submitter)
    , m_settings(std::move(settings))
{
    connect(&m_importer, &application::ImportService::finished, this, &DropProcessing::onImportFinished);
}

QString DropProcessing::preset() const
{
    return m_settings.dropPreset();
}

void DropProcessing::setPreset(const QString& preset)
{
    m_settings.setDropPreset(preset);
}

void DropProcessing::noteDropped(const QStringList& paths)
{
    ProcessChoice choice = m_settings.lastChoice();
    choice.preset = preset();
    if (choice.preset.isEmpty() || paths.isEmpty())
        return;
    Batch batch { {}, choice };
    for (const QString& p : paths)
        batch.paths << normalised(p);
    m_pending.push_back(std::move(batch));
}

bool DropProcessing::covers(const Batch& batch, const QString& path) const
{
    if (path.isEmpty())
        return false;
    const QString file = normalised(path);
    for (const QString& dropped : batch.paths) {
        if (file == dropped || file.startsWith(dropped + QLatin1Char('/')))
            return true;
    }
    return false;
}

QString DropProcessing::originalPathOf(const QString& assetId) const
{
    // One row by primary key per imported file: quick enough for the GUI thread.
    const domain::Result<domain::MediaAsset> asset = m_library.get(assetId);
    return asset ? asset->originalPath() : QString();
}

void DropProcessing::onImportFinished(const application::ImportReport& report)
{
    for (auto batch = m_pending.begin(); batch != m_pending.end();) {
        QStringList assets;
        bool seen = false;
        for (const application::ImportedItem& item : report.imported) {
            if (covers(*batch, originalPathOf(item.id))) {
                assets << item.id;
                seen = true;
            }
        }
        for (const application::SkippedItem& item : report.skipped) {
            if (covers(*batch, item.path)) {
                seen = true;
                if (!item.existingId.isEmpty() && !assets.contains(item.existingId))
                    assets << item.existingId;
            }
        }
        for (const application::FailedItem& item : report.failed)
            seen = seen || covers(*batch, item.path);
        if (!seen) {
            ++batch;
            continue;
        }
        if (!assets.isEmpty())
            emit submitted(m_submitter.submit(assets, batch->choice), batch->choice.preset);
        batch = m_pending.erase(batch);
    }
    // A drop whose import was cancelled before any file was reached leaves no trace in a report.
    if (!m_importer.isBusy())
        m_pending.clear();
}

}  // namespace reelforge::ui
