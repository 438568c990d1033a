// `reelforge-cli library rebuild`: the way back for a library whose index (library.db) was lost.
#include "cli/cli_commands.h"
#include "cli/cli_context.h"
#include "cli/cli_json.h"
#include "wiring/library_repair.h"

#include <QFileInfo>
#include <QJsonArray>

namespace reelforge::app::cli {

namespace {

QJsonObject rebuildJson(const application::RebuildReport& report)
{
    QJsonArray rebuilt;
    for (const auto& r : report.rebuilt)
        rebuilt.append(QJsonObject { { QStringLiteral("id"), r.id }, { QStringLiteral("path"), r.path },
            { QStringLiteral("title"), r.title }, { QStringLiteral("contentHash"), r.contentHash } });
    QJsonArray indexed;
    for (const auto& s : report.alreadyIndexed)
        indexed.append(
            QJsonObject { { QStringLiteral("path"), s.path }, { QStringLiteral("id"), s.existingId } });
    QJsonArray failed;
    for (const auto& f : report.failed)
        failed.append(QJsonObject {
            { QStringLiteral("path"), f.path }, { QStringLiteral("error"), errorJson(f.error) } });
    return { { QStringLiteral("rebuilt"), rebuilt }, { QStringLiteral("alreadyIndexed"), indexed },
        { QStringLiteral("failed"), failed }, { QStringLiteral("cancelled"), report.cancelled } };
}

int rebuild(LibraryRepair& repair, Output& out)
{
    application::CancellationToken cancel;
    InterruptGuard guard(cancel);
    application::ProgressSink progress([&out](const application::Progress& p) {
        out.progress(QStringLiteral("[%1/%2] %3")
                         .arg(p.itemsDone)
                         .arg(p.itemsTotal)
                         .arg(QFileInfo(p.currentItem).fileName()));
    });
    auto report = repair.rebuild(cancel, &progress);
    out.progress(QString());
    if (!report)
        return out.error(report.error(), kExitItemFailed);
    if (out.json()) {
        out.document(rebuildJson(*report));
    } else {
        for (const auto& r : report->rebuilt)
            out.line(QStringLiteral("rebuilt %1  %2").arg(r.id, r.title));
        for (const auto& f : report->failed)
            out.error({ f.error.code, f.path + QStringLiteral(": ") + f.error.message, f.error.detail },
                kExitItemFailed);
        out.line(QStringLiteral("%1 rebuilt, %2 already in the index, %3 failed%4")
                     .arg(report->rebuilt.size())
                     .arg(report->alreadyIndexed.size())
                     .arg(report->failed.size())
                     .arg(report->cancelled ? QStringLiteral(", cancelled") : QString()));
    }
    return report->failed.empty() && !report->cancelled ? kExitOk : kExitItemFailed;
}

}  // namespace

int libraryCommand(const Invocation& inv, Output& out)
{
    const QString sub = inv.args.value(0);
    if (sub != QLatin1String("rebuild") || inv.args.size() != 1)
        return usageError(out, QStringLiteral("library rebuild"));
    LibraryRepair repair(libraryPathOf(inv));
    return rebuild(repair, out);
}

}  // namespace reelforge::app::cli
