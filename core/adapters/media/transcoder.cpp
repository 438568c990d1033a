#include "adapters/media/transcoder.h"

#include "adapters/media/av_input.h"
#include "adapters/media/ffmpeg_command.h"
#include "adapters/media/media_description.h"
#include "adapters/media/transcode_audio.h"
#include "adapters/media/transcode_output.h"
#include "adapters/media/transcode_source.h"
#include "adapters/media/transcode_streams.h"
#include "adapters/media/transcode_subtitles.h"
#include "adapters/media/transcode_video.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <cerrno>
#include <memory>
#include <optional>
#include <vector>

extern "C" {
#include <libavformat/avformat.h>
}

Q_LOGGING_CATEGORY(lcTranscode, "reelforge.transcode", QtWarningMsg)

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

// One run's state: the open input and output, one pipeline per used input stream, and the
// wall clock that fps and speed are measured against (paused time left out).
class TranscodeRun {
public:
    explicit TranscodeRun(const TranscodeCallbacks& callbacks)
        : m_callbacks(callbacks)
    {
    }

    domain::Result<TranscodeReport> execute(const QString& inputPath, const domain::Preset& preset,
        const QString& outputPath, const TranscodeOptions& options)
    {
        m_clock.start();
        auto input = openMediaInput(inputPath);
        if (!input)
            return tl::unexpected(input.error());
        m_input = std::move(*input);
        const AVFormatContext& format = *m_input.format;
        const domain::MediaInfo info = describeMedia(format).info;
        auto spec = resolveTranscode(info, preset, options);
        if (!spec)
            return tl::unexpected(spec.error());
        for (const int stream :
            { spec->video ? spec->video->inputStream : -1, spec->audio ? spec->audio->inputStream : -1 }) {
            if (indexReachesPastEnd(format, stream))
                return domain::fail(
                    ErrorCode::MediaUnreadable, QStringLiteral("the source is truncated"), inputPath);
        }
        m_duration = totalDuration(format);

        domain::Status prepared = prepare(*spec, outputPath);
        if (!prepared && spec->video && spec->video->hardware && options.allowFallback
            && prepared.error().code == ErrorCode::UnsupportedCodec) {
            // Detection saw a usable device, but this open failed (e.g. the GPU's limit of
            // concurrent encode sessions is reached): software it is, as the creator allowed.
            const QString refused = prepared.error().message;
            spec = resolveTranscode(info, preset, { HardwareMode::Off, true, nullptr });
            if (!spec)
                return tl::unexpected(spec.error());
            spec->video->fallbackNote = QStringLiteral("%1; using %2 instead")
                                            .arg(refused, QString::fromLatin1(spec->video->encoder));
            prepared = prepare(*spec, outputPath);
        }
        if (!prepared)
            return tl::unexpected(prepared.error());
        if (spec->video && !spec->video->fallbackNote.isEmpty())
            qCWarning(lcTranscode).noquote() << spec->video->fallbackNote;
        if (auto s = pump(); !s)
            return tl::unexpected(s.error());
        for (const auto& pipeline : m_pipelines) {
            if (auto s = pipeline->finish(); !s)
                return tl::unexpected(s.error());
        }
        if (auto s = m_output->finish(); !s)
            return tl::unexpected(s.error());
        reportProgress(true);
        return report(*spec, inputPath, outputPath);
    }

private:
    // Opens the output with one stream per pipeline and writes its header. Starts over from
    // nothing when called again (a fallback after a failed hardware open).
    domain::Status prepare(const TranscodeSpec& spec, const QString& outputPath)
    {
        m_byStream.clear();
        m_pipelines.clear();
        m_context.reset();
        m_output.reset();
        auto output = TranscodeOutput::create(outputPath, spec.muxer);
        if (!output)
            return tl::unexpected(output.error());
        m_output.emplace(std::move(*output));
        m_context.emplace(PipelineContext { *m_output, [this] { return cancelled(); } });
        if (auto s = openPipelines(spec); !s)
            return s;
        m_output->copyTags(*m_input.format);
        if (spec.chapters) {
            if (auto s = m_output->copyChapters(*m_input.format, inputOrigin(*m_input.format)); !s)
                return s;
        }
        return m_output->writeHeader(spec.muxerOptions);
    }

