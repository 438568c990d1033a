#include "ui/queue/queue_notices.h"

#include "application/services/notification_service.h"
#include "ui/queue/queue_model.h"

#include <QFileInfo>
#include <QStatusBar>

namespace reelforge::ui {

namespace {

constexpr int kShowMs = 12000;

}  // namespace

QueueNotices::QueueNotices(application::NotificationService& notifications, const QueueModel* jobs,
    QStatusBar* statusBar, QObject* parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_statusBar(statusBar)
{
    // Queued: the window's general notifier shows every notification's raw text as it arrives;
    // this runs after it and puts the sentence in its place.
    connect(&notifications, &application::NotificationService::notified, this, &QueueNotices::show,
        Qt::QueuedConnection);
}

QString QueueNotices::textFor(const domain::Notification& n) const
{
    const bool succeeded = n.kind == QLatin1String("job.succeeded");
    if (!succeeded && n.kind != QLatin1String("job.failed"))
        return {};
    QString title = m_jobs->indexOfId(n.subject).data(QueueModel::TitleRole).toString();
    if (succeeded) {
        if (title.isEmpty())
            title = n.text;
        const QString file = QFileInfo(n.link).fileName();
        return file.isEmpty() ? tr("“%1” is ready.").arg(title) : tr("“%1” is ready: %2").arg(title, file);
    }
    if (title.isEmpty())
        return tr("A processing job failed. The queue shows why.");
    return tr("Processing “%1” failed. Choose Show Log in the queue to see why.").arg(title);
}

void QueueNotices::show(const domain::Notification& notification)
{
    const QString text = textFor(notification);
    if (text.isEmpty())
        return;
    m_last = text;
    m_statusBar->showMessage(text, kShowMs);
}

}  // namespace reelforge::ui
