#include "domain/models/publication.h"

namespace reelforge::domain {

QString publicationStateName(PublicationState state)
{
    switch (state) {
    case PublicationState::Scheduled:
        return QStringLiteral("scheduled");
    case PublicationState::Uploading:
        return QStringLiteral("uploading");
    case PublicationState::Processing:
        return QStringLiteral("processing");
    case PublicationState::Published:
        return QStringLiteral("published");
    case PublicationState::Failed:
        return QStringLiteral("failed");
    case PublicationState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("failed");
}

QString privacyName(Privacy privacy)
{
    switch (privacy) {
    case Privacy::Private:
        return QStringLiteral("private");
    case Privacy::Unlisted:
        return QStringLiteral("unlisted");
    case Privacy::Public:
        return QStringLiteral("public");
    }
    return QStringLiteral("private");
}

Status Publication::validate() const
{
    if (id.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("publication id is empty"));
    if (artifactPath.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("publication has no file"), id);
    if (accountId.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("publication has no destination"), id);
    if (title.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("publication title is empty"), id);
    if (bytesSent < 0 || bytesTotal < 0 || (bytesTotal > 0 && bytesSent > bytesTotal))
        return fail(
            ErrorCode::InvalidArgument, QStringLiteral("publication byte counts are inconsistent"), id);
    if (publishAt && !publishAt->isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("publication time is invalid"), id);
    return ok();
}

bool Publication::isDue(const QDateTime& now) const
{
    return state == PublicationState::Scheduled && (!publishAt || *publishAt <= now);
}

}  // namespace reelforge::domain
