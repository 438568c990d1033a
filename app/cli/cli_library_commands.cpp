// `reelforge-cli library rebuild | backups | restore [BACKUP]`: the ways back for a library
// whose index (library.db) was lost, and its automatic backups.
#include "cli/cli_commands.h"
#include "cli/cli_context.h"
#include "cli/cli_json.h"
#include "wiring/library_repair.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace reelforge::app::cli {

namespace {

QJsonObject backupJson(const application::BackupInfo& b)
{
    return { { QStringLiteral("name"), b.name }, { QStringLiteral("path"), b.path },
        { QStringLiteral("createdAt"), b.createdAt.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("sizeBytes"), b.sizeBytes }, { QStringLiteral("assets"), b.assets } };
}

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

int listBackups(LibraryRepair& repair, Output& out)
{
    auto backups = repair.backups();
    if (!backups)
        return out.error(backups.error(), kExitItemFailed);
    if (out.json()) {
        QJsonArray all;
        for (const auto& b : *backups)
            all.append(backupJson(b));
        out.document(all);
        return kExitOk;
    }
    for (const auto& b : *backups) {
        const QString assets
            = b.assets < 0 ? QStringLiteral("unreadable") : QStringLiteral("%1 assets").arg(b.assets);
        out.line(QStringLiteral("%1  %2  %3  %4")
                     .arg(b.name, b.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")),
                         assets, QLocale::c().formattedDataSize(b.sizeBytes)));
    }
    return kExitOk;
}

int restore(LibraryRepair& repair, const QString& backup, Output& out)
{
    auto report = repair.restore(backup);
    if (!report)
        return out.error(report.error(), kExitItemFailed);
    // Files imported after the backup was made are not in it: say so, rather than leave them orphaned.
    const auto unindexed = repair.unindexedOriginals();
    if (out.json()) {
        out.document(QJsonObject { { QStringLiteral("restored"), backupJson(report->restored) },
            { QStringLiteral("previous"), report->previousCopy },
            { QStringLiteral("unindexedOriginals"), unindexed ? *unindexed : -1 } });
        return kExitOk;
    }
    out.line(
        QStringLiteral("restored %1 (%2 assets)").arg(report->restored.name).arg(report->restored.assets));
    if (!report->previousCopy.isEmpty())
        out.line(QStringLiteral("the index it replaced is kept as %1")
                     .arg(QDir::toNativeSeparators(report->previousCopy)));
    if (unindexed && *unindexed > 0)
        out.line(
            QStringLiteral("%1 file(s) under originals/ are not in this backup (imported after it was made): "
                           "run `reelforge-cli library rebuild` to add them")
                .arg(*unindexed));
    return kExitOk;
}

}  // namespace

int libraryCommand(const Invocation& inv, Output& out)
{
    const QString sub = inv.args.value(0);
    const bool known = (sub == QLatin1String("rebuild") && inv.args.size() == 1)
        || (sub == QLatin1String("backups") && inv.args.size() == 1)
        || (sub == QLatin1String("restore") && inv.args.size() <= 2);
    if (!known)
        return usageError(out, QStringLiteral("library rebuild | backups | restore [BACKUP]"));
    LibraryRepair repair(libraryPathOf(inv));
    if (sub == QLatin1String("rebuild"))
        return rebuild(repair, out);
    if (sub == QLatin1String("backups"))
        return listBackups(repair, out);
    return restore(repair, inv.args.value(1), out);
}

}  // namespace reelforge::app::cli
