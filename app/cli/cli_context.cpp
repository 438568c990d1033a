#include "cli/cli_context.h"

#include "infrastructure/config/qsettings_preferences.h"

#include <QRegularExpression>

namespace reelforge::app::cli {

domain::Result<std::unique_ptr<AppContext>> openLibrary(const Invocation& inv)
{
    const infrastructure::QSettingsPreferences preferences;
    return AppContext::open(resolveLibraryPath(inv.library, preferences));
}

int usageError(Output& out, const QString& message)
{
    return out.error({domain::ErrorCode::InvalidArgument, message, {}}, kExitUsage);
}

QString shellJoin(const QStringList& argv)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList quoted;
    for (const QString& a : argv) {
        if (safe.match(a).hasMatch()) {
            quoted << a;
        } else {
            QString q = a;
            q.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
            quoted << QLatin1Char('\'') + q + QLatin1Char('\'');
        }
    }
    return quoted.join(QLatin1Char(' '));
}

}  // namespace reelforge::app::cli
