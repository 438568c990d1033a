#include "adapters/processing/analysis_processor.h"

#include <QFileInfo>
#include <QJsonArray>

#include <cmath>

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

const QString kKind = QStringLiteral("analyze");
const QString kOnly = QStringLiteral("only");
const QString kThreshold = QStringLiteral("silenceThresholdDb");
const QString kMinSeconds = QStringLiteral("silenceMinSeconds");
const QString kUseCache = QStringLiteral("useCache");

struct StepSettings {
    application::AnalysisSettings settings;
    bool useCache = true;
};

domain::Result<double> numberIn(
    const QJsonObject& params, const QString& key, double low, double high, double fallback)
{
    const QJsonValue v = params.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < low || v.toDouble() > high)
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("%1 must be a number between %2 and %3").arg(key).arg(low).arg(high), key);
    return v.toDouble();
}

domain::Result<StepSettings> settingsFrom(const QJsonObject& params, const QStringList& known)
{
    StepSettings s;
    const QJsonValue only = params.value(kOnly);
    if (!only.isUndefined() && !only.isNull()) {
        if (!only.isArray())
            return domain::fail(
                ErrorCode::InvalidArgument, QStringLiteral("only must be a list of analyses"), kOnly);
        for (const QJsonValue& name : only.toArray()) {
            if (!name.isString() || !known.contains(name.toString()))
                return domain::fail(ErrorCode::InvalidArgument,
                    QStringLiteral("only: unknown analysis (known: %1)").arg(known.join(QLatin1Char(','))),
                    name.toString());
            if (!s.settings.only.contains(name.toString()))
                s.settings.only << name.toString();
        }
    }
    auto threshold = numberIn(params, kThreshold, -120.0, -0.01, s.settings.silenceThresholdDb);
    if (!threshold)
        return tl::unexpected(threshold.error());
    s.settings.silenceThresholdDb = *threshold;
    auto minSeconds = numberIn(params, kMinSeconds, 0.01, 3600.0, domain::toSeconds(s.settings.silenceMin));
    if (!minSeconds)
        return tl::unexpected(minSeconds.error());
    s.settings.silenceMin = domain::fromSeconds(*minSeconds);
    const QJsonValue useCache = params.value(kUseCache);
    if (!useCache.isUndefined() && !useCache.isNull()) {
        if (!useCache.isBool())
            return domain::fail(
                ErrorCode::InvalidArgument, QStringLiteral("useCache must be true or false"), kUseCache);
        s.useCache = useCache.toBool();
    }
    return s;
}

QJsonObject toParams(const StepSettings& s)
{
    return { { kOnly, QJsonArray::fromStringList(s.settings.only) },
        { kThreshold, s.settings.silenceThresholdDb },
        { kMinSeconds, domain::toSeconds(s.settings.silenceMin) }, { kUseCache, s.useCache } };
}

}  // namespace

AnalysisProcessor::AnalysisProcessor(application::AnalysisService& analysis)
    : m_analysis(analysis)
{
}

QString AnalysisProcessor::kind() const
{
    return kKind;
}

bool AnalysisProcessor::accepts(const domain::MediaInfo& input) const
{
    return input.hasVideo() || input.hasAudio();
}

domain::Result<application::ProcessPlan> AnalysisProcessor::plan(const domain::Step& step,
    const QString& inputPath, const domain::MediaInfo& input,
    const application::AnalysisView& /*analysis*/) const
{
    auto settings = settingsFrom(step.params, m_analysis.analyzerNames());
    if (!settings)
        return tl::unexpected(settings.error());
    application::ProcessPlan plan;
    plan.kind = kKind;
    plan.inputPath = inputPath;
    plan.input = input;
    // Nothing is written: the name only labels the step in the job.
    plan.outputName = QFileInfo(inputPath).completeBaseName() + QStringLiteral("_analysis");
    plan.params = toParams(*settings);
    return plan;
}

domain::Result<std::vector<domain::Artifact>> AnalysisProcessor::run(
    const application::ProcessPlan& plan, application::JobContext& ctx)
{
    auto settings = settingsFrom(plan.params, m_analysis.analyzerNames());
    if (!settings)
        return tl::unexpected(settings.error());
    application::AnalysisRequest request;
    request.path = plan.inputPath;
    request.settings = settings->settings;
    request.useCache = settings->useCache;
    // Pause is honoured inside the decode pass (it waits on the same token).
    auto outcome = m_analysis.run(request, ctx.cancel, &ctx.progress);
    if (!outcome)
        return tl::unexpected(outcome.error());
    if (ctx.cancel.isCancelled())
        return domain::fail(ErrorCode::Cancelled, QStringLiteral("analysis cancelled"), plan.inputPath);
    return std::vector<domain::Artifact> {};
}

AnalysisProcessorFactory::AnalysisProcessorFactory(application::AnalysisService& analysis)
    : m_analysis(analysis)
{
}

QString AnalysisProcessorFactory::kind() const
{
    return kKind;
}

std::unique_ptr<application::IProcessor> AnalysisProcessorFactory::create() const
{
    return std::make_unique<AnalysisProcessor>(m_analysis);
}

}  // namespace reelforge::adapters
