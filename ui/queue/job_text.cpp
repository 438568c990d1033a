#include "ui/queue/job_text.h"

#include "ui/common/error_text.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace reelforge::ui {

QString JobText::state(domain::JobState state)
{
    using domain::JobState;
    switch (state) {
    case JobState::Queued:
        return tr("Waiting");
    case JobState::Running:
        return tr("Processing");
    case JobState::Paused:
        return tr("Paused");
    case JobState::Succeeded:
        return tr("Done");
    case JobState::Failed:
        return tr("Failed");
    case JobState::Cancelled:
        return tr("Cancelled");
    case JobState::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

QString JobText::preset(const domain::Job& job)
{
    const auto& steps = job.fields().recipe.steps;
    for (const domain::Step& step : steps) {
        const QString name = step.params.value(QStringLiteral("preset")).toString();
        if (!name.isEmpty())
            return name;
    }
    return job.fields().recipe.name;
}

QString JobText::speed(double fps, double realtime)
{
    const QLocale locale;
    QStringList parts;
    if (fps > 0.0)
        parts << tr("%1 fps").arg(locale.toString(fps, 'f', fps < 10.0 ? 1 : 0));
    if (realtime > 0.0)
        parts << tr("%1× realtime").arg(locale.toString(realtime, 'f', realtime < 10.0 ? 1 : 0));
    return parts.join(QStringLiteral(" · "));
}

QString JobText::eta(double seconds)
{
    if (seconds < 0.0 || !std::isfinite(seconds))
        return {};
    if (seconds < 5.0)
        return tr("A few seconds left");
    if (seconds < 90.0)
        return tr("About %n second(s) left", nullptr, static_cast<int>(std::lround(seconds / 5.0) * 5));
    if (seconds < 90.0 * 60.0)
        return tr("About %n minute(s) left", nullptr, static_cast<int>(std::lround(seconds / 60.0)));
    return tr("About %n hour(s) left", nullptr, static_cast<int>(std::lround(seconds / 3600.0)));
}

QString JobText::failure(const domain::Job& job)
{
    const auto& f = job.fields();
    const QFileInfo out(f.outputDir);
    const bool outputLocked = out.exists() && !out.isWritable();
    if (f.errorCode) {
        if (*f.errorCode == domain::ErrorCode::PermissionDenied && outputLocked)
            return tr("ReelForge is not allowed to write to the output folder.");
        if (const QString words = jobErrorText(*f.errorCode); !words.isEmpty())
            return words;
    } else {
        // A job failed before codes were kept (or by crashing): guess from what can be checked.
        const QString input = f.inputs.value(0);
        if (!input.isEmpty() && !QFileInfo::exists(input))
            return jobErrorText(domain::ErrorCode::FileMissing);
        if (outputLocked)
            return tr("ReelForge is not allowed to write to the output folder.");
    }
    if (f.error.isEmpty())
        return tr("Processing stopped with an error.");
    return tr("Processing stopped with an error: %1").arg(f.error);
}

QString JobText::shellCommand(const QStringList& argv)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    QStringList quoted;
    for (const QString& arg : argv) {
        if (!arg.isEmpty() && plain.match(arg).hasMatch())
            quoted << arg;
        else
            quoted << QLatin1Char('\'') + QString(arg).replace(QLatin1String("'"), QLatin1String("'\\''"))
                    + QLatin1Char('\'');
    }
    return quoted.join(QLatin1Char(' '));
}

}  // namespace reelforge::ui
