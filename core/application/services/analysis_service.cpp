#include "application/services/analysis_service.h"

#include "application/services/analysis_dispatcher.h"
#include "application/services/media_files.h"

#include <QFileInfo>
#include <QUuid>

#include <algorithm>

namespace reelforge::application {

using domain::ErrorCode;

namespace {

AnalysisKey keyOf(const QString& hash, const IAnalyzer& analyzer)
{
    return { hash, analyzer.name(), analyzer.version(), analyzer.settingsKey() };
}

// A cached part of another analyzer must not smuggle sections in: keep only its own.
domain::Analysis onlyIssuesAndDuration(
    const DecodeSummary& summary, const std::vector<domain::AnalysisIssue>& extra)
{
    domain::Analysis part;
    part.duration = summary.duration;
    part.issues = summary.issues;
    for (const auto& issue : extra)
        part.issues.push_back(issue);
    return part;
}

}  // namespace

AnalysisService::AnalysisService(AnalysisPorts ports, QObject* parent)
    : QObject(parent)
    , m_ports(ports)
{
    qRegisterMetaType<reelforge::application::Progress>();
    qRegisterMetaType<reelforge::application::AnalysisOutcome>();
    // One file at a time: a decode pass already keeps both cores busy.
    m_pool.setMaxThreadCount(1);
}

AnalysisService::~AnalysisService()
{
    cancelAll();
    m_pool.waitForDone();
}

domain::Result<AnalysisService::Target> AnalysisService::resolve(
    const AnalysisRequest& request, CancellationToken& cancel)
{
    Target t;
    if (!request.assetId.isEmpty()) {
        auto asset = m_ports.assets.findById(request.assetId);
        if (!asset)
            return tl::unexpected(asset.error());
        if (!asset->has_value())
            return domain::fail(
                ErrorCode::NotFound, QStringLiteral("no asset with this id"), request.assetId);
        t.assetId = (*asset)->id();
        t.path = (*asset)->storedPath();
        t.hash = (*asset)->contentHash();
        return t;
    }
    if (request.path.isEmpty())
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("nothing to analyse: give an asset or a file"));
    // Before hashing: a pipe or a device would be read forever.
    if (domain::Status s = checkRegularFile(request.path); !s)
        return tl::unexpected(s.error());
    t.path = QFileInfo(request.path).absoluteFilePath();
    auto hash = m_ports.storage.contentHash(t.path, cancel);
    if (!hash)
        return tl::unexpected(hash.error());
    t.hash = *hash;
    // A file that is also in the library shares its results with the asset.
    if (auto asset = m_ports.assets.findByHash(t.hash); asset && asset->has_value())
        t.assetId = (*asset)->id();
    return t;
}

