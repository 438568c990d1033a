#include "adapters/processing/transcode_processor.h"

#include "adapters/media/ffmpeg_command.h"
#include "adapters/media/transcoder.h"

#include <QFile>
#include <QFileInfo>

#include <limits>

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

const QString kKind = QStringLiteral("transcode");
const QString kPreset = QStringLiteral("preset");
const QString kHardware = QStringLiteral("hardware");
const QString kAllowFallback = QStringLiteral("allowFallback");

domain::Result<TranscodeOptions> optionsFrom(const QJsonObject& params)
{
    TranscodeOptions options;
    const QJsonValue hardware = params.value(kHardware);
    if (!hardware.isUndefined() && !hardware.isNull()) {
        auto mode = parseHardwareMode(hardware.toString());
        if (!hardware.isString() || !mode)
            return domain::fail(ErrorCode::InvalidArgument,
                QStringLiteral("hardware must be auto, off, nvenc, vaapi or qsv"), kHardware);
        options.hardware = *mode;
    }
    const QJsonValue fallback = params.value(kAllowFallback);
    if (!fallback.isUndefined() && !fallback.isNull()) {
        if (!fallback.isBool())
            return domain::fail(ErrorCode::InvalidArgument,
                QStringLiteral("allowFallback must be true or false"), kAllowFallback);
        options.allowFallback = fallback.toBool();
    }
    return options;
}

domain::Result<domain::Preset> presetNamed(
    const application::IPresetStore& presets, const QJsonObject& params)
{
    const QString name = params.value(kPreset).toString();
    if (name.isEmpty())
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("preset is required"), kPreset);
    auto preset = presets.find(name);
    if (!preset && preset.error().code == ErrorCode::NotFound)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("unknown preset ") + name, name);
    return preset;
}

void removePartial(const QString& path)
{
    if (QFileInfo(path).isFile())
        QFile::remove(path);
}

}  // namespace

TranscodeProcessor::TranscodeProcessor(const application::IPresetStore& presets, Path path)
    : m_presets(presets)
    , m_path(path)
{
}

QString TranscodeProcessor::kind() const
{
    return kKind;
}

bool TranscodeProcessor::accepts(const domain::MediaInfo& input) const
{
    return m_path == Path::Video ? input.hasVideo() : !input.hasVideo() && input.hasAudio();
}

domain::Result<application::ProcessPlan> TranscodeProcessor::plan(const domain::Step& step,
    const QString& inputPath, const domain::MediaInfo& input,
    const application::AnalysisView& /*analysis*/) const
{
    auto preset = presetNamed(m_presets, step.params);
    if (!preset)
        return tl::unexpected(preset.error());
    auto options = optionsFrom(step.params);
    if (!options)
        return tl::unexpected(options.error());
    auto spec = resolveTranscode(input, *preset, *options);
    if (!spec)
        return tl::unexpected(spec.error());

    application::ProcessPlan plan;
    plan.kind = kKind;
    plan.inputPath = inputPath;
    plan.input = input;
    plan.outputName = QStringLiteral("%1_%2.%3")
                          .arg(QFileInfo(inputPath).completeBaseName(), preset->name, preset->extension);
    plan.params = QJsonObject { { kPreset, preset->toJson() },
        { kHardware, hardwareModeName(options->hardware) }, { kAllowFallback, options->allowFallback } };
    plan.equivalentCommand = ffmpegCommand(inputPath, *spec, plan.outputName);
    return plan;
}

domain::Result<std::vector<domain::Artifact>> TranscodeProcessor::run(
    const application::ProcessPlan& plan, application::JobContext& ctx)
{
    auto preset = domain::Preset::fromJson(plan.params.value(kPreset).toObject());
    if (!preset)
        return tl::unexpected(preset.error());
    auto options = optionsFrom(plan.params);
    if (!options)
        return tl::unexpected(options.error());
    auto path = ctx.outputs.reserve(plan.outputName);
    if (!path)
        return tl::unexpected(path.error());

    TranscodeCallbacks callbacks;
    callbacks.progress = [&ctx](const TranscodeProgress& p) {
        const int frames = int(std::min<std::int64_t>(p.frames, std::numeric_limits<int>::max()));
        // Video reports frames per second; audio-only work has no frames, so its rate is speed.
        ctx.progress.report(
            { p.fraction, -1.0, p.frames > 0 ? p.fps : p.speed, frames, 0, {} }, p.fraction >= 1.0);
    };
    callbacks.isCancelled = [&ctx] { return ctx.cancel.isCancelled(); };
    callbacks.waitWhilePaused = [&ctx] { return ctx.waitWhilePaused(); };

    Transcoder transcoder(plan.inputPath, *preset, *path, *options);
    auto report = transcoder.run(callbacks);
    if (!report) {
        removePartial(*path);
        return tl::unexpected(report.error());
    }
    for (const QString& line : report->notes)
        ctx.note(line);
    domain::Artifact artifact;
    artifact.kind = report->videoEncoder.isEmpty() ? QStringLiteral("audio") : QStringLiteral("video");
    artifact.path = *path;
    return std::vector<domain::Artifact> { artifact };
}

TranscodeProcessorFactory::TranscodeProcessorFactory(const application::IPresetStore& presets)
    : m_presets(presets)
{
}

QString TranscodeProcessorFactory::kind() const
{
    return kKind;
}

std::unique_ptr<application::IProcessor> TranscodeProcessorFactory::create() const
{
    return std::make_unique<TranscodeProcessor>(m_presets, TranscodeProcessor::Path::Video);
}

AudioTranscodeProcessorFactory::AudioTranscodeProcessorFactory(const application::IPresetStore& presets)
    : m_presets(presets)
{
}

QString AudioTranscodeProcessorFactory::kind() const
{
    return kKind;
}

std::unique_ptr<application::IProcessor> AudioTranscodeProcessorFactory::create() const
{
    return std::make_unique<TranscodeProcessor>(m_presets, TranscodeProcessor::Path::Audio);
}

}  // namespace reelforge::adapters
