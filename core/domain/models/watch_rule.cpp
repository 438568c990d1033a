#include "domain/models/watch_rule.h"

#include <QRegularExpression>

namespace reelforge::domain {

Status WatchRule::validate() const
{
    if (id.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("watch rule id is empty"));
    if (folder.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("watch rule has no folder"), id);
    if (patterns.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("watch rule has no file pattern"), id);
    return ok();
}

bool WatchRule::matches(const QString& fileName) const
{
    for (const QString& pattern : patterns) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
            QRegularExpression::CaseInsensitiveOption);
        if (re.match(fileName).hasMatch())
            return true;
    }
    return false;
}

}  // namespace reelforge::domain
