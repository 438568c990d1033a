#include "application/services/job_runner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace reelforge::application {

using domain::ErrorCode;

JobRunner::JobRunner(const ProcessorRegistry& processors, const IMediaProbe& probe)
    : m_processors(processors)
    , m_probe(probe)
{
}

domain::Result<ProcessPlan> JobRunner::planStep(const domain::Job& job, const domain::Step& step,
    const QString& input, const domain::MediaInfo& info, std::unique_ptr<IProcessor>* processor) const
{
    auto selected = m_processors.select(step, info);
    if (!selected)
        return tl::unexpected(selected.error());
    auto plan = (*selected)->plan(step, input, info, AnalysisView {});
    if (!plan)
        return plan;
    // The processor proposes "<preset>.<ext>"-style names; the job's template decides.
    const QFileInfo proposed(plan->outputName);
    const QString preset = step.params.value(QStringLiteral("preset")).toString(step.kind);
    plan->outputName = expandOutputTemplate(job.fields().outputTemplate, job.fields().title, preset,
        proposed.suffix(), job.fields().createdAt.toString(QStringLiteral("yyyy-MM-dd")));
    // The equivalent command writes where the job will (processors put the output last).
    if (!plan->equivalentCommand.isEmpty())
        plan->equivalentCommand.last() = QDir(job.fields().outputDir).filePath(plan->outputName);
    if (processor)
        *processor = std::move(*selected);
    return plan;
}

domain::Result<std::vector<ProcessPlan>> JobRunner::plan(const domain::Job& job) const
{
    std::vector<ProcessPlan> plans;
    const QString input = job.fields().inputs.value(0);
    auto info = m_probe.probe(input);
    if (!info)
        return tl::unexpected(info.error());
    for (const domain::Step& step : job.fields().recipe.steps) {
        auto plan = planStep(job, step, input, *info, nullptr);
        if (!plan)
            return tl::unexpected(plan.error());
        plans.push_back(*plan);
        // Later steps are planned against the first input: their real input does not exist yet.
    }
    return plans;
}

domain::Result<JobOutcome> JobRunner::run(const domain::Job& job, CancellationToken& cancel,
    ProgressSink& progress, const QDateTime& now, const std::function<void(const QString&)>& log)
{
    const QString attempt = job.fields().attemptId.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128)
                                                             : job.fields().attemptId;
    auto outputs = std::make_shared<OutputFiles>(job.fields().outputDir, job.id(), attempt);
    QString input = job.fields().inputs.value(0);
    const auto& steps = job.fields().recipe.steps;
    std::vector<domain::Artifact> artifacts;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        auto info = m_probe.probe(input);
        if (!info)
            return tl::unexpected(info.error());
        std::unique_ptr<IProcessor> processor;
        auto plan = planStep(job, steps[i], input, *info, &processor);
        if (!plan)
            return tl::unexpected(plan.error());
        const double base = static_cast<double>(i) / static_cast<double>(steps.size());
        const double span = 1.0 / static_cast<double>(steps.size());
        ProgressSink stepProgress(
            [&](const Progress& p) {
                Progress overall = p;
                overall.fraction = base + span * p.fraction;
                overall.etaSeconds = -1.0;
                progress.report(overall);
            },
            0);
        JobContext ctx { cancel, stepProgress, *outputs, log };
        auto produced = processor->run(*plan, ctx);
        if (!produced)
            return tl::unexpected(produced.error());
        if (cancel.isCancelled())
            return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), job.id());
        // A step that writes no file (analysis stores its result in the cache) hands its own
        // input on and keeps the outputs of the steps before it.
        if (produced->empty())
            continue;
        input = produced->front().path;
        artifacts = std::move(*produced);
    }
    for (domain::Artifact& a : artifacts) {
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        a.jobId = job.id();
        a.assetId = job.fields().assetId;
        a.createdAt = now;
    }
    if (domain::Status s = describe(artifacts, cancel); !s)
        return tl::unexpected(s.error());
    return JobOutcome { std::move(artifacts), std::move(outputs) };
}

domain::Status JobRunner::describe(std::vector<domain::Artifact>& artifacts, CancellationToken& cancel) const
{
    for (domain::Artifact& a : artifacts) {
        if (domain::Status s = describeOne(a, cancel); !s)
            return s;
    }
    return domain::ok();
}

domain::Status JobRunner::describeOne(domain::Artifact& a, CancellationToken& cancel) const
{
    QFile f(a.path);
    if (!f.open(QIODevice::ReadOnly))
        return domain::fail(ErrorCode::IoError, QStringLiteral("output cannot be read back"), a.path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 size = 0;
    while (true) {
        if (cancel.isCancelled())
            return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), a.path);
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return domain::fail(ErrorCode::IoError, QStringLiteral("output cannot be read back"), a.path);
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        size += n;
    }
    a.sizeBytes = size;
    a.contentHash = QString::fromLatin1(hash.result().toHex());
    // Media outputs must open as what they claim to be: a file the muxer never finished (no
    // index, no moov atom) is a failure, not a result.
    const bool media = a.kind == QLatin1String("video") || a.kind == QLatin1String("audio");
    auto info = m_probe.probe(a.path);
    if (info)
        a.info = *info;
    else if (media)
        return domain::fail(ErrorCode::MediaUnreadable,
            QStringLiteral("the output does not read back as media"), info.error().toString());
    if (media && a.info.duration.count() <= 0)
        return domain::fail(ErrorCode::MediaUnreadable, QStringLiteral("the output has no duration"), a.path);
    return domain::ok();
}

domain::Result<std::vector<domain::Artifact>> JobOutcome::place() const
{
    QSet<QString> keep;
    for (const domain::Artifact& a : artifacts)
        keep.insert(a.path);
    auto moved = outputs->commit(keep);
    if (!moved)
        return tl::unexpected(moved.error());
    std::vector<domain::Artifact> placed = artifacts;
    for (domain::Artifact& a : placed) {
        for (const auto& [temp, final] : *moved) {
            if (a.path == temp)
                a.path = final;
        }
        // What is recorded is what is on disk under the final name, byte for byte in size.
        if (QFileInfo(a.path).size() != a.sizeBytes) {
            outputs->rollback();
            return domain::fail(
                ErrorCode::IoError, QStringLiteral("the output changed after it was written"), a.path);
        }
    }
    return placed;
}

void JobOutcome::rollback() const
{
    outputs->rollback();
}

}  // namespace reelforge::application
