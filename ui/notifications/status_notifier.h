#pragma once

#include "domain/models/notification.h"

#include <QObject>
#include <QTimer>

class QLabel;
class QStatusBar;

namespace reelforge::application {
class NotificationService;
}

namespace reelforge::ui {

// Shows the notification centre's messages in the window's status bar, in words: known
// kinds are phrased here (core notifications carry data, not sentences); unknown kinds fall
// back to their short text.
class StatusNotifier : public QObject {
    Q_OBJECT
public:
    StatusNotifier(
        application::NotificationService& notifications, QStatusBar* statusBar, QObject* parent = nullptr);

    static QString textFor(const domain::Notification& notification);
    QString lastMessage() const { return m_last; }

private:
    void show(const domain::Notification& notification);
    void showLink(const QString& text, const QString& link);

    QStatusBar* m_statusBar;
    QString m_last;
    QLabel* m_link = nullptr;  // a finished publication's clickable link
    QTimer m_hide;
};

}  // namespace reelforge::ui
