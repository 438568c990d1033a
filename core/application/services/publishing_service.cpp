#include "application/services/publishing_service.h"

#include "application/services/publishing_worker.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QUuid>

#include <atomic>
#include <random>

Q_LOGGING_CATEGORY(lcPublishing, "reelforge.publishing", QtWarningMsg)

namespace reelforge::application {

using domain::ErrorCode;
using domain::Publication;
using domain::PublicationState;

namespace {

constexpr int kCancelPollMs = 500;

double uniformRandom()
{
    thread_local std::mt19937_64 engine { std::random_device {}() };
    return std::uniform_real_distribution<double>(0.0, 1.0)(engine);
}

bool isActive(PublicationState s)
{
    return s == PublicationState::Scheduled || s == PublicationState::Uploading
        || s == PublicationState::Processing;
}

}  // namespace

PublishingService::PublishingService(PublishingPorts ports, QObject* parent)
    : QObject(parent)
    , m_ports(ports)
    , m_engine(3)
{
    qRegisterMetaType<reelforge::domain::Publication>();
    qRegisterMetaType<reelforge::application::Progress>();
}

PublishingService::~PublishingService()
{
    // Quitting mid-upload: stop the workers. The publications stay Uploading with their saved
    // sessions and continue at the next start, exactly as after a crash.
    m_stopping = true;
    m_engine.stopAll(StopReason::Quit);
    m_engine.waitForDone();
}

domain::Result<Publication> PublishingService::load(const QString& id) const
{
    auto found = m_ports.publications.find(id);
    if (!found)
        return tl::unexpected(found.error());
    if (!found->has_value())
        return domain::fail(ErrorCode::NotFound, QStringLiteral("no publication with this id"), id);
    return **found;
}

domain::Status PublishingService::save(Publication& p, PublicationState state, const QString& error)
{
    p.state = state;
    p.error = error;
    p.updatedAt = m_ports.clock.now();
    if (domain::Status s = m_ports.publications.update(p); !s)
        return s;
    emit publicationChanged(p);
    return domain::ok();
}

bool PublishingService::isWaitingToRetry(const Publication& p)
{
    return p.state == PublicationState::Scheduled && !p.error.isEmpty();
}

domain::Result<Publication> PublishingService::continueExisting(Publication p)
{
    if (p.state == PublicationState::Failed || isWaitingToRetry(p)) {
        // Asked again: run now rather than at the automatic retry's time.
        if (isWaitingToRetry(p))
            p.publishAt.reset();
        p.attempts = 0;
        if (domain::Status s = save(p, PublicationState::Scheduled); !s)
            return tl::unexpected(s.error());
    }
    qCInfo(lcPublishing) << "continuing publication" << p.id << "instead of starting a second upload";
    return p;
}

domain::Result<Publication> PublishingService::publish(const PublishOrder& order)
{
    const QFileInfo file(order.filePath);
    if (!file.isFile())
        return domain::fail(ErrorCode::FileMissing, QStringLiteral("no such file"), order.filePath);
    auto account = m_ports.accounts.find(order.accountId);
    if (!account)
        return tl::unexpected(account.error());
    if (!account->has_value())
        return domain::fail(ErrorCode::NotFound, QStringLiteral("no account with this id"), order.accountId);
    const PublisherLimits limits = m_ports.publishers.limits((*account)->platform);
    if (limits.maxFileBytes > 0 && file.size() > limits.maxFileBytes)
        return domain::fail(ErrorCode::UploadRejected,
            QStringLiteral("the file is larger than the platform accepts"),
            QStringLiteral("%1 bytes > %2 bytes").arg(file.size()).arg(limits.maxFileBytes));
    if (file.size() == 0)
        return domain::fail(ErrorCode::EmptyFile, QStringLiteral("the file is empty"), order.filePath);

    const QString path = file.canonicalFilePath();
    auto same = m_ports.publications.findSame(path, order.accountId, order.destination);
    if (!same)
        return tl::unexpected(same.error());
    for (const Publication& existing : *same) {
        if (existing.bytesTotal != file.size())
            continue;  // another version of the file
        if (existing.state == PublicationState::Published && !order.force)
            return domain::fail(ErrorCode::Duplicate, QStringLiteral("this file is already published there"),
                existing.remoteUrl.isEmpty() ? existing.id : existing.remoteUrl);
        if ((isActive(existing.state) || existing.state == PublicationState::Failed) && !order.force)
            return continueExisting(existing);
    }

    Publication p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.artifactPath = path;
    p.artifactId = order.artifactId;
    p.accountId = order.accountId;
    p.destination = order.destination;
    p.title = order.title.trimmed().isEmpty() ? file.completeBaseName() : order.title;
    p.description = order.description;
    p.tags = order.tags;
    p.privacy = order.privacy;
    p.publishAt = order.publishAt;
    p.options = order.options;
    if (limits.schedulesNatively && order.publishAt) {
        p.options.insert(QStringLiteral("publishAt"), order.publishAt->toUTC().toString(Qt::ISODate));
        p.publishAt.reset();
    }
    p.bytesTotal = file.size();
    p.createdAt = m_ports.clock.now();
    p.updatedAt = p.createdAt;
    if (domain::Status s = p.validate(); !s)
        return tl::unexpected(s.error());
    if (domain::Status s = m_ports.publications.add(p); !s)
        return tl::unexpected(s.error());
    emit publicationChanged(p);
    return p;
}

domain::Status PublishingService::cancel(const QString& id)
{
    auto p = load(id);
    if (!p)
        return tl::unexpected(p.error());
    if (m_engine.isRunning(id)) {
        m_engine.stop(id, StopReason::Cancelled);  // the worker aborts remotely; finished() records Cancelled
        return domain::ok();
    }
    if (!isActive(p->state) && p->state != PublicationState::Failed)
        return domain::fail(ErrorCode::IllegalTransition,
            QStringLiteral("only an unfinished publication can be cancelled"), id);
    // Uploading in another process: that process sees the state change, stops and aborts.
    // Otherwise nobody holds the lock and the saved session is dropped on the server here.
    if (auto lock = m_ports.locks.tryAcquire(id)) {
        auto account = m_ports.accounts.find(p->accountId);
        if (account && account->has_value())
            discardRemotely(*p, **account, std::move(lock));
    }
    return save(*p, PublicationState::Cancelled);
}

void PublishingService::discardRemotely(
    const Publication& p, const domain::Account& account, std::unique_ptr<IPublicationLocks::Handle> lock)
{
    auto session = m_ports.publications.session(p.id);
    if (!session || !session->has_value())
        return;
    std::shared_ptr<IPublicationLocks::Handle> held(std::move(lock));
    PublishRequest request { p, account, p.artifactPath, p.bytesTotal };
    // Run by the engine like an upload (it talks to the server), under an id of its own.
    m_engine.launch(QStringLiteral("discard:") + p.id, QStringLiteral("discard"),
        [this, request, held, policy = m_policy](RunningItem&) mutable -> std::function<void()> {
            PublishingWorker worker(m_ports.publications, m_ports.publishers, policy, uniformRandom);
            worker.discard(request, [&request](const QString& line) {
                qCInfo(lcPublishing).noquote() << request.publication.id << line;
            });
            held.reset();  // a retry asked for meanwhile may start now
            return [this] {
                if (m_started && !m_stopping)
                    schedule();
            };
        });
}

domain::Status PublishingService::retry(const QString& id)
{
    auto p = load(id);
    if (!p)
        return tl::unexpected(p.error());
    if (p->state != PublicationState::Failed && p->state != PublicationState::Cancelled
        && !isWaitingToRetry(*p))
        return domain::fail(ErrorCode::IllegalTransition,
            QStringLiteral("only a failed or cancelled publication can be retried"), id);
    if (isWaitingToRetry(*p))
        p->publishAt.reset();  // now, not at the automatic retry's time
    p->attempts = 0;
    if (domain::Status s = save(*p, PublicationState::Scheduled); !s)
        return s;
    if (m_started)
        schedule();
    return domain::ok();
}

domain::Result<std::vector<Publication>> PublishingService::publications() const
{
    return m_ports.publications.list();
}

domain::Result<Publication> PublishingService::publication(const QString& id) const
{
    return load(id);
}

void PublishingService::start(const QSet<QString>& only)
{
    m_only = only;
    m_started = true;
    m_engine.startPolling(
        kCancelPollMs, [this](const QString& id, RunningItem& item) { pollCancel(id, item); });
    schedule();
}

void PublishingService::runDue()
{
    if (m_started)
        schedule();
}

std::optional<QDateTime> PublishingService::nextScheduled() const
{
    auto all = m_ports.publications.list();
    if (!all)
        return std::nullopt;
    std::optional<QDateTime> next;
    const QDateTime now = m_ports.clock.now();
    for (const Publication& p : *all) {
        if (p.state == PublicationState::Scheduled && p.publishAt && *p.publishAt > now
            && (!next || *p.publishAt < *next))
            next = p.publishAt;
    }
    return next;
}

bool PublishingService::wanted(const Publication& p, const QDateTime& now) const
{
    if (!m_only.isEmpty() && !m_only.contains(p.id))
        return false;
    // Uploading but not here: an upload interrupted by a crash, a kill or a quit.
    return p.isDue(now) || p.state == PublicationState::Uploading;
}

bool PublishingService::accountHasRoom(const QString& accountId, domain::Platform platform) const
{
    const int limit = qMax(1, m_ports.publishers.limits(platform).maxConcurrent);
    return m_engine.runningIn(accountId) < limit;
}

bool PublishingService::isIdle() const
{
    if (!m_engine.isEmpty())
        return false;
    auto all = m_ports.publications.list();
    if (!all)
        return true;
    const QDateTime now = m_ports.clock.now();
    return std::none_of(all->begin(), all->end(),
        [&](const Publication& p) { return wanted(p, now) && p.state != PublicationState::Uploading; });
}

void PublishingService::waitForDone()
{
    m_engine.waitForDone();
}

void PublishingService::setConcurrency(int uploads)
{
    m_engine.setConcurrency(qBound(1, uploads, 8));
    if (m_started)
        schedule();
}

void PublishingService::setBandwidthLimit(qint64 bytesPerSecond)
{
    m_limiter.setRate(bytesPerSecond);
}

void PublishingService::schedule()
{
    if (m_stopping)
        return;
    auto all = m_ports.publications.list();
    if (all) {
        const QDateTime now = m_ports.clock.now();
        for (Publication& p : *all) {
            if (!m_engine.hasRoom())
                break;
            if (m_engine.isRunning(p.id) || !wanted(p, now))
                continue;
            auto account = m_ports.accounts.find(p.accountId);
            if (!account || !account->has_value()) {
                if (domain::Status s = save(p, PublicationState::Failed,
                        QStringLiteral("the account of this publication was removed"));
                    !s)
                    qCWarning(lcPublishing) << "cannot record a failed publication:" << s.error().toString();
                continue;
            }
            if (accountHasRoom(p.accountId, (*account)->platform))
                launch(p, **account);
        }
    }
    if (isIdle())
        emit idle();
}

void PublishingService::launch(Publication p, const domain::Account& account)
{
    // The lease: a lock that dies with its process. Another process uploading it keeps it.
    std::shared_ptr<IPublicationLocks::Handle> lock = m_ports.locks.tryAcquire(p.id);
    if (!lock)
        return;
    ++p.attempts;
    if (!save(p, PublicationState::Uploading))
        return;
    PublishRequest request { p, account, p.artifactPath, p.bytesTotal };
    m_engine.launch(p.id, account.id,
        [this, request, lock, policy = m_policy](RunningItem& item) mutable -> std::function<void()> {
            ProgressSink sink([this, id = request.publication.id](const Progress& progress) {
                QMetaObject::invokeMethod(
                    this, [this, id, progress] { emit publicationProgress(id, progress); },
                    Qt::QueuedConnection);
            });
            PublishingWorker worker(m_ports.publications, m_ports.publishers, policy, uniformRandom);
            const QString id = request.publication.id;
            const auto log = [&id](const QString& line) { qCInfo(lcPublishing).noquote() << id << line; };
            auto result = worker.run(request, item.token(), sink, &m_limiter, log);
            if (!result && result.error().code == ErrorCode::Cancelled
                && item.reason() == StopReason::Cancelled)
                worker.discard(request, log);
            return [this, id, result, lock]() mutable {
                lock.reset();  // released before the outcome is recorded: a retry may take it
                finished(id, result);
            };
        });
}

void PublishingService::finished(const QString& id, const domain::Result<PublishedRef>& result)
{
    auto p = load(id);
    domain::Status recorded = domain::ok();
    if (p) {
        if (result) {
            p->remoteUrl = result->url;
            p->bytesSent = p->bytesTotal;
            if (result->privateOnly)
                p->privacy = domain::Privacy::Private;
            p->state = PublicationState::Published;
            p->error.clear();
            p->updatedAt = m_ports.clock.now();
            recorded = m_ports.publications.markPublished(*p);
            if (recorded) {
                emit publicationChanged(*p);
                notify(*p, QStringLiteral("publication.published"), domain::NotificationLevel::Success,
                    p->remoteUrl);
            }
        } else if (result.error().code == ErrorCode::Cancelled) {
            // Stopped by a quit, it stays Uploading and continues at the next start.
            if (p->state == PublicationState::Cancelled || !m_stopping)
                recorded = save(*p, PublicationState::Cancelled);
        } else if (const auto wait
            = RetryPolicy::isTransient(result.error()) ? m_policy.retryLater(p->attempts) : std::nullopt) {
            // The network or the server is down for longer than the quick retries cover: wait
            // (persisted: the Scheduler fires it, also after a restart) and run again.
            const QString reason = result.error().toString();
            p->publishAt = m_ports.clock.now().addMSecs(wait->count());
            recorded = save(*p, PublicationState::Scheduled, reason);
            notify(*p, QStringLiteral("publication.retrying"), domain::NotificationLevel::Warning, reason);
        } else {
            const QString reason = result.error().toString();
            recorded = save(*p, PublicationState::Failed, reason);
            notify(*p, QStringLiteral("publication.failed"), domain::NotificationLevel::Error, reason);
        }
    }
    if (!recorded)
        qCWarning(lcPublishing) << "cannot record the outcome of" << id << recorded.error().toString();
    schedule();
}

void PublishingService::pollCancel(const QString& id, RunningItem& item)
{
    // Cancelled from another process (the CLI, the studio): stop and drop the upload remotely.
    auto p = m_ports.publications.find(id);
    if (p && p->has_value() && (*p)->state == PublicationState::Cancelled)
        item.stop(StopReason::Cancelled);
}

void PublishingService::notify(
    const Publication& p, const QString& kind, domain::NotificationLevel level, const QString& text)
{
    m_ports.notifier.notify(domain::makeNotification(
        kind, level, p.id, text.isEmpty() ? p.title : text, p.remoteUrl, m_ports.clock.now()));
}

}  // namespace reelforge::application
