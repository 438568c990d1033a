#include "cli/cli_commands.h"
#include "cli/cli_context.h"
#include "cli/cli_json.h"

#include "infrastructure/config/file_preset_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace reelforge::app::cli {

using domain::ErrorCode;
using domain::JobState;

namespace {

// A failed job's reason in the shape of every other CLI error, {"code","message"}; the code
// is absent for jobs that failed without one (repeated crashes). Null when nothing failed.
QJsonValue errorOf(const domain::Job::Fields& f)
{
    if (f.error.isEmpty())
        return QJsonValue();
    QJsonObject error { { QStringLiteral("message"), f.error } };
    if (f.errorCode)
        error.insert(QStringLiteral("code"), domain::errorCodeName(*f.errorCode));
    return error;
}

QJsonObject jobJson(application::IJobRepository& jobs, const domain::Job& job)
{
    QJsonArray artifacts;
    if (auto list = jobs.artifacts(job.id())) {
        for (const auto& a : *list)
            artifacts.append(
                QJsonObject { { QStringLiteral("kind"), a.kind }, { QStringLiteral("path"), a.path },
                    { QStringLiteral("sizeBytes"), static_cast<qint64>(a.sizeBytes) },
                    { QStringLiteral("sha256"), a.contentHash } });
    }
    const auto& f = job.fields();
    return { { QStringLiteral("id"), job.id() },
        { QStringLiteral("state"), domain::jobStateName(job.state()) }, { QStringLiteral("title"), f.title },
        { QStringLiteral("recipe"), f.recipe.name }, { QStringLiteral("progress"), f.progress },
        { QStringLiteral("priority"), f.priority }, { QStringLiteral("attempts"), f.attempts },
        { QStringLiteral("error"), errorOf(f) }, { QStringLiteral("artifacts"), artifacts },
        { QStringLiteral("createdAt"), f.createdAt.toString(Qt::ISODateWithMs) } };
}

domain::Result<domain::Recipe> recipeFor(const Invocation& inv)
{
    const QString preset = inv.option(QStringLiteral("preset"));
    const QString recipe = inv.option(QStringLiteral("recipe"));
    if (preset.isEmpty() == recipe.isEmpty())
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("give exactly one of --preset NAME or --recipe NAME|FILE"));
    if (!preset.isEmpty()) {
        QJsonObject params { { QStringLiteral("preset"), preset } };
        if (inv.options.contains(QStringLiteral("hardware")))
            params.insert(QStringLiteral("hardware"), inv.option(QStringLiteral("hardware")));
        if (inv.flag(QStringLiteral("no-fallback")))
            params.insert(QStringLiteral("allowFallback"), false);
        return domain::Recipe { preset, { domain::Step { QStringLiteral("transcode"), params } } };
    }
    QString path = recipe;
    if (!QFileInfo::exists(path))
        path = QFileInfo(infrastructure::FilePresetStore::defaultUserFolder())
                   .dir()
                   .filePath(QStringLiteral("recipes/") + recipe + QStringLiteral(".json"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return domain::fail(
            ErrorCode::NotFound, QStringLiteral("no recipe file or saved recipe with this name"), recipe);
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("recipe is not valid JSON: ") + err.errorString(), path);
    return domain::Recipe::fromJson(doc.object());
}

domain::Result<application::JobRequest> requestFor(
    AppContext& context, const QString& input, const domain::Recipe& recipe, const Invocation& inv)
{
    application::JobRequest r;
    r.recipe = recipe;
    r.outputDir = QFileInfo(inv.option(QStringLiteral("out"))).absoluteFilePath();
    r.priority = inv.option(QStringLiteral("priority")).toInt();
    if (QFileInfo::exists(input)) {
        r.input = QFileInfo(input).absoluteFilePath();
        r.title = domain::MediaAsset::titleFromFileName(input);
        return r;
    }
    auto asset = context.library().get(input);
    if (!asset)
        return domain::fail(ErrorCode::FileMissing, QStringLiteral("no such file or asset id"), input);
    r.input = asset->storedPath();
    r.title = asset->title();
    r.assetId = asset->id();
    return r;
}

int printJobs(AppContext& context, Output& out, const std::vector<domain::Job>& jobs)
{
    bool allOk = true;
    QJsonArray arr;
    for (const domain::Job& job : jobs) {
        allOk = allOk && job.state() == JobState::Succeeded;
        arr.append(jobJson(context.jobs(), job));
        if (!out.json()) {
            QString line = QStringLiteral("%1  %2  %3")
                               .arg(job.id(), domain::jobStateName(job.state()), job.fields().title);
            if (const auto& f = job.fields(); !f.error.isEmpty())
                line += QStringLiteral("  (")
                    + (f.errorCode ? domain::errorCodeName(*f.errorCode) + QStringLiteral(": ") : QString())
                    + f.error + QLatin1Char(')');
            out.line(line);
            if (auto artifacts = context.jobs().artifacts(job.id()))
                for (const auto& a : *artifacts)
                    out.line(QStringLiteral("    -> ") + a.path);
        }
    }
    if (out.json())
        out.document(QJsonObject { { QStringLiteral("jobs"), arr } });
    return allOk ? kExitOk : kExitItemFailed;
}

}  // namespace

