#include "application/services/work_engine.h"

namespace reelforge::application {

void RunningItem::stop(StopReason reason)
{
    StopReason expected = StopReason::None;
    m_reason.compare_exchange_strong(expected, reason);
    m_token.cancel();
}

WorkEngine::WorkEngine(int concurrency, QObject* parent)
    : QObject(parent)
    , m_concurrency(qMax(1, concurrency))
{
    m_pool.setMaxThreadCount(m_concurrency);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (!m_poll)
            return;
        // The poll may complete or launch items: walk a copy of the ids.
        for (const QString& id : runningIds()) {
            if (RunningItem* running = item(id))
                m_poll(id, *running);
        }
    });
}

WorkEngine::~WorkEngine()
{
    stopAll(StopReason::Quit);
    m_pool.waitForDone();
}

void WorkEngine::setConcurrency(int concurrency)
{
    m_concurrency = qBound(1, concurrency, 16);
    m_pool.setMaxThreadCount(m_concurrency);
}

int WorkEngine::runningIn(const QString& group) const
{
    return static_cast<int>(std::count_if(
        m_running.begin(), m_running.end(), [&](const auto& entry) { return entry.second->group == group; }));
}

QStringList WorkEngine::runningIds() const
{
    QStringList ids;
    for (const auto& [id, entry] : m_running)
        ids << id;
    return ids;
}

RunningItem* WorkEngine::item(const QString& id)
{
    const auto it = m_running.find(id);
    return it == m_running.end() ? nullptr : &it->second->item;
}

void WorkEngine::launch(const QString& id, const QString& group, Work work)
{
    auto entry = std::make_shared<Entry>();
    entry->group = group;
    m_running[id] = entry;
    m_pool.start([this, id, entry, work = std::move(work)] {
        std::function<void()> completion = work(entry->item);
        {
            std::lock_guard lock(entry->mutex);
            entry->completion = std::move(completion);
        }
        QMetaObject::invokeMethod(
            this, [this, id] { complete(id); }, Qt::QueuedConnection);
    });
}

void WorkEngine::complete(const QString& id)
{
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;  // already completed by waitForDone()
    std::function<void()> completion;
    {
        std::lock_guard lock(it->second->mutex);
        if (!it->second->completion)
            return;  // the work has not returned yet (a stale call)
        completion = std::move(it->second->completion);
    }
    // Keep the entry alive while the completion runs; it leaves the set first, so that the
    // completion (and what it triggers, such as scheduling the next item) sees the room.
    const std::shared_ptr<Entry> entry = it->second;
    m_running.erase(it);
    completion();
    emit completed(id);
}

void WorkEngine::stop(const QString& id, StopReason reason)
{
    if (RunningItem* running = item(id))
        running->stop(reason);
}

void WorkEngine::stopAll(StopReason reason)
{
    for (auto& [id, entry] : m_running)
        entry->item.stop(reason);
}

void WorkEngine::waitForDone()
{
    m_pool.waitForDone();
    for (const QString& id : runningIds())
        complete(id);
}

void WorkEngine::startPolling(int intervalMs, Poll poll)
{
    m_poll = std::move(poll);
    m_pollTimer.start(intervalMs);
}

}  // namespace reelforge::application
