#include "cli/cli_commands.h"
#include "cli/cli_context.h"
#include "cli/cli_json.h"
#include "cli/cli_publish_support.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

namespace reelforge::app::cli {

using domain::ErrorCode;
using domain::Publication;
using domain::PublicationState;

namespace {

bool isTerminal(PublicationState s)
{
    return s == PublicationState::Published || s == PublicationState::Failed
        || s == PublicationState::Cancelled;
}

// A stored error was redacted when it was written; printing it is redacted again, with the
// secrets this process knows, in case the row was written by an older version.
QString printableError(AppContext& context, const Publication& p)
{
    return context.redactor().redact(p.error);
}

QJsonObject publicationJson(AppContext& context, const Publication& p)
{
    const QString error = printableError(context, p);
    QString target;
    QString accountName;
    if (auto account = context.accounts().find(p.accountId)) {
        target = domain::platformName(account->platform);
        accountName = account->name;
    }
    return { { QStringLiteral("id"), p.id },
        { QStringLiteral("state"), domain::publicationStateName(p.state) },
        { QStringLiteral("target"), target }, { QStringLiteral("account"), accountName },
        { QStringLiteral("title"), p.title }, { QStringLiteral("file"), p.artifactPath },
        { QStringLiteral("destination"), p.destination },
        { QStringLiteral("privacy"), domain::privacyName(p.privacy) },
        { QStringLiteral("publishAt"),
            p.publishAt ? QJsonValue(p.publishAt->toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("bytesSent"), static_cast<qint64>(p.bytesSent) },
        { QStringLiteral("bytesTotal"), static_cast<qint64>(p.bytesTotal) },
        { QStringLiteral("attempts"), p.attempts },
        { QStringLiteral("remoteUrl"), p.remoteUrl.isEmpty() ? QJsonValue() : QJsonValue(p.remoteUrl) },
        { QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error) } };
}

int printPublications(AppContext& context, Output& out, const std::vector<Publication>& list)
{
    bool allOk = true;
    QJsonArray arr;
    for (const Publication& p : list) {
        // Waiting for an automatic retry after a failure is not a success.
        allOk = allOk
            && (p.state == PublicationState::Published
                || (p.state == PublicationState::Scheduled
                    && !application::PublishingService::isWaitingToRetry(p)));
        arr.append(publicationJson(context, p));
        if (out.json())
            continue;
        QString line = QStringLiteral("%1  %2  %3").arg(p.id, domain::publicationStateName(p.state), p.title);
        if (application::PublishingService::isWaitingToRetry(p) && p.publishAt)
            line += QStringLiteral("  retrying at ") + p.publishAt->toString(Qt::ISODate);
        else if (p.state == PublicationState::Scheduled && p.publishAt)
            line += QStringLiteral("  at ") + p.publishAt->toString(Qt::ISODate);
        if (!p.remoteUrl.isEmpty())
            line += QStringLiteral("  -> ") + p.remoteUrl;
        if (!p.error.isEmpty())
            line += QStringLiteral("  (") + printableError(context, p) + QLatin1Char(')');
        out.line(line);
    }
    if (out.json())
        out.document(QJsonObject { { QStringLiteral("publications"), arr } });
    return allOk ? kExitOk : kExitItemFailed;
}

QString humanRate(double bytesPerSecond)
{
    return QStringLiteral("%1 MB/s").arg(bytesPerSecond / 1e6, 0, 'f', 1);
}

// Runs the event loop until every publication in `ids` has finished, or cannot go on here
// (uploading in another process, or scheduled for later).
void runUntilDone(AppContext& context, Output& out, const QSet<QString>& ids)
{
    application::PublishingService& publishing = context.publishing();
    const auto done = [&] {
        for (const QString& id : ids) {
            auto p = publishing.publication(id);
            if (p && !isTerminal(p->state)
                && (publishing.isRunning(id) || p->isDue(QDateTime::currentDateTimeUtc())))
                return false;
        }
        return true;
    };
    if (done())
        return;
    QEventLoop loop;
    QObject::connect(&publishing, &application::PublishingService::publicationChanged, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&publishing, &application::PublishingService::idle, &loop, [&] {
        if (done())
            loop.quit();
    });
    QObject::connect(&publishing, &application::PublishingService::publicationProgress, &loop,
        [&](const QString& id, const application::Progress& p) {
            out.progress(QStringLiteral("%1 %2% %3%4")
                             .arg(id.left(8))
                             .arg(p.fraction * 100, 0, 'f', 1)
                             .arg(humanRate(p.rate))
                             .arg(p.etaSeconds >= 0 ? QStringLiteral(" ETA %1 s").arg(qRound(p.etaSeconds))
                                                    : QString()));
        });
    QTimer safety;  // a publication blocked elsewhere raises no signal here
    QObject::connect(&safety, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    safety.start(1000);
    loop.exec();
    out.progress(QString());
}

std::vector<Publication> reload(AppContext& context, const QStringList& ids)
{
    std::vector<Publication> out;
    for (const QString& id : ids)
        if (auto p = context.publishing().publication(id))
            out.push_back(*p);
    return out;
}

}  // namespace

int publishCommand(const Invocation& inv, Output& out)
{
    if (inv.args.size() != 1)
        return usageError(
            out, QStringLiteral("publish FILE|ARTIFACT_ID --target T|--account NAME [options]"));
    auto context = openLibrary(inv);
    if (!context)
        return out.error(context.error(), kExitItemFailed);
    AppContext& ctx = **context;
    auto order = publishOrderFor(ctx, inv);
    if (!order)
        return out.error(
            order.error(), order.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitItemFailed);
    auto publication = ctx.publishing().publish(*order);
    if (!publication)
        return out.error(publication.error(), kExitItemFailed);
    if (publication->state == PublicationState::Scheduled && publication->publishAt
        && *publication->publishAt > QDateTime::currentDateTimeUtc()) {
        return printPublications(ctx, out, { *publication });
    }
    if (inv.options.contains(QStringLiteral("limit-rate")))
        ctx.publishing().setBandwidthLimit(inv.option(QStringLiteral("limit-rate")).toLongLong());
    ctx.publishing().start({ publication->id });
    if (!ctx.publishing().isRunning(publication->id)) {
        auto now = ctx.publishing().publication(publication->id);
        if (now && now->state == PublicationState::Uploading)
            return out.error({ ErrorCode::Duplicate,
                                 QStringLiteral("another ReelForge process is uploading this publication"),
                                 publication->id },
                kExitItemFailed);
    }
    runUntilDone(ctx, out, { publication->id });
    return printPublications(ctx, out, reload(ctx, { publication->id }));
}

int publicationsCommand(const Invocation& inv, Output& out)
{
    const QString sub = inv.args.value(0);
    auto context = openLibrary(inv);
    if (!context)
        return out.error(context.error(), kExitItemFailed);
    AppContext& ctx = **context;
    application::PublishingService& publishing = ctx.publishing();
    if (sub == QLatin1String("list") && inv.args.size() == 1) {
        auto all = publishing.publications();
        if (!all)
            return out.error(all.error(), kExitItemFailed);
        printPublications(ctx, out, *all);
        return kExitOk;
    }
    if (sub == QLatin1String("run") && inv.args.size() == 1) {
        // What is due (scheduled times that passed, interrupted uploads), then exit.
        ctx.scheduler().start();
        publishing.start();
        QSet<QString> ids;
        QStringList order;
        if (auto all = publishing.publications())
            for (const Publication& p : *all)
                if (publishing.isRunning(p.id)) {
                    ids.insert(p.id);
                    order << p.id;
                }
        runUntilDone(ctx, out, ids);
        return printPublications(ctx, out, reload(ctx, order));
    }
    if ((sub == QLatin1String("retry") || sub == QLatin1String("cancel")) && inv.args.size() == 2) {
        const QString id = inv.args[1];
        const bool retry = sub == QLatin1String("retry");
        if (domain::Status s = retry ? publishing.retry(id) : publishing.cancel(id); !s)
            return out.error(s.error(), kExitItemFailed);
        if (!retry) {
            publishing.waitForDone();  // the upload dropped on the server before exiting
            if (out.json())
                out.document(
                    QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("requested"), sub } });
            else
                out.line(QStringLiteral("cancel ") + id);
            return kExitOk;
        }
        publishing.start({ id });
        runUntilDone(ctx, out, { id });
        return printPublications(ctx, out, reload(ctx, { id }));
    }
    return usageError(out, QStringLiteral("publications list | run | retry ID | cancel ID"));
}

}  // namespace reelforge::app::cli
