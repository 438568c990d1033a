#include "application/services/scheduler.h"

namespace reelforge::application {

using domain::Publication;
using domain::PublicationState;

Scheduler::Scheduler(IClock& clock, IPublicationRepository& publications, INotifier& notifier,
    PublishingService& publishing, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_publications(publications)
    , m_notifier(notifier)
    , m_publishing(publishing)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

QStringList Scheduler::due() const
{
    QStringList ids;
    auto all = m_publications.list();
    if (!all)
        return ids;
    const QDateTime now = m_clock.now();
    for (const Publication& p : *all) {
        if (p.publishAt && p.isDue(now))
            ids << p.id;
    }
    return ids;
}

void Scheduler::start()
{
    m_running = true;
    QStringList missedIds;
    for (const QString& id : due()) {
        auto p = m_publications.find(id);
        if (!p || !p->has_value() || PublishingService::isWaitingToRetry(**p))
            continue;  // an automatic retry is not a missed appointment
        m_notifier.notify(domain::makeNotification(QStringLiteral("publication.missed"),
            domain::NotificationLevel::Warning, id, (*p)->title, {}, m_clock.now()));
        missedIds << id;
    }
    if (!missedIds.isEmpty())
        emit missed(missedIds);
    tick();
}

void Scheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_nextWake = {};
}

void Scheduler::tick()
{
    if (!m_running)
        return;
    const QStringList ids = due();
    if (!ids.isEmpty()) {
        m_publishing.runDue();
        emit fired(ids);
    }
    arm();
}

void Scheduler::arm()
{
    const QDateTime now = m_clock.now();
    const std::optional<QDateTime> next = m_publishing.nextScheduled();
    qint64 ms = kMaxSleepMs;
    if (next)
        ms = qBound<qint64>(0, now.msecsTo(*next), qint64 { kMaxSleepMs });
    m_nextWake = next ? *next : QDateTime();
    m_timer.start(static_cast<int>(ms));
}

}  // namespace reelforge::application