    static std::chrono::microseconds totalDuration(const AVFormatContext& format)
    {
        std::int64_t longest = format.duration == AV_NOPTS_VALUE ? 0 : format.duration;
        for (unsigned i = 0; longest <= 0 && i < format.nb_streams; ++i) {
            const AVStream& st = *format.streams[i];
            if (st.duration != AV_NOPTS_VALUE)
                longest = std::max(longest, av_rescale_q(st.duration, st.time_base, av_get_time_base_q()));
        }
        return std::chrono::microseconds(std::max<std::int64_t>(longest, 0));
    }

    domain::Status openPipelines(const TranscodeSpec& spec)
    {
        AVFormatContext& format = *m_input.format;
        m_byStream.assign(format.nb_streams, nullptr);
        const std::int64_t origin = inputOrigin(format);
        const auto add = [&](int index, bool copy, const auto& make) -> domain::Status {
            const AVStream& stream = *format.streams[index];
            const std::int64_t streamOrigin = av_rescale_q(origin, av_get_time_base_q(), stream.time_base);
            std::unique_ptr<StreamPipeline> pipeline;
            if (copy) {
                auto out = m_output->addCopiedStream(stream);
                if (!out)
                    return tl::unexpected(out.error());
                pipeline = makeCopyPipeline(*m_context, stream, *out, streamOrigin);
            } else {
                auto made = make(stream, streamOrigin);
                if (!made)
                    return tl::unexpected(made.error());
                pipeline = std::move(*made);
            }
            m_byStream[std::size_t(index)] = pipeline.get();
            m_pipelines.push_back(std::move(pipeline));
            return domain::ok();
        };
        if (spec.video) {
            const auto make = [&](const AVStream& s, std::int64_t o) {
                return makeVideoPipeline(*m_context, s, *spec.video, o);
            };
            if (auto s = add(spec.video->inputStream, spec.video->copy, make); !s)
                return s;
        }
        if (spec.audio) {
            const auto make = [&](const AVStream& s, std::int64_t o) {
                return makeAudioPipeline(*m_context, s, *spec.audio, o);
            };
            if (auto s = add(spec.audio->inputStream, spec.audio->copy, make); !s)
                return s;
        }
        for (const SubtitleSpec& subtitle : spec.subtitles) {
            const auto make = [&](const AVStream& s, std::int64_t o) {
                return makeSubtitlePipeline(*m_context, s, subtitle, o);
            };
            if (auto s = add(subtitle.inputStream, subtitle.copy, make); !s)
                return s;
        }
        // The demuxer skips what nobody reads.
        for (unsigned i = 0; i < format.nb_streams; ++i) {
            if (!m_byStream[i])
                format.streams[i]->discard = AVDISCARD_ALL;
        }
        return domain::ok();
    }

    domain::Status pump()
    {
        PacketPtr packet = makePacket();
        if (!packet)
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        AVFormatContext& format = *m_input.format;
        while (true) {
            if (!waitIfPaused() || cancelled())
                return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
            const int err = av_read_frame(&format, packet.get());
            if (err == AVERROR_EOF)
                break;
            if (err == AVERROR(EAGAIN))
                continue;
            if (err < 0)
                return domain::fail(ErrorCode::MediaUnreadable,
                    QStringLiteral("the source is damaged or truncated"), avErrorText(err));
            const PacketRef guard(packet.get());
            StreamPipeline* pipeline = unsigned(packet->stream_index) < m_byStream.size()
                ? m_byStream[std::size_t(packet->stream_index)]
                : nullptr;
            if (!pipeline)
                continue;
            if (auto s = pipeline->send(*packet); !s)
                return s;
            reportProgress(false);
        }
        if (format.pb && format.pb->error < 0)
            return domain::fail(ErrorCode::IoError, QStringLiteral("the source could not be read"),
                avErrorText(format.pb->error));
        return domain::ok();
    }

    bool cancelled() const { return m_callbacks.isCancelled && m_callbacks.isCancelled(); }

    bool waitIfPaused()
    {
        if (!m_callbacks.waitWhilePaused)
            return true;
        QElapsedTimer waited;
        waited.start();
        const bool goOn = m_callbacks.waitWhilePaused();
        m_pausedMs += waited.elapsed();
        return goOn;
    }

