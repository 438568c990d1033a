#include "application/services/notification_service.h"

namespace reelforge::application {

NotificationService::NotificationService(QObject* parent, std::size_t keep)
    : QObject(parent)
    , m_keep(keep)
{
    qRegisterMetaType<reelforge::domain::Notification>();
}

void NotificationService::notify(const domain::Notification& notification)
{
    std::vector<INotifier*> outlets;
    {
        std::lock_guard lock(m_mutex);
        m_recent.push_front(notification);
        while (m_recent.size() > m_keep)
            m_recent.pop_back();
        outlets = m_outlets;
    }
    for (INotifier* outlet : outlets)
        outlet->notify(notification);
    QMetaObject::invokeMethod(
        this, [this, notification] { emit notified(notification); }, Qt::QueuedConnection);
}

void NotificationService::addOutlet(INotifier* outlet)
{
    std::lock_guard lock(m_mutex);
    m_outlets.push_back(outlet);
}

std::vector<domain::Notification> NotificationService::recent() const
{
    std::lock_guard lock(m_mutex);
    return { m_recent.begin(), m_recent.end() };
}

}  // namespace reelforge::application
