#include "ui/notifications/status_notifier.h"

#include "application/services/notification_service.h"

#include <QApplication>
#include <QLabel>
#include <QStatusBar>

namespace reelforge::ui {

namespace {

constexpr int kShowMs = 10000;
constexpr int kLinkShowMs = 60000;

}  // namespace

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
    if (n.kind == QLatin1String("publication.published"))
        return n.link.isEmpty() ? tr("Your video is published.")
                                : tr("Your video is published: %1").arg(n.link);
    if (n.kind == QLatin1String("publication.failed"))
        return tr("A publication failed: %1. Retry it under Publications.").arg(n.text);
    return n.text;
}

void StatusNotifier::show(const domain::Notification& notification)
{
    const QString text = textFor(notification);
    if (text.isEmpty())
        return;
    m_last = text;
    if (!notification.link.isEmpty()) {
        showLink(text, notification.link);
        return;
    }
    m_statusBar->showMessage(text, kShowMs);
    // Outside the window's focus (offscreen, or another app in front) draw attention instead
    // of a tray message, which Xvfb and offscreen platforms cannot show.
    if (notification.level == domain::NotificationLevel::Error
        || notification.level == domain::NotificationLevel::Warning)
        QApplication::alert(m_statusBar->window());
}

void StatusNotifier::showLink(const QString& text, const QString& link)
{
    // A status bar message cannot hold a link: a label with one stands in for it a little longer.
    if (!m_link) {
        m_link = new QLabel(m_statusBar);
        m_link->setObjectName(QStringLiteral("notificationLink"));
        m_link->setOpenExternalLinks(true);
        m_link->setTextInteractionFlags(Qt::TextBrowserInteraction);
        m_statusBar->addWidget(m_link, 1);
        m_hide.setSingleShot(true);
        connect(&m_hide, &QTimer::timeout, m_link, &QWidget::hide);
    }
    QString html = text.toHtmlEscaped();
    html.replace(link.toHtmlEscaped(),
        QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), link.toHtmlEscaped()));
    m_statusBar->clearMessage();
    m_link->setText(html);
    m_link->show();
    m_hide.start(kLinkShowMs);
}

}  // namespace reelforge::ui