    void reportProgress(bool done)
    {
        if (!m_callbacks.progress)
            return;
        if (!done && m_context->videoFrames == m_lastFrames && m_context->position == m_lastPosition)
            return;
        m_lastFrames = m_context->videoFrames;
        m_lastPosition = m_context->position;
        TranscodeProgress p;
        p.frames = m_context->videoFrames;
        p.position = m_context->position;
        if (m_duration.count() > 0)
            p.fraction = std::clamp(double(p.position.count()) / double(m_duration.count()), 0.0, 1.0);
        if (done)
            p.fraction = 1.0;
        const double seconds = double(std::max<qint64>(m_clock.elapsed() - m_pausedMs, 1)) / 1000.0;
        p.fps = double(p.frames) / seconds;
        p.speed = double(p.position.count()) / 1e6 / seconds;
        m_callbacks.progress(p);
    }

    TranscodeReport report(
        const TranscodeSpec& spec, const QString& inputPath, const QString& outputPath) const
    {
        TranscodeReport r;
        const auto nameOf = [&](int index) {
            const StreamPipeline* p = m_byStream[std::size_t(index)];
            return p ? QString::fromLatin1(p->encoderName()) : QString();
        };
        if (spec.video) {
            r.videoEncoder = nameOf(spec.video->inputStream);
            r.hardware = spec.video->hardware.has_value();
            r.fallbackNote = spec.video->fallbackNote;
        }
        if (spec.audio)
            r.audioEncoder = nameOf(spec.audio->inputStream);
        r.videoFrames = m_context->videoFrames;
        r.duration = m_context->position;
        r.ffmpegCommand = ffmpegCommand(inputPath, spec, outputPath);
        r.notes = spec.notes;
        if (!spec.chapters && m_input.format->nb_chapters > 0)
            r.notes << QStringLiteral("%1 chapter(s) left out: the %2 container cannot hold them")
                           .arg(m_input.format->nb_chapters)
                           .arg(QString::fromLatin1(spec.muxer));
        if (!r.fallbackNote.isEmpty())
            r.notes << r.fallbackNote;
        return r;
    }

    const TranscodeCallbacks& m_callbacks;
    QElapsedTimer m_clock;
    qint64 m_pausedMs = 0;
    std::chrono::microseconds m_duration { 0 };
    MediaInput m_input;
    // Declared after the input and destroyed before it; pipelines before the output they write to.
    std::optional<TranscodeOutput> m_output;
    std::optional<PipelineContext> m_context;
    std::vector<std::unique_ptr<StreamPipeline>> m_pipelines;
    std::vector<StreamPipeline*> m_byStream;  // by input stream index; null: not used
    std::int64_t m_lastFrames = -1;
    std::chrono::microseconds m_lastPosition { -1 };
};

}  // namespace

Transcoder::Transcoder(QString inputPath, domain::Preset preset, QString outputPath, TranscodeOptions options)
    : m_inputPath(std::move(inputPath))
    , m_preset(std::move(preset))
    , m_outputPath(std::move(outputPath))
    , m_options(options)
{
}

domain::Result<TranscodeReport> Transcoder::run(const TranscodeCallbacks& callbacks)
{
    const bool existed = QFileInfo::exists(m_outputPath);
    domain::Result<TranscodeReport> result = [&] {
        TranscodeRun run(callbacks);  // closed (file handles released) before any clean-up below
        return run.execute(m_inputPath, m_preset, m_outputPath, m_options);
    }();
    // Only what this run created goes, and only a plain file: never a device or a folder.
    if (!result && !existed && QFileInfo(m_outputPath).isFile())
        QFile::remove(m_outputPath);
    // A damaged source is named: the decoders and the demuxer only know libav's reason.
    if (!result && result.error().code == ErrorCode::MediaUnreadable
        && result.error().detail != m_inputPath) {
        domain::Error error = result.error();
        if (!error.detail.isEmpty())
            error.message += QStringLiteral(": ") + error.detail;
        error.detail = m_inputPath;
        return tl::unexpected(error);
    }
    return result;
}

}  // namespace reelforge::adapters