int presetsCommand(const Invocation& inv, Output& out)
{
    const QString sub = inv.args.value(0);
    infrastructure::FilePresetStore store(infrastructure::FilePresetStore::defaultUserFolder());
    if (sub == QLatin1String("list") && inv.args.size() == 1) {
        QJsonArray arr;
        for (const domain::Preset& p : store.list()) {
            arr.append(QJsonObject { { QStringLiteral("name"), p.name },
                { QStringLiteral("description"), p.description },
                { QStringLiteral("container"), p.container }, { QStringLiteral("extension"), p.extension },
                { QStringLiteral("builtIn"), p.builtIn } });
            if (!out.json())
                out.line(QStringLiteral("%1%2  %3")
                             .arg(p.name, -26)
                             .arg(p.builtIn ? QString() : QStringLiteral(" (yours)"), p.description));
        }
        if (out.json())
            out.document(arr);
        return kExitOk;
    }
    if ((sub == QLatin1String("show") || sub == QLatin1String("export")) && inv.args.size() == 2) {
        auto preset = store.find(inv.args[1]);
        if (!preset)
            return out.error(preset.error(), kExitItemFailed);
        const QString target = inv.option(QStringLiteral("out"));
        if (sub == QLatin1String("export") && !target.isEmpty()) {
            if (domain::Status s = store.exportFile(preset->name, target); !s)
                return out.error(s.error(), kExitItemFailed);
            return kExitOk;
        }
        out.document(preset->toJson());
        return kExitOk;
    }
    if (sub == QLatin1String("import") && inv.args.size() == 2) {
        auto preset = store.importFile(inv.args[1]);
        if (!preset)
            return out.error(preset.error(), kExitItemFailed);
        if (out.json())
            out.document(QJsonObject { { QStringLiteral("imported"), preset->name } });
        else
            out.line(QStringLiteral("imported preset ") + preset->name);
        return kExitOk;
    }
    return usageError(
        out, QStringLiteral("presets list | show NAME | import FILE | export NAME [--out FILE]"));
}

