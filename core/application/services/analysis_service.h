#pragma once

#include "application/cancellation_token.h"
#include "application/interfaces/i_analysis_repository.h"
#include "application/interfaces/i_asset_repository.h"
#include "application/interfaces/i_decode_pass.h"
#include "application/interfaces/i_media_storage.h"
#include "application/progress.h"
#include "application/services/analysis_registry.h"
#include "application/services/analysis_request.h"

#include <QObject>
#include <QThreadPool>

#include <map>
#include <memory>
#include <mutex>

namespace reelforge::application {

struct AnalysisPorts {
    IAnalysisRepository& results;
    IAssetRepository& assets;
    IMediaStorage& storage;  // content hashes of files outside the library
    IDecodePass& decoder;
    const AnalysisRegistry& analyzers;
};

// Analyses media in one pass: the file is decoded once and every requested analyzer that has
// no stored result for (content hash, name, version, settings) is fed from that pass; the
// others come from the cache. Results are stored per analyzer as soon as the pass ends.
//
// run() works on the calling thread (CLI, tests). start() queues a request on the service's
// own pool (one file at a time) and reports through queued signals on the owner's thread,
// for the GUI. Errors: those of the decode pass and the repositories, NotFound for an unknown
// asset, InvalidArgument for an unknown analyzer, Cancelled.
class AnalysisService : public QObject {
    Q_OBJECT
public:
    explicit AnalysisService(AnalysisPorts ports, QObject* parent = nullptr);
    ~AnalysisService() override;

    domain::Result<AnalysisOutcome> run(
        const AnalysisRequest& request, CancellationToken& cancel, ProgressSink* progress = nullptr);

    // Returns a ticket that names this request in the signals and in cancel().
    QString start(const AnalysisRequest& request);
    void cancel(const QString& ticket);
    void cancelAll();
    bool isBusy() const;
    void waitForIdle();

    // What the cache holds for an asset, without analysing (for the timeline strip, loudness
    // figures and transcript views). nullopt when the asset was never analysed.
    domain::Result<std::optional<domain::Analysis>> stored(const QString& assetId);
    QStringList analyzerNames() const;

signals:
    void progressed(const QString& ticket, const reelforge::application::Progress& progress);
    void finished(const QString& ticket, const reelforge::application::AnalysisOutcome& outcome);
    void failed(const QString& ticket, const reelforge::domain::Error& error);

private:
    struct Target {
        QString assetId;
        QString path;
        QString hash;
    };
    domain::Result<Target> resolve(const AnalysisRequest& request, CancellationToken& cancel);

    AnalysisPorts m_ports;
    QThreadPool m_pool;
    mutable std::mutex m_mutex;
    std::map<QString, std::shared_ptr<CancellationToken>> m_active;
};

}  // namespace reelforge::application
