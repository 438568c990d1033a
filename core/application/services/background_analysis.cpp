#include "application/services/background_analysis.h"

namespace reelforge::application {

BackgroundAnalysis::BackgroundAnalysis(
    ImportService& importer, ProcessingQueue& queue, const IPreferences& preferences, QObject* parent)
    : QObject(parent)
    , m_queue(queue)
    , m_preferences(preferences)
{
    connect(&importer, &ImportService::finished, this,
        [this](const ImportReport& report) { (void)queueFor(report); });
}

std::vector<domain::Job> BackgroundAnalysis::queueFor(const ImportReport& report)
{
    std::vector<domain::Job> queued;
    if (report.imported.empty() || !m_preferences.load().analyzeInBackground)
        return queued;
    for (const ImportedItem& item : report.imported) {
        JobRequest request;
        request.input = item.path;
        request.title = item.title;
        request.assetId = item.id;
        // Every analyzer with its default settings: what the studio's views show.
        request.recipe = domain::Recipe { QStringLiteral("analyze"),
            { domain::Step { QStringLiteral("analyze"), {} } } };
        request.priority = kPriority;
        auto job = m_queue.submit(request);
        if (!job) {
            emit queueFailed(item.id, job.error());
            continue;
        }
        queued.push_back(*job);
    }
    return queued;
}

}  // namespace reelforge::application
