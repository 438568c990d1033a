#pragma once

#include "application/interfaces/i_account_repository.h"
#include "application/interfaces/i_clock.h"
#include "application/interfaces/i_notifier.h"
#include "application/interfaces/i_publication_locks.h"
#include "application/interfaces/i_publication_repository.h"
#include "application/interfaces/i_publisher_factory.h"
#include "application/services/import_service.h"  // declares Progress as a metatype
#include "application/services/publishing_bandwidth_limiter.h"
#include "application/services/publishing_retry_policy.h"
#include "application/services/work_engine.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace reelforge::application {

struct PublishingPorts {
    IPublicationRepository& publications;
    IAccountRepository& accounts;
    const IPublisherFactory& publishers;
    IPublicationLocks& locks;
    IClock& clock;
    INotifier& notifier;
};

// What the creator asked for: this file to this account, now or at a time.
struct PublishOrder {
    QString filePath;
    QString artifactId;
    QString accountId;
    QString destination;  // bucket/key, folder, ... ("" where the platform picks)
    QString title;
    QString description;
    QStringList tags;
    domain::Privacy privacy = domain::Privacy::Private;
    std::optional<QDateTime> publishAt;
    QJsonObject options;
    bool force = false;  // publish again even though this file already went there
};

// Publishes files to accounts, resumably. Every publication is in SQLite before anything is
// sent, and its upload session is saved as it advances, so after a crash, a kill or a quit the
// next start (or the same CLI command run again) continues from the offset the server reports.
// A file is never published twice to the same destination unless the order says force; an
// unfinished or failed publication of it is continued instead of starting a second upload.
// A process-wide lock per publication keeps two processes from uploading the same one.
//
// Lives on the thread that created it (GUI or CLI main thread); uploads run on its own pool
// (each worker thread with its own network stack), at most setConcurrency() at once and at
// most PublisherLimits::maxConcurrent per account. Signals arrive on the owner thread.
class PublishingService : public QObject {
    Q_OBJECT
public:
    explicit PublishingService(PublishingPorts ports, QObject* parent = nullptr);
    ~PublishingService() override;

    // Validates (file exists, account exists, file within the platform's limit) and stores the
    // publication; returns it (or the unfinished one it continues). Starts nothing by itself:
    // start() / runDue() do. Errors: FileMissing, NotFound, UploadRejected, Duplicate.
    domain::Result<domain::Publication> publish(const PublishOrder& order);
    // Stops the upload, drops it on the server where the protocol allows (see
    // IPublisher::abort) and forgets its session: a retry afterwards starts a new upload.
    domain::Status cancel(const QString& id);
    // A failed or cancelled one (continuing its session), or one waiting for its automatic
    // retry (run now).
    domain::Status retry(const QString& id);
    // Failed transiently and waiting for the automatic retry at publishAt (see RetryPolicy):
    // Scheduled, with the last error kept.
    static bool isWaitingToRetry(const domain::Publication& p);
    domain::Result<std::vector<domain::Publication>> publications() const;
    domain::Result<domain::Publication> publication(const QString& id) const;

    // Begins running due publications (all, or only those in `only`), and interrupted ones.
    void start(const QSet<QString>& only = {});
    void runDue();  // the scheduler's trigger: launches what is due now
    std::optional<QDateTime> nextScheduled() const;  // earliest future publishAt
    bool isIdle() const;
    bool isRunning(const QString& id) const { return m_engine.isRunning(id); }
    void waitForDone();

    void setConcurrency(int uploads);
    void setBandwidthLimit(qint64 bytesPerSecond);  // 0: unlimited
    void setRetryPolicy(const RetryPolicy& policy) { m_policy = policy; }

signals:
    void publicationChanged(const reelforge::domain::Publication& publication);
    void publicationProgress(const QString& id, const reelforge::application::Progress& progress);
    void idle();

private:
    domain::Result<domain::Publication> load(const QString& id) const;
    domain::Status save(domain::Publication& p, domain::PublicationState state, const QString& error = {});
    bool wanted(const domain::Publication& p, const QDateTime& now) const;
    bool accountHasRoom(const QString& accountId, domain::Platform platform) const;
    void schedule();
    void launch(domain::Publication p, const domain::Account& account);
    void finished(const QString& id, const domain::Result<PublishedRef>& result);
    void pollCancel(const QString& id, RunningItem& item);
    void notify(const domain::Publication& p, const QString& kind, domain::NotificationLevel level,
        const QString& text);
    domain::Result<domain::Publication> continueExisting(domain::Publication p);
    void discardRemotely(const domain::Publication& p, const domain::Account& account,
        std::unique_ptr<IPublicationLocks::Handle> lock);

    PublishingPorts m_ports;
    RetryPolicy m_policy;
    BandwidthLimiter m_limiter;
    WorkEngine m_engine;
    QSet<QString> m_only;
    bool m_started = false;
    bool m_stopping = false;
};

}  // namespace reelforge::application

Q_DECLARE_METATYPE(reelforge::domain::Publication)
