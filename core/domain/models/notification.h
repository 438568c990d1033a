#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QString>

namespace reelforge::domain {

enum class NotificationLevel { Info, Success, Warning, Error };

// Something the creator should hear about. `kind` and `subject` are data ("import.finished",
// an asset id); the UI turns them into words.
struct Notification {
    QString id;
    NotificationLevel level = NotificationLevel::Info;
    QString kind;
    QString subject;
    QString text;  // short detail, e.g. a file name or error message
    QString link;  // a file path or URL to open, if any
    QDateTime createdAt;
    bool read = false;

    Status validate() const;
};

// A new, unread notification with a fresh id: the one way every service builds them.
Notification makeNotification(const QString& kind, NotificationLevel level, const QString& subject,
    const QString& text, const QString& link, const QDateTime& at);

}  // namespace reelforge::domain
