#include "ui/notifications/status_notifier.h"

#include "application/services/notification_service.h"

#include <QApplication>
#include <QStatusBar>

namespace reelforge::ui {

namespace {

constexpr int kShowMs = 10000;

} // namespace

StatusNotifier::StatusNotifier(
    application::NotificationService& notifications, QStatusBar* statusBar, QObject* parent)
    : QObject(parent)
    , m_statusBar(statusBar)
{
    connect(&notifications, &application::NotificationService::notified, this, &StatusNotifier::show);
}

QString StatusNotifier::textFor(const domain::Notification& n)
{
    if (n.kind == QLatin1String("import.finished")) {
        return n.level == domain::NotificationLevel::Success
            ? tr("Import finished.")
            : tr("Import finished. Some files were not added; the list above the status bar says why.");
    }
    return n.text;
}

void StatusNotifier::show(const domain::Notification& notification)
{
    const QString text = textFor(notification);
    if (text.isEmpty())
        return;
    m_last = text;
    m_statusBar->showMessage(text, kShowMs);
    // Outside the window's focus (offscreen, or another app in front) draw attention instead
    // of a tray message, which Xvfb and offscreen platforms cannot show.
    if (notification.level == domain::NotificationLevel::Error
        || notification.level == domain::NotificationLevel::Warning)
        QApplication::alert(m_statusBar->window());
}

} // namespace reelforge::ui
