#include "domain/models/artifact.h"

namespace reelforge::domain {

Status Artifact::validate() const
{
    if (id.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("artifact id is empty"));
    if (kind.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("artifact kind is empty"), id);
    if (path.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("artifact has no path"), id);
    if (sizeBytes < 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("artifact size is negative"), id);
    if (!createdAt.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("artifact has no creation time"), id);
    return ok();
}

}  // namespace reelforge::domain
