#include "domain/models/notification.h"

namespace reelforge::domain {

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
