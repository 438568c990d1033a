#pragma once

#include "application/interfaces/i_notifier.h"

#include <QObject>

#include <deque>
#include <mutex>
#include <vector>

namespace reelforge::application {

// The in-app notification centre: keeps the recent notifications and re-emits each one on
// the thread this object lives on (the GUI thread), whatever thread called notify(). Further
// sinks (desktop, webhooks) are added as INotifier outlets.
class NotificationService : public QObject, public INotifier {
    Q_OBJECT
public:
    explicit NotificationService(QObject* parent = nullptr, std::size_t keep = 200);

    void notify(const domain::Notification& notification) override;
    void addOutlet(INotifier* outlet);
    std::vector<domain::Notification> recent() const;

signals:
    void notified(const reelforge::domain::Notification& notification);

private:
    mutable std::mutex m_mutex;
    std::deque<domain::Notification> m_recent;
    std::vector<INotifier*> m_outlets;
    std::size_t m_keep;
};

}  // namespace reelforge::application

Q_DECLARE_METATYPE(reelforge::domain::Notification)
