#pragma once

#include "application/services/analysis_service.h"
#include "domain/models/media_asset.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <optional>

namespace reelforge::ui {

// What the studio knows about the open asset's content. open() looks the asset up in the
// analysis cache on a worker thread (a stored result shows at once, nothing is decoded);
// analyze() hands the asset to the AnalysisService, which decodes it once for whatever the
// cache lacks, and cancel() stops that. An analysis keeps running when another asset is
// opened (its result is cached for later); only results for the open asset are shown.
// GUI thread; the service must outlive this object.
class AnalysisLoader : public QObject {
    Q_OBJECT
public:
    enum class State {
        Empty,  // nothing open
        Loading,  // looking in the cache
        NotAnalysed,  // nothing cached yet
        Analysing,
        Ready,  // analysis() holds what is known
        Failed,  // the cache could not be read or the analysis failed (see lastError())
    };
    Q_ENUM(State)

    explicit AnalysisLoader(application::AnalysisService& service, QObject* parent = nullptr);
    ~AnalysisLoader() override;

    void open(const domain::MediaAsset& asset);
    void clear();
    void analyze();
    void cancel();

    State state() const { return m_state; }
    const domain::Analysis& analysis() const { return m_analysis; }
    // True when the shown result needed no decoding: read from the cache by open(), or an
    // analyze() whose every analyzer was served from the cache.
    bool servedFromCache() const { return m_fromCache; }
    // Sections a full analysis of this kind of media would add to what is shown.
    bool isIncomplete() const;
    double progress() const { return m_progress; }
    bool isCancelling() const { return m_cancelling; }
    const domain::Error& lastError() const { return m_error; }
    const std::optional<domain::MediaAsset>& asset() const { return m_asset; }

signals:
    void stateChanged(reelforge::ui::AnalysisLoader::State state);
    void analysisChanged();  // analysis() changed for the open asset
    void progressed(double fraction);

private:
    struct Lookup {
        QString assetId;
        domain::Result<std::optional<domain::Analysis>> stored;
    };

    void setState(State state);
    void lookUp();
    void onLookedUp();
    void onProgressed(const QString& ticket, const application::Progress& progress);
    void onFinished(const QString& ticket, const application::AnalysisOutcome& outcome);
    void onFailed(const QString& ticket, const domain::Error& error);
    bool isOpen(const QString& assetId) const { return m_asset && m_asset->id() == assetId; }

    application::AnalysisService& m_service;
    QThreadPool m_pool;  // one thread: one database connection for cache look-ups
    QFutureWatcher<Lookup> m_watcher;
    std::optional<domain::MediaAsset> m_asset;
    State m_state = State::Empty;
    domain::Analysis m_analysis;
    bool m_fromCache = false;
    double m_progress = 0.0;
    bool m_cancelling = false;
    domain::Error m_error;
    QString m_ticket;  // the running analysis, if any
    QString m_ticketAsset;
};

}  // namespace reelforge::ui
