#include "cli/cli_commands.h"

#include "adapters/media/ffmpeg_probe.h"
#include "cli/cli_context.h"
#include "cli/cli_json.h"
#include "infrastructure/config/qsettings_preferences.h"
#include "wiring/app_context.h"

#include <QFileInfo>
#include <QJsonArray>

namespace reelforge::app::cli {

using domain::Error;
using domain::ErrorCode;

namespace {

int usage(Output& out, const QString& message)
{
    return usageError(out, message);
}

QString formatDuration(double seconds)
{
    const int total = static_cast<int>(seconds + 0.5);
    return QStringLiteral("%1:%2:%3")
        .arg(total / 3600)
        .arg((total / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(total % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

int probeCommand(const Invocation& inv, Output& out)
{
    if (inv.args.size() != 1)
        return usage(out, QStringLiteral("probe takes one FILE"));
    const QString path = inv.args.front();
    const adapters::FfmpegProbe probe;
    auto info = probe.probe(path);
    if (!info)
        return out.error(info.error(), kExitItemFailed);
    const QJsonObject doc = probeJson(QFileInfo(path).absoluteFilePath(), *info);
    if (out.json()) {
        out.document(doc);
        return kExitOk;
    }
    out.line(QStringLiteral("%1: %2, %3, %4 bytes")
                 .arg(path, info->container, formatDuration(info->durationSeconds()))
                 .arg(info->sizeBytes));
    for (const auto& v : info->video)
        out.line(QStringLiteral("  video #%1: %2 %3x%4 @ %5 fps, %6, rotation %7")
                     .arg(v.index)
                     .arg(v.codec)
                     .arg(v.width)
                     .arg(v.height)
                     .arg(v.frameRate.toDouble(), 0, 'f', 3)
                     .arg(v.pixelFormat)
                     .arg(v.rotation));
    for (const auto& a : info->audio)
        out.line(QStringLiteral("  audio #%1: %2 %3 Hz, %4 channels (%5)")
                     .arg(a.index)
                     .arg(a.codec)
                     .arg(a.sampleRate)
                     .arg(a.channels)
                     .arg(a.channelLayout));
    return kExitOk;
}

int importCommand(const Invocation& inv, Output& out)
{
    if (inv.args.isEmpty())
        return usage(out, QStringLiteral("import needs at least one PATH"));
    const infrastructure::QSettingsPreferences preferences;
    domain::ImportMode mode = preferences.load().importMode;
    if (!inv.importMode.isEmpty()) {
        auto parsed = domain::parseImportMode(inv.importMode);
        if (!parsed)
            return usage(out, QStringLiteral("--mode must be copy or reference"));
        mode = *parsed;
    }
    auto context = openLibrary(inv);
    if (!context)
        return out.error(context.error(), kExitItemFailed);

    application::CancellationToken cancel;
    InterruptGuard guard(cancel);
    application::ProgressSink progress([&out](const application::Progress& p) {
        out.progress(QStringLiteral("[%1/%2] %3% %4")
                         .arg(p.itemsDone)
                         .arg(p.itemsTotal)
                         .arg(static_cast<int>(p.fraction * 100))
                         .arg(QFileInfo(p.currentItem).fileName()));
    });
    const application::ImportReport report
        = (*context)->importer().run({ inv.args, mode }, cancel, &progress);
    out.progress(QString());

    if (out.json()) {
        out.document(importReportJson(report));
    } else {
        for (const auto& i : report.imported)
            out.line(QStringLiteral("imported %1  %2").arg(i.id, i.path));
        for (const auto& s : report.skipped)
            out.line(QStringLiteral("skipped  %1  (%2 of %3)").arg(s.path, s.reason, s.existingId));
        for (const auto& f : report.failed)
            out.error(f.error.detail.isEmpty() || f.error.detail == f.path
                    ? Error { f.error.code, f.path + QStringLiteral(": ") + f.error.message, {} }
                    : Error { f.error.code, f.path + QStringLiteral(": ") + f.error.message, f.error.detail },
                kExitItemFailed);
        if (report.cancelled)
            out.line(QStringLiteral("cancelled"));
    }
    return report.failed.empty() && !report.cancelled ? kExitOk : kExitItemFailed;
}

int listCommand(const Invocation& inv, Output& out)
{
    if (!inv.args.isEmpty())
        return usage(out, QStringLiteral("list takes no arguments"));
    auto context = openLibrary(inv);
    if (!context)
        return out.error(context.error(), kExitItemFailed);
    auto assets = (*context)->library().list({});
    if (!assets)
        return out.error(assets.error(), kExitItemFailed);
    if (out.json()) {
        QJsonArray arr;
        for (const auto& a : *assets)
            arr.append(assetSummaryJson(a));
        out.document(arr);
        return kExitOk;
    }
    for (const auto& a : *assets) {
        out.line(QStringLiteral("%1  %2  %3x%4  %5")
                     .arg(a.id, formatDuration(a.durationSeconds))
                     .arg(a.width)
                     .arg(a.height)
                     .arg(a.title));
    }
    return kExitOk;
}

int showCommand(const Invocation& inv, Output& out)
{
    if (inv.args.size() != 1)
        return usage(out, QStringLiteral("show takes one asset ID"));
    auto context = openLibrary(inv);
    if (!context)
        return out.error(context.error(), kExitItemFailed);
    auto asset = (*context)->library().get(inv.args.front());
    if (!asset)
        return out.error(asset.error(), kExitItemFailed);
    const QJsonObject doc = assetJson(*asset);
    if (out.json()) {
        out.document(doc);
        return kExitOk;
    }
    out.line(QStringLiteral("%1\n  id: %2\n  file: %3\n  from: %4\n  imported: %5 (%6)\n  duration: %7")
                 .arg(asset->title(), asset->id(), asset->storedPath(), asset->originalPath(),
                     asset->importedAt().toString(Qt::ISODate), domain::importModeName(asset->mode()),
                     formatDuration(asset->info().durationSeconds())));
    for (const auto& v : asset->info().video)
        out.line(QStringLiteral("  video: %1 %2x%3 @ %4 fps")
                     .arg(v.codec)
                     .arg(v.width)
                     .arg(v.height)
                     .arg(v.frameRate.toDouble(), 0, 'f', 3));
    for (const auto& a : asset->info().audio)
        out.line(QStringLiteral("  audio: %1 %2 Hz %3 ch").arg(a.codec).arg(a.sampleRate).arg(a.channels));
    return kExitOk;
}

int removeCommand(const Invocation& inv, Output& out)
{
    if (inv.args.size() != 1)
        return usage(out, QStringLiteral("remove takes one asset ID"));
    auto context = openLibrary(inv);
    if (!context)
        return out.error(context.error(), kExitItemFailed);
    if (domain::Status s = (*context)->library().remove(inv.args.front()); !s)
        return out.error(s.error(), kExitItemFailed);
    if (out.json())
        out.document(QJsonObject { { QStringLiteral("removed"), inv.args.front() } });
    else
        out.line(QStringLiteral("removed %1").arg(inv.args.front()));
    return kExitOk;
}

}  // namespace reelforge::app::cli
