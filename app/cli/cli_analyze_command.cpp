#include "cli/cli_commands.h"
#include "cli/cli_context.h"

#include "application/services/media_files.h"
#include "domain/models/analysis_captions.h"
#include "domain/models/analysis_json.h"
#include "domain/models/media_asset.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <cmath>

namespace reelforge::app::cli {

using domain::ErrorCode;

namespace {

// Parses the analyze options into settings; returns a usage problem as text.
QString settingsFrom(const Invocation& inv, const QStringList& known, application::AnalysisSettings& s)
{
    for (const QString& name :
        inv.option(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString n
            = name.trimmed() == QLatin1String("transcript") ? QStringLiteral("speech") : name.trimmed();
        if (!known.contains(n))
            return QStringLiteral("--only: unknown analysis \"%1\" (known: %2)")
                .arg(n, known.join(QLatin1Char(',')));
        if (!s.only.contains(n))
            s.only << n;
    }
    const bool captions
        = inv.options.contains(QStringLiteral("srt")) || inv.options.contains(QStringLiteral("vtt"));
    if (captions && !s.only.isEmpty() && !s.only.contains(QStringLiteral("speech")))
        s.only << QStringLiteral("speech");
    if (inv.options.contains(QStringLiteral("silence-threshold"))) {
        bool ok = false;
        const double db = inv.option(QStringLiteral("silence-threshold")).toDouble(&ok);
        if (!ok || !std::isfinite(db) || db >= 0.0 || db < -120.0)
            return QStringLiteral("--silence-threshold needs a level in dBFS between -120 and 0, e.g. -45");
        s.silenceThresholdDb = db;
    }
    if (inv.options.contains(QStringLiteral("silence-min"))) {
        bool ok = false;
        const double seconds = inv.option(QStringLiteral("silence-min")).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds < 0.01 || seconds > 3600.0)
            return QStringLiteral("--silence-min needs seconds between 0.01 and 3600, e.g. 0.5");
        s.silenceMin = domain::fromSeconds(seconds);
    }
    return {};
}

domain::Status writeCaptions(const QString& path, const QString& text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return domain::fail(
            ErrorCode::IoError, QStringLiteral("cannot write captions: ") + file.errorString(), path);
    return domain::ok();
}

QString seconds(domain::Micros t)
{
    return QString::number(domain::toSeconds(t), 'f', 3);
}

void printHuman(Output& out, const application::AnalysisOutcome& o)
{
    const domain::Analysis& a = o.analysis;
    out.line(QStringLiteral("%1  (%2 s)").arg(o.path, seconds(a.duration)));
    if (a.scenes) {
        out.line(QStringLiteral("scenes: %1").arg(a.scenes->size()));
        for (const auto& s : *a.scenes)
            out.line(QStringLiteral("  %1 s  frame %2  %3")
                         .arg(seconds(s.time))
                         .arg(s.frame)
                         .arg(domain::sceneKindName(s.kind)));
    }
    if (a.silences) {
        out.line(QStringLiteral("silences: %1").arg(a.silences->size()));
        for (const auto& s : *a.silences)
            out.line(QStringLiteral("  %1 - %2 s").arg(seconds(s.start), seconds(s.end)));
    }
    if (a.loudness) {
        out.line(QStringLiteral("loudness: %1 LUFS integrated, %2 LU range, %3 dBTP true peak")
                     .arg(a.loudness->integratedLufs, 0, 'f', 1)
                     .arg(a.loudness->rangeLu, 0, 'f', 1)
                     .arg(a.loudness->truePeakDbtp, 0, 'f', 1));
    }
    if (a.faces) {
        std::size_t withFaces = 0;
        for (const auto& f : *a.faces)
            withFaces += f.boxes.empty() ? 0 : 1;
        out.line(QStringLiteral("faces: seen at %1 of %2 sampled times").arg(withFaces).arg(a.faces->size()));
    }
    if (a.thumbnails) {
        QStringList best;
        for (const auto& t : *a.thumbnails)
            best << seconds(t.time) + QStringLiteral(" s");
        out.line(QStringLiteral("thumbnails: ") + best.join(QStringLiteral(", ")));
    }
    if (a.transcript)
        out.line(QStringLiteral("transcript: ") + a.transcript->text());
    for (const auto& issue : a.issues)
        out.line(QStringLiteral("note: %1: %2").arg(issue.code, issue.detail));
}

// The analyze step a queued analysis runs: the same settings as the direct path.
domain::Step analyzeStep(const application::AnalysisRequest& request)
{
    const application::AnalysisSettings& s = request.settings;
    return { QStringLiteral("analyze"),
        QJsonObject { { QStringLiteral("only"), QJsonArray::fromStringList(s.only) },
            { QStringLiteral("silenceThresholdDb"), s.silenceThresholdDb },
            { QStringLiteral("silenceMinSeconds"), domain::toSeconds(s.silenceMin) },
            { QStringLiteral("useCache"), request.useCache } } };
}

// --queue: the analysis becomes a job in the persistent queue (pause, cancel and crash
// recovery as for any job) and this process runs the queue until that job has ended.
domain::Result<domain::Job> runQueued(
    AppContext& context, Output& out, const application::AnalysisRequest& request, const Invocation& inv)
{
    application::JobRequest job;
    job.recipe = domain::Recipe { QStringLiteral("analyze"), { analyzeStep(request) } };
    job.priority = inv.option(QStringLiteral("priority")).toInt();
    if (!request.assetId.isEmpty()) {
        auto asset = context.library().get(request.assetId);
        if (!asset)
            return tl::unexpected(asset.error());
        job.input = asset->storedPath();
        job.title = asset->title();
        job.assetId = asset->id();
    } else {
        job.input = QFileInfo(request.path).absoluteFilePath();
        job.title = domain::MediaAsset::titleFromFileName(request.path);
    }
    application::ProcessingQueue& queue = context.queue();
    auto submitted = queue.submit(job);
    if (!submitted)
        return submitted;
    if (domain::Status s = queue.recover(); !s)
        return tl::unexpected(s.error());
    const QString id = submitted->id();
    queue.start({ id });
    const auto ended = [&] {
        auto found = context.jobs().find(id);
        return !found || !found->has_value() || domain::isTerminal((*found)->state());
    };
    runQueueUntil(context, out, ended);
    auto found = context.jobs().find(id);
    if (!found)
        return tl::unexpected(found.error());
    if (!found->has_value())
        return domain::fail(ErrorCode::NotFound, QStringLiteral("the analysis job disappeared"), id);
    return **found;
}

}  // namespace

int analyzeCommand(const Invocation& inv, Output& out)
{
    if (inv.args.size() != 1)
        return usageError(out, QStringLiteral("analyze needs one FILE or ASSET_ID"));
    auto context = openLibrary(inv);
    if (!context)
        return out.error(context.error(), kExitItemFailed);
    application::AnalysisService& service = (*context)->analysis();

    application::AnalysisRequest request;
    if (const QString problem = settingsFrom(inv, service.analyzerNames(), request.settings);
        !problem.isEmpty())
        return usageError(out, problem);
    request.useCache = !inv.flag(QStringLiteral("no-cache"));
    const QString input = inv.args.front();
    if (QFileInfo::exists(input)) {
        // A folder, a pipe or a device is refused before anything (a queued job too) reads it.
        if (domain::Status s = application::checkRegularFile(input); !s)
            return out.error(s.error(), kExitItemFailed);
        request.path = input;
    } else if ((*context)->library().get(input)) {
        request.assetId = input;
    } else {
        return out.error(
            { ErrorCode::FileMissing, QStringLiteral("no such file or asset id"), input }, kExitItemFailed);
    }

    QJsonObject jobJson;
    if (inv.flag(QStringLiteral("queue"))) {
        auto job = runQueued(**context, out, request, inv);
        if (!job)
            return out.error(job.error(), kExitItemFailed);
        // A job keeps its failure in words only; what fails while analysing is the media.
        if (job->state() != domain::JobState::Succeeded)
            return out.error({ job->state() == domain::JobState::Cancelled ? ErrorCode::Cancelled
                                                                           : ErrorCode::MediaUnreadable,
                                 QStringLiteral("the analysis job %1 %2")
                                     .arg(job->id(), domain::jobStateName(job->state())),
                                 job->fields().error },
                kExitItemFailed);
        jobJson = { { QStringLiteral("id"), job->id() },
            { QStringLiteral("state"), domain::jobStateName(job->state()) } };
        request.useCache = true;  // the job stored every result: read them back
    }

    application::CancellationToken cancel;
    application::ProgressSink progress([&out](const application::Progress& p) {
        out.progress(
            QStringLiteral("analysing %1 %2%").arg(p.currentItem).arg(p.fraction * 100.0, 0, 'f', 1));
    });
    auto outcome = service.run(request, cancel, &progress);
    out.progress(QString());
    if (!outcome)
        return out.error(outcome.error(), kExitItemFailed);

    const auto cues = outcome->analysis.transcript ? domain::captionCues(*outcome->analysis.transcript)
                                                   : std::vector<domain::CaptionCue> {};
    for (const auto& [option, render] : { std::pair { QStringLiteral("srt"), &domain::toSrt },
             std::pair { QStringLiteral("vtt"), &domain::toWebVtt } }) {
        if (!inv.options.contains(option))
            continue;
        if (!outcome->analysis.transcript)
            return out.error(
                { ErrorCode::UnsupportedMedia, QStringLiteral("no transcript to write captions from"),
                    outcome->analysis.issues.empty() ? QString() : outcome->analysis.issues.front().detail },
                kExitItemFailed);
        if (domain::Status s = writeCaptions(inv.option(option), render(cues)); !s)
            return out.error(s.error(), kExitItemFailed);
    }

    if (out.json()) {
        QJsonObject doc = domain::analysisToJson(outcome->analysis, domain::AnalysisJsonDetail::Summary);
        doc.insert(QStringLiteral("file"), outcome->path);
        doc.insert(QStringLiteral("assetId"),
            outcome->assetId.isEmpty() ? QJsonValue() : QJsonValue(outcome->assetId));
        doc.insert(QStringLiteral("computed"), QJsonArray::fromStringList(outcome->computed));
        doc.insert(QStringLiteral("fromCache"), QJsonArray::fromStringList(outcome->fromCache));
        doc.insert(QStringLiteral("skipped"), QJsonArray::fromStringList(outcome->skipped));
        if (!jobJson.isEmpty())
            doc.insert(QStringLiteral("job"), jobJson);
        out.document(doc);
    } else {
        printHuman(out, *outcome);
    }
    return kExitOk;
}

}  // namespace reelforge::app::cli
