#pragma once

// Shared by the test_transcode_* integration tests: a folder-backed IOutputFiles, a way to plan
// and run a TranscodeProcessor the way the job runner does, and ffprobe readers.

#include "adapters/media/ffmpeg_probe.h"
#include "adapters/processing/transcode_processor.h"
#include "application/interfaces/i_processor.h"
#include "application/services/processor_registry.h"
#include "infrastructure/config/file_preset_store.h"
#include "support/media_fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <functional>

namespace reelforge::testing {

// Hands out paths in one folder, the final name prefixed so tests can tell them apart.
class FolderOutputs final : public application::IOutputFiles {
public:
    explicit FolderOutputs(QString folder)
        : m_folder(std::move(folder))
    {
    }
    domain::Result<QString> reserve(const QString& finalName) override
    {
        m_last = QDir(m_folder).filePath(QStringLiteral("part-") + finalName);
        return m_last;
    }
    QString last() const { return m_last; }

private:
    QString m_folder;
    QString m_last;
};

// A processor step run as the queue runs it: probe, select by input (ProcessorRegistry), plan, run.
struct TranscodeRun {
    domain::Result<application::ProcessPlan> plan = domain::fail(domain::ErrorCode::Internal, QString());
    domain::Result<std::vector<domain::Artifact>> artifacts
        = domain::fail(domain::ErrorCode::Internal, QString());
    bool audioPath = false;  // the audio strategy was selected
    QStringList log;  // the lines the processor gave the job log
};

// The strategy the registry picks for `input`, as the job runner asks for it.
inline domain::Result<std::unique_ptr<application::IProcessor>> selectTranscoder(
    const application::IPresetStore& presets, const domain::MediaInfo& input, const QJsonObject& params)
{
    application::ProcessorRegistry registry;
    registry.add(std::make_unique<adapters::TranscodeProcessorFactory>(presets));
    registry.add(std::make_unique<adapters::AudioTranscodeProcessorFactory>(presets));
    return registry.select({ QStringLiteral("transcode"), params }, input);
}

inline domain::Result<application::ProcessPlan> planTranscode(const application::IPresetStore& presets,
    const QString& input, const QJsonObject& params, bool* audioPath = nullptr)
{
    auto info = adapters::FfmpegProbe().probe(input);
    if (!info)
        return tl::unexpected(info.error());
    auto processor = selectTranscoder(presets, *info, params);
    if (!processor)
        return tl::unexpected(processor.error());
    if (audioPath) {
        const auto* transcode = dynamic_cast<const adapters::TranscodeProcessor*>(processor->get());
        *audioPath = transcode && transcode->path() == adapters::TranscodeProcessor::Path::Audio;
    }
    return (*processor)->plan({ QStringLiteral("transcode"), params }, input, *info, {});
}

inline TranscodeRun runTranscode(const application::IPresetStore& presets, const QString& input,
    const QJsonObject& params, application::IOutputFiles& outputs, application::CancellationToken& cancel,
    const application::ProgressSink::Callback& onProgress = {})
{
    TranscodeRun run;
    run.plan = planTranscode(presets, input, params, &run.audioPath);
    if (!run.plan) {
        run.artifacts = tl::unexpected(run.plan.error());
        return run;
    }
    application::ProgressSink progress(onProgress, 0);
    application::JobContext ctx { cancel, progress, outputs,
        [&run](const QString& line) { run.log << line; } };
    adapters::TranscodeProcessor processor(presets,
        run.audioPath ? adapters::TranscodeProcessor::Path::Audio
                      : adapters::TranscodeProcessor::Path::Video);
    run.artifacts = processor.run(*run.plan, ctx);
    return run;
}

inline QJsonObject probeJson(const QString& path)
{
    return QJsonDocument::fromJson(ffprobeJson(path)).object();
}

// The first stream of `type` ("video", "audio"), or an empty object.
inline QJsonObject streamOf(const QJsonObject& probe, const QString& type)
{
    for (const QJsonValue& s : probe.value(QStringLiteral("streams")).toArray()) {
        if (s.toObject().value(QStringLiteral("codec_type")).toString() == type)
            return s.toObject();
    }
    return {};
}

inline int streamCount(const QJsonObject& probe, const QString& type)
{
    int n = 0;
    for (const QJsonValue& s : probe.value(QStringLiteral("streams")).toArray())
        n += s.toObject().value(QStringLiteral("codec_type")).toString() == type ? 1 : 0;
    return n;
}

inline double seconds(const QJsonObject& object)
{
    return object.value(QStringLiteral("duration")).toString().toDouble();
}

inline double formatSeconds(const QJsonObject& probe)
{
    return seconds(probe.value(QStringLiteral("format")).toObject());
}

// ffprobe's display rotation of a stream (side data), 0 when none.
inline int rotationOf(const QJsonObject& stream)
{
    for (const QJsonValue& sd : stream.value(QStringLiteral("side_data_list")).toArray()) {
        if (sd.toObject().contains(QStringLiteral("rotation")))
            return sd.toObject().value(QStringLiteral("rotation")).toInt();
    }
    return 0;
}

// Frames actually in the stream, counted by decoding (ffprobe -count_frames).
inline int countFrames(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
            QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
            QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
            path });
    p.waitForFinished(60000);
    return QString::fromLatin1(p.readAllStandardOutput()).trimmed().toInt();
}

// A preset store with the built-ins and a user folder inside the test's temporary folder.
inline infrastructure::FilePresetStore presetStore(const QString& folder)
{
    return infrastructure::FilePresetStore(QDir(folder).filePath(QStringLiteral("presets")));
}

}  // namespace reelforge::testing