int processCommand(const Invocation& inv, Output& out)
{
    if (inv.args.isEmpty() || inv.option(QStringLiteral("out")).isEmpty())
        return usageError(out, QStringLiteral("process needs FILE|ASSET_ID... and --out DIR"));
    auto context = openLibrary(inv);
    if (!context)
        return out.error(context.error(), kExitItemFailed);
    auto recipe = recipeFor(inv);
    if (!recipe)
        return out.error(
            recipe.error(), recipe.error().code == ErrorCode::InvalidArgument ? kExitUsage : kExitItemFailed);
    std::vector<application::JobRequest> requests;
    for (const QString& input : inv.args) {
        auto request = requestFor(**context, input, *recipe, inv);
        if (!request)
            return out.error(request.error(), kExitItemFailed);
        requests.push_back(*request);
    }
    application::ProcessingQueue& queue = (*context)->queue();
    if (inv.flag(QStringLiteral("print-ffmpeg"))) {
        for (const auto& r : requests) {
            auto plans = queue.plan(r);
            if (!plans)
                return out.error(plans.error(), kExitItemFailed);
            for (const auto& plan : *plans)
                out.line(shellJoin(plan.equivalentCommand));
        }
        return kExitOk;
    }
    QSet<QString> ids;
    for (const auto& r : requests) {
        auto job = queue.submit(r);
        if (!job)
            return out.error(job.error(), kExitItemFailed);
        ids.insert(job->id());
    }
    if (domain::Status s = queue.recover(); !s)
        return out.error(s.error(), kExitItemFailed);
    // Only this command's jobs run here; another process may take them first (a `queue run`
    // or the studio), in which case this one waits for their outcome.
    queue.start(ids);
    const auto allDone = [&] {
        for (const QString& id : ids) {
            auto job = (*context)->jobs().find(id);
            if (job && job->has_value() && !domain::isTerminal((*job)->state()))
                return false;
        }
        return true;
    };
    runQueueUntil(**context, out, allDone);
    std::vector<domain::Job> finished;
    for (const QString& id : ids)
        if (auto job = (*context)->jobs().find(id); job && job->has_value())
            finished.push_back(**job);
    return printJobs(**context, out, finished);
}

int queueCommand(const Invocation& inv, Output& out)
{
    const QString sub = inv.args.value(0);
    auto context = openLibrary(inv);
    if (!context)
        return out.error(context.error(), kExitItemFailed);
    application::ProcessingQueue& queue = (*context)->queue();
    if (sub == QLatin1String("list") && inv.args.size() == 1) {
        auto jobs = queue.jobs();
        if (!jobs)
            return out.error(jobs.error(), kExitItemFailed);
        printJobs(**context, out, *jobs);
        return kExitOk;
    }
    if (sub == QLatin1String("run") && inv.args.size() == 1) {
        if (inv.options.contains(QStringLiteral("concurrency")))
            queue.setConcurrency(inv.option(QStringLiteral("concurrency")).toInt());
        if (domain::Status s = queue.recover(); !s)
            return out.error(s.error(), kExitItemFailed);
        // What this process ran: other processes sharing the library report their own.
        QSet<QString> started;
        QObject::connect(
            &queue, &application::ProcessingQueue::jobChanged, &queue, [&](const domain::Job& j) {
                if (j.state() == JobState::Running)
                    started.insert(j.id());
            });
        queue.start();
        runQueueUntil(**context, out, [&] { return queue.isIdle(); });
        std::vector<domain::Job> ran;
        if (auto after = queue.jobs())
            for (const auto& j : *after)
                if (started.contains(j.id()))
                    ran.push_back(j);
        return printJobs(**context, out, ran);
    }
    using Action = domain::Status (application::ProcessingQueue::*)(const QString&);
    const QMap<QString, Action> actions { { QStringLiteral("pause"), &application::ProcessingQueue::pause },
        { QStringLiteral("resume"), &application::ProcessingQueue::resume },
        { QStringLiteral("cancel"), &application::ProcessingQueue::cancel },
        { QStringLiteral("retry"), &application::ProcessingQueue::retry } };
    if (actions.contains(sub) && inv.args.size() == 2) {
        if (domain::Status s = (queue.*actions.value(sub))(inv.args[1]); !s)
            return out.error(s.error(), kExitItemFailed);
        if (out.json())
            out.document(
                QJsonObject { { QStringLiteral("id"), inv.args[1] }, { QStringLiteral("requested"), sub } });
        else
            out.line(QStringLiteral("%1 %2").arg(sub, inv.args[1]));
        return kExitOk;
    }
    return usageError(out, QStringLiteral("queue list | run | pause ID | resume ID | cancel ID | retry ID"));
}

}  // namespace reelforge::app::cli