domain::Result<AnalysisOutcome> AnalysisService::run(
    const AnalysisRequest& request, CancellationToken& cancel, ProgressSink* progress)
{
    auto target = resolve(request, cancel);
    if (!target)
        return tl::unexpected(target.error());
    auto analyzers = m_ports.analyzers.create(request.settings);
    if (!analyzers)
        return tl::unexpected(analyzers.error());

    AnalysisOutcome outcome { target->assetId, target->path, target->hash, {}, {}, {}, {} };
    std::vector<IAnalyzer*> pending;
    for (const auto& analyzer : *analyzers) {
        if (request.useCache) {
            auto cached = m_ports.results.find(keyOf(target->hash, *analyzer));
            if (!cached)
                return tl::unexpected(cached.error());
            if (cached->has_value()) {
                outcome.analysis.merge(**cached);
                outcome.fromCache << analyzer->name();
                continue;
            }
        }
        pending.push_back(analyzer.get());
    }

    const QString fileName = QFileInfo(target->path).fileName();
    if (!pending.empty()) {
        DecodeRequest decode;
        decode.path = target->path;
        decode.video
            = std::any_of(pending.begin(), pending.end(), [](IAnalyzer* a) { return a->needsVideo(); });
        decode.audio
            = std::any_of(pending.begin(), pending.end(), [](IAnalyzer* a) { return a->needsAudio(); });
        AnalysisDispatcher dispatcher(pending);
        const auto onFraction = [&](double fraction) {
            if (progress)
                progress->report({ fraction, -1.0, 0.0, 0, 1, fileName });
        };
        auto summary = m_ports.decoder.run(decode, dispatcher, cancel, onFraction);
        if (!summary)
            return tl::unexpected(summary.error());
        if (cancel.isCancelled())
            return domain::fail(ErrorCode::Cancelled, QStringLiteral("analysis cancelled"), target->path);

        outcome.skipped = dispatcher.skipped();
        for (IAnalyzer* analyzer : dispatcher.active()) {
            // A stream it was fed from broke part-way: what it saw is not the whole file.
            if (const StreamFailure* broken = failureFor(*analyzer, summary->failures)) {
                outcome.skipped << analyzer->name();
                outcome.analysis.issues.push_back(analyzerFailed(*analyzer, *broken));
                continue;
            }
            domain::Analysis part = onlyIssuesAndDuration(*summary, {});
            if (domain::Status s = analyzer->finish(part); !s) {
                outcome.skipped << analyzer->name();
                outcome.analysis.issues.push_back({ QStringLiteral("analyzer-failed"),
                    analyzer->name() + QStringLiteral(": ") + s.error().toString(), domain::Micros(-1) });
                continue;
            }
            if (cancel.isCancelled())
                return domain::fail(ErrorCode::Cancelled, QStringLiteral("analysis cancelled"), target->path);
            // The cache is an optimisation: a result that cannot be stored is still a result.
            if (domain::Status s = m_ports.results.store(keyOf(target->hash, *analyzer), part); !s)
                outcome.analysis.issues.push_back(
                    { QStringLiteral("cache-unavailable"), s.error().toString(), domain::Micros(-1) });
            outcome.analysis.merge(part);
            outcome.computed << analyzer->name();
        }
        outcome.analysis.merge(onlyIssuesAndDuration(*summary, dispatcher.issues()));
    }
    if (progress)
        progress->report({ 1.0, 0.0, 0.0, 1, 1, fileName }, true);
    return outcome;
}

QString AnalysisService::start(const AnalysisRequest& request)
{
    const QString ticket = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto token = std::make_shared<CancellationToken>();
    {
        std::lock_guard lock(m_mutex);
        m_active.emplace(ticket, token);
    }
    m_pool.start([this, request, token, ticket] {
        ProgressSink sink([this, ticket](const Progress& p) {
            QMetaObject::invokeMethod(
                this, [this, ticket, p] { emit progressed(ticket, p); }, Qt::QueuedConnection);
        });
        domain::Result<AnalysisOutcome> result = token->isCancelled()
            ? domain::Result<AnalysisOutcome>(
                domain::fail(ErrorCode::Cancelled, QStringLiteral("analysis cancelled")))
            : run(request, *token, &sink);
        {
            std::lock_guard lock(m_mutex);
            m_active.erase(ticket);
        }
        QMetaObject::invokeMethod(
            this,
            [this, ticket, result] {
                if (result)
                    emit finished(ticket, *result);
                else
                    emit failed(ticket, result.error());
            },
            Qt::QueuedConnection);
    });
    return ticket;
}

void AnalysisService::cancel(const QString& ticket)
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_active.find(ticket); it != m_active.end())
        it->second->cancel();
}

void AnalysisService::cancelAll()
{
    std::lock_guard lock(m_mutex);
    for (const auto& [ticket, token] : m_active)
        token->cancel();
}

bool AnalysisService::isBusy() const
{
    std::lock_guard lock(m_mutex);
    return !m_active.empty();
}

void AnalysisService::waitForIdle()
{
    m_pool.waitForDone();
}

domain::Result<std::optional<domain::Analysis>> AnalysisService::stored(const QString& assetId)
{
    auto asset = m_ports.assets.findById(assetId);
    if (!asset)
        return tl::unexpected(asset.error());
    if (!asset->has_value())
        return domain::fail(ErrorCode::NotFound, QStringLiteral("no asset with this id"), assetId);
    return m_ports.results.latest((*asset)->contentHash());
}

QStringList AnalysisService::analyzerNames() const
{
    return m_ports.analyzers.names();
}

}  // namespace reelforge::application
