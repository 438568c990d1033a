#include "ui/analysis/analysis_loader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace reelforge::ui {

AnalysisLoader::AnalysisLoader(application::AnalysisService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Lookup>::finished, this, &AnalysisLoader::onLookedUp);
    connect(&m_service, &application::AnalysisService::progressed, this, &AnalysisLoader::onProgressed);
    connect(&m_service, &application::AnalysisService::finished, this, &AnalysisLoader::onFinished);
    connect(&m_service, &application::AnalysisService::failed, this, &AnalysisLoader::onFailed);
}

AnalysisLoader::~AnalysisLoader()
{
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void AnalysisLoader::open(const domain::MediaAsset& asset)
{
    m_asset = asset;
    m_analysis = {};
    m_fromCache = false;
    m_error = {};
    emit analysisChanged();
    if (!m_ticket.isEmpty() && m_ticketAsset == asset.id()) {
        setState(State::Analysing);  // still running from an earlier visit
        return;
    }
    lookUp();
}

void AnalysisLoader::clear()
{
    m_asset.reset();
    m_analysis = {};
    m_fromCache = false;
    emit analysisChanged();
    setState(State::Empty);
}

void AnalysisLoader::lookUp()
{
    setState(State::Loading);
    application::AnalysisService& service = m_service;
    const QString id = m_asset->id();
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [&service, id] {
        return Lookup { id, service.stored(id) };
    }));
}

void AnalysisLoader::onLookedUp()
{
    Lookup lookup = m_watcher.result();
    if (!isOpen(lookup.assetId) || m_state != State::Loading)
        return;  // another asset was opened, or an analysis started, meanwhile
    if (!lookup.stored) {
        m_error = lookup.stored.error();
        setState(State::Failed);
        return;
    }
    if (!lookup.stored->has_value()) {
        setState(State::NotAnalysed);
        return;
    }
    m_analysis = std::move(**lookup.stored);
    m_fromCache = true;
    emit analysisChanged();
    setState(State::Ready);
}

void AnalysisLoader::analyze()
{
    if (!m_asset || !m_ticket.isEmpty())
        return;
    application::AnalysisRequest request;
    request.assetId = m_asset->id();
    m_progress = 0.0;
    m_cancelling = false;
    m_error = {};
    m_ticketAsset = m_asset->id();
    m_ticket = m_service.start(request);
    setState(State::Analysing);
    emit progressed(0.0);
}

void AnalysisLoader::cancel()
{
    if (m_ticket.isEmpty() || m_cancelling)
        return;
    m_cancelling = true;
    m_service.cancel(m_ticket);
    emit stateChanged(m_state);  // the status line says "Cancelling…"
}

bool AnalysisLoader::isIncomplete() const
{
    if (!m_asset)
        return false;
    const domain::MediaInfo& info = m_asset->info();
    const domain::Analysis& a = m_analysis;
    const bool videoMissing = info.hasVideo() && (!a.scenes || !a.faces || !a.thumbnails);
    const bool audioMissing = info.hasAudio() && (!a.loudness || !a.waveform || !a.silences || !a.transcript);
    return videoMissing || audioMissing;
}

void AnalysisLoader::onProgressed(const QString& ticket, const application::Progress& progress)
{
    if (ticket != m_ticket)
        return;
    m_progress = progress.fraction;
    if (isOpen(m_ticketAsset))
        emit progressed(m_progress);
}

void AnalysisLoader::onFinished(const QString& ticket, const application::AnalysisOutcome& outcome)
{
    if (ticket != m_ticket)
        return;
    m_ticket.clear();
    m_cancelling = false;
    if (!isOpen(m_ticketAsset))
        return;
    m_analysis = outcome.analysis;
    m_fromCache = outcome.computed.isEmpty();
    emit analysisChanged();
    setState(State::Ready);
}

void AnalysisLoader::onFailed(const QString& ticket, const domain::Error& error)
{
    if (ticket != m_ticket)
        return;
    m_ticket.clear();
    m_cancelling = false;
    if (!isOpen(m_ticketAsset))
        return;
    if (error.code == domain::ErrorCode::Cancelled) {
        lookUp();  // back to what the cache holds (a cancelled pass stores nothing)
        return;
    }
    m_error = error;
    setState(State::Failed);
}

void AnalysisLoader::setState(State state)
{
    m_state = state;
    emit stateChanged(state);
}

}  // namespace reelforge::ui
