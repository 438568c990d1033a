#pragma once

#include "application/interfaces/i_preset_store.h"
#include "application/interfaces/i_processor_factory.h"

namespace reelforge::adapters {

// The "transcode" step: converts the input with a named preset through the in-process
// Transcoder. Two strategies share the kind so that the registry picks by input: the video
// path accepts inputs with a picture, the audio path accepts audio-only inputs (a video preset
// then makes an audio-only file in the preset's container).
// Step params: {"preset": NAME (required), "hardware": "auto|off|nvenc|vaapi|qsv" (default
// auto), "allowFallback": bool (default true)}. plan() resolves everything (preset, streams,
// encoders, the equivalent ffmpeg command) and run() executes exactly that plan, with the
// preset carried in plan.params so a preset edited in between cannot change a queued job.
// Threading: plan() is const and may run anywhere; run() on one pool thread per instance.
// Errors: InvalidArgument (no/unknown preset, bad hardware value), UnsupportedMedia,
// UnsupportedCodec, FileMissing/MediaUnreadable (source gone or damaged), DiskFull,
// PermissionDenied, IoError, Cancelled. A failed or cancelled run leaves no output file.
class TranscodeProcessor final : public application::IProcessor {
public:
    enum class Path { Video, Audio };

    explicit TranscodeProcessor(const application::IPresetStore& presets, Path path = Path::Video);

    Path path() const { return m_path; }

    QString kind() const override;
    bool accepts(const domain::MediaInfo& input) const override;
    domain::Result<application::ProcessPlan> plan(const domain::Step& step, const QString& inputPath,
        const domain::MediaInfo& input, const application::AnalysisView& analysis) const override;
    domain::Result<std::vector<domain::Artifact>> run(
        const application::ProcessPlan& plan, application::JobContext& ctx) override;

private:
    const application::IPresetStore& m_presets;
    Path m_path;
};

class TranscodeProcessorFactory final : public application::IProcessorFactory {
public:
    explicit TranscodeProcessorFactory(const application::IPresetStore& presets);
    QString kind() const override;
    std::unique_ptr<application::IProcessor> create() const override;

private:
    const application::IPresetStore& m_presets;
};

class AudioTranscodeProcessorFactory final : public application::IProcessorFactory {
public:
    explicit AudioTranscodeProcessorFactory(const application::IPresetStore& presets);
    QString kind() const override;
    std::unique_ptr<application::IProcessor> create() const override;

private:
    const application::IPresetStore& m_presets;
};

}  // namespace reelforge::adapters
