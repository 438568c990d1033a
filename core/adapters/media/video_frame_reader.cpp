#include "adapters/media/video_frame_reader.h"

#include <algorithm>
#include <cerrno>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

// Seeking costs a keyframe's worth of decoding; for a target this close ahead it is cheaper
// to keep decoding forwards.
constexpr std::chrono::seconds kSeekThreshold { 3 };
// A stream with keyframes minutes apart must not turn one frameAt() into decoding the file.
constexpr int kMaxFramesPerTarget = 1500;
// Past this many undecodable frames in a row the stream is damaged beyond a glitch.
constexpr int kMaxDamagedInARow = 250;

int findVideoStream(const AVFormatContext& ctx, int requested)
{
    auto isVideo = [&](unsigned i) {
        const AVStream& st = *ctx.streams[i];
        return st.codecpar->codec_type == AVMEDIA_TYPE_VIDEO
            && !(st.disposition & AV_DISPOSITION_ATTACHED_PIC);
    };
    if (requested >= 0)
        return unsigned(requested) < ctx.nb_streams && isVideo(unsigned(requested)) ? requested : -1;
    for (unsigned i = 0; i < ctx.nb_streams; ++i) {
        if (isVideo(i))
            return int(i);
    }
    return -1;
}

domain::Result<CodecContextPtr> openDecoder(const AVStream& stream, const QString& path)
{
    const AVCodec* codec = avcodec_find_decoder(stream.codecpar->codec_id);
    if (!codec) {
        return domain::fail(ErrorCode::UnsupportedCodec,
            QStringLiteral("no decoder for this video codec: ")
                + QString::fromUtf8(avcodec_get_name(stream.codecpar->codec_id)),
            path);
    }
    CodecContextPtr decoder(avcodec_alloc_context3(codec));
    if (!decoder)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    int err = avcodec_parameters_to_context(decoder.get(), stream.codecpar);
    if (err >= 0) {
        decoder->pkt_timebase = stream.time_base;
        decoder->thread_count = 0;  // one per core, libavcodec's choice
        decoder->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
        err = avcodec_open2(decoder.get(), codec, nullptr);
    }
    if (err < 0)
        return domain::fail(ErrorCode::MediaUnreadable,
            QStringLiteral("cannot open the video decoder: ") + avErrorText(err), path);
    return decoder;
}

}  // namespace

domain::Result<VideoFrameReader> VideoFrameReader::open(const QString& path, int streamIndex)
{
    auto input = openMediaInput(path);
    if (!input)
        return tl::unexpected(input.error());

    VideoFrameReader reader;
    reader.m_path = path;
    reader.m_input = std::move(*input);
    reader.m_streamIndex = findVideoStream(*reader.m_input.format, streamIndex);
    if (reader.m_streamIndex < 0)
        return domain::fail(ErrorCode::UnsupportedMedia, QStringLiteral("no video stream"), path);

    const AVStream& st = reader.stream();
    auto decoder = openDecoder(st, path);
    if (!decoder)
        return tl::unexpected(decoder.error());
    reader.m_decoder = std::move(*decoder);
    reader.m_packet = makePacket();
    reader.m_frame = makeFrame();
    if (!reader.m_packet || !reader.m_frame)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));

    reader.m_startTs = st.start_time != AV_NOPTS_VALUE ? st.start_time : 0;
    const AVRational rate = st.avg_frame_rate.num > 0 ? st.avg_frame_rate : st.r_frame_rate;
    if (rate.num > 0 && rate.den > 0)
        reader.m_frameDuration = std::max<std::int64_t>(1, av_rescale_q(1, av_inv_q(rate), st.time_base));

    // Everything else in the file is never decoded: let the demuxer skip it cheaply.
    for (unsigned i = 0; i < reader.m_input.format->nb_streams; ++i) {
        if (int(i) != reader.m_streamIndex)
            reader.m_input.format->streams[i]->discard = AVDISCARD_ALL;
    }
    return reader;
}

domain::Error VideoFrameReader::unreadable(const QString& what, int err) const
{
    return { ErrorCode::MediaUnreadable, what + QStringLiteral(": ") + avErrorText(err), m_path };
}

