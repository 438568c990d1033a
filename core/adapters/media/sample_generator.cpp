#include "adapters/media/sample_generator.h"

#include "adapters/media/av_encoder.h"
#include "adapters/media/av_muxer.h"
#include "adapters/media/lavfi_source.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <filesystem>
#include <system_error>

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/mathematics.h>
}

namespace reelforge::adapters {

using application::CancellationToken;
using domain::ErrorCode;

namespace {

constexpr int kSeconds = 5;
constexpr std::int64_t kAudioBitRate = 128'000;

struct SampleClip {
    const char* fileName;
    const char* video;  // lavfi source; the duration is appended
    const char* audio;
};

// Sources end by themselves after kSeconds; aformat gives the AAC encoder the planar float
// stereo it takes (the sine source is mono 16-bit).
constexpr std::array<SampleClip, 2> kClips { {
    { "ReelForge sample - colour bars.mp4", "smptehdbars=size=1280x720:rate=30:duration=%1,format=yuv420p",
        "sine=frequency=1000:sample_rate=48000:duration=%1,aformat=sample_fmts=fltp:channel_layouts=stereo" },
    { "ReelForge sample - test pattern.mp4", "testsrc2=size=1280x720:rate=30:duration=%1,format=yuv420p",
        "sine=frequency=440:sample_rate=48000:duration=%1,aformat=sample_fmts=fltp:channel_layouts=stereo" },
} };

EncoderChoice h264Choice()
{
    // veryfast keeps the 10 s of 720p well under the time a creator waits for a button.
    return { { { QByteArrayLiteral("libx264"),
                 { { QByteArrayLiteral("preset"), QByteArrayLiteral("veryfast") } } } },
        { AV_CODEC_ID_H264, AV_CODEC_ID_MPEG4 } };
}

EncoderChoice aacChoice()
{
    return { { { QByteArrayLiteral("aac"), {} } }, { AV_CODEC_ID_AAC } };
}

// One elementary stream on its way from a lavfi source through an encoder into the muxer.
struct Track {
    LavfiSource source;
    Encoder encoder;
    int streamIndex = -1;
    std::int64_t nextPts = 0;  // of the last frame pulled, in the encoder's (= source's) time base
    bool done = false;
};

domain::Status pump(Track& track, AVFrame& frame, Muxer& muxer)
{
    const auto toMuxer
        = [&](AVPacket& packet) { return muxer.write(packet, track.streamIndex, track.encoder.timeBase()); };
    auto got = track.source.pull(frame);
    if (!got)
        return tl::unexpected(got.error());
    if (!*got) {
        track.done = true;
        return track.encoder.encode(nullptr, toMuxer);
    }
    track.nextPts = frame.pts;
    domain::Status status = track.encoder.encode(&frame, toMuxer);
    av_frame_unref(&frame);
    return status;
}

// Feeds whichever track is behind, so the muxer's interleaving queue stays short.
Track& behind(Track& a, Track& b)
{
    if (a.done)
        return b;
    if (b.done)
        return a;
    return av_compare_ts(a.nextPts, a.encoder.timeBase(), b.nextPts, b.encoder.timeBase()) <= 0 ? a : b;
}

domain::Status writeClip(const QString& path, const SampleClip& clip, CancellationToken& cancel)
{
    auto video = LavfiSource::video(QString::fromLatin1(clip.video).arg(kSeconds));
    auto audio = LavfiSource::audio(QString::fromLatin1(clip.audio).arg(kSeconds));
    if (!video || !audio)
        return tl::unexpected(video ? audio.error() : video.error());
    auto muxer = Muxer::create(path, "mp4");
    if (!muxer)
        return tl::unexpected(muxer.error());

    EncodeSettings settings;
    settings.globalHeader = muxer->needsGlobalHeader();
    auto videoEncoder = Encoder::openVideo(video->videoFormat(), h264Choice(), settings);
    if (!videoEncoder)
        return tl::unexpected(videoEncoder.error());
    settings.bitRate = kAudioBitRate;
    auto audioEncoder = Encoder::openAudio(audio->audioFormat(), aacChoice(), settings);
    if (!audioEncoder)
        return tl::unexpected(audioEncoder.error());
    audio->setAudioFrameSize(audioEncoder->audioFrameSize());

    std::array<Track, 2> tracks { Track { std::move(*video), std::move(*videoEncoder) },
        Track { std::move(*audio), std::move(*audioEncoder) } };
    for (Track& track : tracks) {
        auto index = muxer->addStream(track.encoder);
        if (!index)
            return tl::unexpected(index.error());
        track.streamIndex = *index;
    }
    // faststart puts the index first, so players and the library's probe read it at once.
    if (auto status
        = muxer->writeHeader({ { QByteArrayLiteral("movflags"), QByteArrayLiteral("+faststart") } });
        !status)
        return status;

    const FramePtr frame = makeFrame();
    if (!frame)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    while (!tracks[0].done || !tracks[1].done) {
        if (cancel.isCancelled())
            return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), path);
        if (auto status = pump(behind(tracks[0], tracks[1]), *frame, *muxer); !status)
            return status;
    }
    return muxer->finish();
}

domain::Status replaceFile(const QString& from, const QString& to)
{
    // std::filesystem::rename replaces an existing target in one step on every platform,
    // unlike QFile::rename; an older sample of the same name is simply refreshed.
    std::error_code error;
    std::filesystem::rename(QFileInfo(from).filesystemFilePath(), QFileInfo(to).filesystemFilePath(), error);
    if (error)
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot rename the finished sample"),
            to + QStringLiteral(": ") + QString::fromStdString(error.message()));
    return domain::ok();
}

void removeAll(const QStringList& files)
{
    for (const QString& file : files)
        QFile::remove(file);
}

}  // namespace

domain::Result<QStringList> FfmpegSampleGenerator::generate(const QString& folder, CancellationToken& cancel)
{
    if (cancel.isCancelled())
        return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), folder);
    const QDir dir(folder);
    if (!QDir().mkpath(dir.absolutePath()))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot create folder"), folder);

    // All or nothing: every clip is written under a temporary name first and only renamed
    // once all are complete, so a cancelled or failed run leaves no partial files and does
    // not replace samples a previous run made.
    QStringList targets;
    QStringList partials;
    for (const SampleClip& clip : kClips) {
        targets << dir.absoluteFilePath(QString::fromUtf8(clip.fileName));
        partials << targets.back() + QStringLiteral(".part");
        const domain::Status written = writeClip(partials.back(), clip, cancel);  // closed on return
        if (!written) {
            removeAll(partials);
            return tl::unexpected(written.error());
        }
    }
    for (qsizetype i = 0; i < targets.size(); ++i) {
        if (auto renamed = replaceFile(partials[i], targets[i]); !renamed) {
            removeAll(partials.mid(i));
            return tl::unexpected(renamed.error());
        }
    }
    return targets;
}

}  // namespace reelforge::adapters
