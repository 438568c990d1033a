#pragma once

#include "domain/models/notification.h"

#include <QObject>

class QStatusBar;

namespace reelforge::application {
class NotificationService;
}

namespace reelforge::ui {

class QueueModel;

// Says in the status bar when a processing job has finished or failed, by the job's title.
// The notification centre carries job.succeeded / job.failed with data only (the job id, the
// first output, the technical reason); this phrases them. Other kinds are left to others.
class QueueNotices : public QObject {
    Q_OBJECT
public:
    QueueNotices(application::NotificationService& notifications, const QueueModel* jobs,
        QStatusBar* statusBar, QObject* parent = nullptr);

    QString textFor(const domain::Notification& notification) const;  // empty for other kinds
    QString lastMessage() const { return m_last; }

private:
    void show(const domain::Notification& notification);

    const QueueModel* m_jobs;
    QStatusBar* m_statusBar;
    QString m_last;
};

}  // namespace reelforge::ui