const AVStream& VideoFrameReader::stream() const
{
    return *m_input.format->streams[m_streamIndex];
}

domain::Result<const AVFrame*> VideoFrameReader::next()
{
    int damagedInARow = 0;
    while (true) {
        int err = avcodec_receive_frame(m_decoder.get(), m_frame.get());
        if (err >= 0) {
            m_lastTs = timestampOf(*m_frame);
            return m_frame.get();
        }
        if (err == AVERROR_EOF)
            return nullptr;
        // With frame threads a damaged packet is reported here rather than by send_packet:
        // it costs that frame, unless nothing decodes any more.
        if (err == AVERROR_INVALIDDATA && ++damagedInARow < kMaxDamagedInARow)
            continue;
        if (err != AVERROR(EAGAIN))
            return tl::unexpected(unreadable(QStringLiteral("video decoding failed"), err));
        if (m_inputEnded)
            return nullptr;  // a decoder that wants input after the flush packet has nothing left

        err = av_read_frame(m_input.format.get(), m_packet.get());
        if (err < 0) {
            // End of file, or a damaged tail: either way, drain what the decoder holds.
            m_inputEnded = true;
            avcodec_send_packet(m_decoder.get(), nullptr);
            continue;
        }
        const PacketRef packet(m_packet.get());
        if (packet->stream_index != m_streamIndex)
            continue;
        err = avcodec_send_packet(m_decoder.get(), packet.get());
        // A corrupt packet costs a frame, not the whole decode.
        if (err < 0 && err != AVERROR_INVALIDDATA && err != AVERROR(EAGAIN))
            return tl::unexpected(unreadable(QStringLiteral("video decoding failed"), err));
    }
}

domain::Result<const AVFrame*> VideoFrameReader::frameAt(std::chrono::microseconds position)
{
    const AVRational tb = stream().time_base;
    const std::int64_t target = m_startTs + av_rescale_q(position.count(), av_get_time_base_q(), tb);
    const std::int64_t threshold
        = av_rescale_q(std::chrono::microseconds(kSeekThreshold).count(), av_get_time_base_q(), tb);
    const bool noFrameYet = m_lastTs == kNone;
    const bool closeAhead
        = !noFrameYet && target > m_lastTs && target - m_lastTs <= threshold && !m_inputEnded;
    if (!closeAhead && !(noFrameYet && target <= m_startTs)) {
        if (auto status = seek(target); !status)
            return tl::unexpected(status.error());
    }

    for (int decoded = 0; decoded < kMaxFramesPerTarget; ++decoded) {
        auto frame = next();
        if (!frame || !*frame || m_lastTs >= target)
            return frame;
    }
    return m_frame.get();  // keyframes too far apart: the latest frame is close enough
}

domain::Status VideoFrameReader::seek(std::int64_t target)
{
    // Backwards to the keyframe at or before the target; frameAt() decodes forwards from it.
    if (av_seek_frame(m_input.format.get(), m_streamIndex, target, AVSEEK_FLAG_BACKWARD) < 0) {
        // Some files cannot seek at all (no index); restart from the beginning instead.
        const int err = av_seek_frame(
            m_input.format.get(), m_streamIndex, m_startTs, AVSEEK_FLAG_BACKWARD | AVSEEK_FLAG_ANY);
        if (err < 0)
            return tl::unexpected(unreadable(QStringLiteral("cannot seek in the video"), err));
    }
    avcodec_flush_buffers(m_decoder.get());
    m_inputEnded = false;
    m_lastTs = kNone;
    return domain::ok();
}

std::int64_t VideoFrameReader::timestampOf(const AVFrame& frame) const
{
    if (frame.best_effort_timestamp != AV_NOPTS_VALUE)
        return frame.best_effort_timestamp;
    if (m_lastTs == kNone)
        return m_startTs;
    return m_lastTs + m_frameDuration;
}

std::chrono::microseconds VideoFrameReader::lastPosition() const
{
    if (m_lastTs == kNone)
        return std::chrono::microseconds(0);
    return std::chrono::microseconds(
        av_rescale_q(m_lastTs - m_startTs, stream().time_base, av_get_time_base_q()));
}

}  // namespace reelforge::adapters
