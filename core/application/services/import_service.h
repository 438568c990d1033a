#pragma once

#include "application/cancellation_token.h"
#include "application/dtos/import_dtos.h"
#include "application/interfaces/i_asset_repository.h"
#include "application/interfaces/i_clock.h"
#include "application/interfaces/i_media_probe.h"
#include "application/interfaces/i_media_storage.h"
#include "application/interfaces/i_notifier.h"
#include "application/interfaces/i_process_registry.h"
#include "application/interfaces/i_thumbnail_grabber.h"
#include "application/progress.h"

#include <QObject>
#include <QThreadPool>

#include <memory>
#include <mutex>
#include <vector>

namespace reelforge::application {

struct ImportPorts {
    IAssetRepository& assets;
    IMediaProbe& probe;
    IMediaStorage& storage;
    IThumbnailGrabber& thumbnails;
    INotifier& notifier;
    IClock& clock;
    IProcessRegistry& processes;  // names this process's temporary files
};

// Import -> validation -> storage -> record -> notify, file by file. A failed file leaves the
// database and the library folder as they were; the others go on. Several processes may import
// into one library at once: the copy is made under a temporary name of this process's and moved
// into place in the transaction that records it, so the same content imported twice at once
// ends as one asset and one file, and the other import reports it as a duplicate.
//
// run() does the work on the calling thread (CLI, tests). start() runs it on the service's
// own thread pool and reports through queued signals, for the GUI; requests started while
// one runs wait their turn. The service object lives on the thread that created it.
class ImportService : public QObject {
    Q_OBJECT
public:
    explicit ImportService(ImportPorts ports, QObject* parent = nullptr);
    ~ImportService() override;

    ImportReport run(
        const ImportRequest& request, CancellationToken& cancel, ProgressSink* progress = nullptr);

    void start(const ImportRequest& request);
    void cancelAll();
    bool isBusy() const;
    void waitForIdle();

signals:
    void progressed(const reelforge::application::Progress& progress);
    void finished(const reelforge::application::ImportReport& report);

private:
    struct Candidate {
        QString path;
        QString origin;  // the path the creator gave (the folder, for walked files)
    };

    std::vector<Candidate> expand(const QStringList& paths, ImportReport& report) const;
    void importOne(const Candidate& file, domain::ImportMode mode, CancellationToken& cancel,
        const IMediaStorage::ByteProgress& bytes, ImportReport& report);
    domain::Result<domain::MediaAsset> importFile(const QString& path, domain::ImportMode mode,
        CancellationToken& cancel, const IMediaStorage::ByteProgress& bytes, ImportReport& report);
    void notifyDone(const ImportReport& report);

    ImportPorts m_ports;
    QThreadPool m_pool;
    mutable std::mutex m_mutex;
    std::vector<std::shared_ptr<CancellationToken>> m_active;
};

}  // namespace reelforge::application
