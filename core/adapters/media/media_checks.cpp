#include "adapters/media/media_checks.h"

#include "adapters/media/media_description.h"
#include "adapters/media/transcode_source.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <optional>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

// Data may stop this much before the end the container states and the file still count as
// whole: stated durations are rounded to packets, muxers disagree by a frame or two, and a
// stream may end a little before the others.
constexpr std::int64_t kEndTolerance = AV_TIME_BASE;  // 1 s
// How much of the end is read and decoded.
constexpr std::int64_t kTail = AV_TIME_BASE;  // 1 s
// Keyframes tried at the end before the video there is taken as undecodable.
constexpr int kKeyframesTried = 3;
// Packets read while looking for a second picture; past this the video is not one picture.
constexpr int kStillImagePackets = 64;

QString secondsText(std::int64_t t)
{
    return QString::number(static_cast<double>(t) / AV_TIME_BASE, 'f', 2);
}

domain::Error incomplete(const QString& why, const QString& path)
{
    return { ErrorCode::MediaUnreadable, QStringLiteral("incomplete: ") + why, path };
}

int mainStream(const domain::MediaInfo& info)
{
    if (info.hasVideo())
        return info.video.front().index;
    return info.hasAudio() ? info.audio.front().index : -1;
}

// (a) The header's index (MP4 sample tables, AVI idx1/indx, Matroska cues) naming data past
// the end of the file: that data was never written.
std::optional<QString> indexBeyondFile(const AVFormatContext& ctx)
{
    for (unsigned i = 0; i < ctx.nb_streams; ++i) {
        if (indexReachesPastEnd(ctx, static_cast<int>(i)))
            return QStringLiteral("stream %1's index points past the end of the file").arg(i);
    }
    return std::nullopt;
}

// Where the container says the media ends (AV_TIME_BASE units), unless it does not say or
// only guessed from the bit rate (an MP3 without a VBR header), which proves nothing.
std::optional<std::int64_t> statedEnd(const AVFormatContext& ctx)
{
    if (ctx.duration == AV_NOPTS_VALUE || ctx.duration <= 0
        || ctx.duration_estimation_method == AVFMT_DURATION_FROM_BITRATE)
        return std::nullopt;
    return inputOrigin(ctx) + ctx.duration;
}

// An AVI states its length as a frame count in each stream header, while libav's duration is
// what the index it found covers: a cut-off AVI has lost its index (at the end) and libav
// rebuilt a short one from the chunks that are there.
std::optional<QString> aviShorterThanDeclared(const AVFormatContext& ctx, int video)
{
    if (video < 0 || std::strcmp(ctx.iformat->name, "avi") != 0)
        return std::nullopt;
    const AVStream& st = *ctx.streams[video];
    const AVRational rate = st.avg_frame_rate;
    if (st.nb_frames <= 0 || rate.num <= 0 || rate.den <= 0)
        return std::nullopt;
    const std::int64_t declared = av_rescale_q(st.nb_frames, av_inv_q(rate), AV_TIME_BASE_Q);
    const std::int64_t found = ctx.duration != AV_NOPTS_VALUE ? std::max<std::int64_t>(ctx.duration, 0) : 0;
    if (declared - found <= kEndTolerance)
        return std::nullopt;
    return QStringLiteral("the header declares %1 s, the file holds %2 s")
        .arg(secondsText(declared), secondsText(found));
}

CodecContextPtr openDecoder(const AVStream& stream)
{
    const AVCodec* codec = avcodec_find_decoder(stream.codecpar->codec_id);
    if (!codec)
        return nullptr;
    CodecContextPtr decoder(avcodec_alloc_context3(codec));
    if (!decoder || avcodec_parameters_to_context(decoder.get(), stream.codecpar) < 0)
        return nullptr;
    decoder->pkt_timebase = stream.time_base;
    decoder->thread_count = 1;  // one picture: frame threads would only hold it back
    if (avcodec_open2(decoder.get(), codec, nullptr) < 0)
        return nullptr;
    return decoder;
}

// Decodes the main stream's packets at the end of the file: for video, keyframes only (one
// picture proves the data is there; the frames between would cost a whole GOP of decoding);
// for audio, every packet. A stream without a decoder here is not this check's business.
class TailDecoder {
public:
    explicit TailDecoder(const AVStream& stream)
        : m_decoder(openDecoder(stream))
        , m_frame(makeFrame())
        , m_video(stream.codecpar->codec_type == AVMEDIA_TYPE_VIDEO)
    {
    }

    void feed(const AVPacket& packet)
    {
        if (!m_decoder || !m_frame)
            return;
        if (m_video) {
            if (m_frames > 0 || m_tried >= kKeyframesTried || !(packet.flags & AV_PKT_FLAG_KEY))
                return;
            ++m_tried;
            if (avcodec_send_packet(m_decoder.get(), &packet) >= 0)
                finishPicture();
            avcodec_flush_buffers(m_decoder.get());
            return;
        }
        ++m_tried;
        if (avcodec_send_packet(m_decoder.get(), &packet) >= 0)
            receive();
    }

