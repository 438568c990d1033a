#include "domain/models/notification.h"

#include <QUuid>

namespace reelforge::domain {

Notification makeNotification(const QString& kind, NotificationLevel level, const QString& subject,
    const QString& text, const QString& link, const QDateTime& at)
{
    Notification n;
    n.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    n.kind = kind;
    n.level = level;
    n.subject = subject;
    n.text = text;
    n.link = link;
    n.createdAt = at;
    return n;
}

Status Notification::validate() const
{
    if (id.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("notification id is empty"));
    if (kind.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("notification kind is empty"), id);
    if (!createdAt.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("notification has no time"), id);
    return ok();
}

}  // namespace reelforge::domain
