#include "ui/process/job_submitter.h"

#include "ui/common/error_text.h"

#include <QDir>
#include <QJsonObject>

namespace reelforge::ui {

namespace {

QString reason(const domain::Error& error)
{
    // Submit refuses what cannot work before anything is queued: an unknown preset, a step
    // the installed engine cannot run, or parameters that do not fit this file.
    if (error.code == domain::ErrorCode::InvalidArgument)
        return JobSubmitter::tr("ReelForge cannot make this from it (%1).").arg(error.toString());
    return errorText(error.code);
}

}  // namespace

JobSubmitter::JobSubmitter(application::ProcessingQueue& queue, application::LibraryService& library)
    : m_queue(queue)
    , m_library(library)
{
}

application::JobRequest JobSubmitter::requestFor(const domain::MediaAsset& asset, const ProcessChoice& choice)
{
    application::JobRequest request;
    request.input = asset.storedPath();
    request.title = asset.title();
    request.assetId = asset.id();
    request.recipe.name = choice.preset;
    request.recipe.steps.push_back(domain::Step {
        QStringLiteral("transcode"), QJsonObject { { QStringLiteral("preset"), choice.preset } } });
    request.outputDir = choice.outputDir;
    return request;
}

JobSubmitter::Outcome JobSubmitter::submit(const QStringList& assetIds, const ProcessChoice& choice)
{
    Outcome outcome;
    if (!QDir().mkpath(choice.outputDir)) {
        outcome.failures
            << tr("The folder “%1” could not be created.").arg(QDir::toNativeSeparators(choice.outputDir));
        return outcome;
    }
    for (const QString& id : assetIds) {
        const domain::Result<domain::MediaAsset> asset = m_library.get(id);
        if (!asset) {
            outcome.failures << errorText(asset.error().code);
            continue;
        }
        const domain::Result<domain::Job> job = m_queue.submit(requestFor(*asset, choice));
        if (job)
            outcome.jobIds << job->id();
        else
            outcome.failures << tr("“%1” could not be queued: %2").arg(asset->title(), reason(job.error()));
    }
    return outcome;
}

QString JobSubmitter::summary(const Outcome& outcome, const QString& preset)
{
    const int queued = static_cast<int>(outcome.jobIds.size());
    if (outcome.failures.isEmpty())
        return tr("%n video(s) added to the queue with “%1”.", nullptr, queued).arg(preset);
    if (queued == 0)
        return outcome.failures.join(QLatin1Char(' '));
    return tr("%n video(s) added to the queue with “%1”. ", nullptr, queued).arg(preset)
        + outcome.failures.join(QLatin1Char(' '));
}

}  // namespace reelforge::ui