    void finish()
    {
        if (m_decoder && m_frame && !m_video && m_tried > 0
            && avcodec_send_packet(m_decoder.get(), nullptr) >= 0)
            receive();
    }

    // Data reached the decoder and not one frame came out.
    bool failed() const { return m_tried > 0 && m_frames == 0; }

private:
    void finishPicture()
    {
        if (avcodec_send_packet(m_decoder.get(), nullptr) >= 0)
            receive();
    }

    void receive()
    {
        while (avcodec_receive_frame(m_decoder.get(), m_frame.get()) >= 0) {
            const FrameRef frame(m_frame.get());
            ++m_frames;
        }
    }

    CodecContextPtr m_decoder;
    FramePtr m_frame;
    bool m_video = false;
    int m_tried = 0;
    int m_frames = 0;
};

// (b) From the keyframe before `target` to the end of the file: where the data stops, and
// whether the main stream's data there decodes.
domain::Status readTail(AVFormatContext& ctx, int main, std::int64_t end, const QString& path)
{
    PacketPtr packet = makePacket();
    if (!packet)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    TailDecoder decoder(*ctx.streams[main]);
    std::int64_t reached = AV_NOPTS_VALUE;
    // Read errors end the tail like the end of the file does: a cut-off file often ends in one.
    while (av_read_frame(&ctx, packet.get()) >= 0) {
        const PacketRef held(packet.get());
        const AVStream& st = *ctx.streams[packet->stream_index];
        const std::int64_t ts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
        if (ts != AV_NOPTS_VALUE) {
            const std::int64_t until = ts + std::max<std::int64_t>(packet->duration, 0);
            reached = std::max(reached, av_rescale_q(until, st.time_base, AV_TIME_BASE_Q));
        }
        if (packet->stream_index == main)
            decoder.feed(*packet);
    }
    decoder.finish();
    const std::int64_t start = inputOrigin(ctx);
    if (reached == AV_NOPTS_VALUE || end - reached > kEndTolerance) {
        const std::int64_t at = reached == AV_NOPTS_VALUE ? 0 : std::max<std::int64_t>(reached - start, 0);
        return tl::unexpected(incomplete(
            QStringLiteral("the data ends at %1 s of %2 s").arg(secondsText(at), secondsText(end - start)),
            path));
    }
    if (decoder.failed())
        return tl::unexpected(incomplete(QStringLiteral("the data at the end does not decode"), path));
    return domain::ok();
}

}  // namespace

bool mayBeStillImage(const MediaInput& input, const domain::MediaInfo& info)
{
    if (!info.hasVideo() || info.hasAudio() || info.duration > std::chrono::seconds(1))
        return false;
    return input.format->streams[info.video.front().index]->nb_frames <= 1;
}

domain::Status checkNotStillImage(MediaInput& input, const domain::MediaInfo& info, const QString& path)
{
    if (!mayBeStillImage(input, info))
        return domain::ok();
    PacketPtr packet = makePacket();
    if (!packet)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    const int video = info.video.front().index;
    int pictures = 0;
    for (int read = 0; pictures < 2 && read < kStillImagePackets; ++read) {
        if (av_read_frame(input.format.get(), packet.get()) < 0)
            break;
        const PacketRef held(packet.get());
        pictures += packet->stream_index == video ? 1 : 0;
    }
    if (pictures >= 2)
        return domain::ok();
    return domain::fail(
        ErrorCode::NotMedia, QStringLiteral("a still image, not a video or audio file"), path);
}

domain::Status checkIsMediaFromTheStart(const MediaInput& input, const QString& path)
{
    const MediaDescription described = describeMedia(*input.format);
    if (classifyMedia(described, input.weaklyDetected()) == MediaKind::NotMedia)
        return domain::fail(ErrorCode::NotMedia, QStringLiteral("not a recognised media file"), path);
    if (!mayBeStillImage(input, described.info))
        return domain::ok();
    auto other = openMediaInput(path);
    if (!other)
        return tl::unexpected(other.error());
    return checkNotStillImage(*other, described.info, path);
}

domain::Status checkComplete(MediaInput& input, const domain::MediaInfo& info, const QString& path)
{
    AVFormatContext& ctx = *input.format;
    const int main = mainStream(info);
    if (const auto why = indexBeyondFile(ctx))
        return tl::unexpected(incomplete(*why, path));
    if (const auto why = aviShorterThanDeclared(ctx, info.hasVideo() ? main : -1))
        return tl::unexpected(incomplete(*why, path));
    const std::optional<std::int64_t> end = statedEnd(ctx);
    if (main < 0 || !end)
        return domain::ok();
    const std::int64_t target = std::max(inputOrigin(ctx), *end - kTail);
    // A file that cannot seek (no index) would have to be read whole: its header is all we go by.
    if (avformat_seek_file(&ctx, -1, INT64_MIN, target, target, 0) < 0)
        return domain::ok();
    return readTail(ctx, main, *end, path);
}

}  // namespace reelforge::adapters
