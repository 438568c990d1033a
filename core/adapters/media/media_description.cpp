#include "adapters/media/media_description.h"

#include <algorithm>
#include <array>
#include <cmath>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/dict.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
}

namespace reelforge::adapters {

namespace {

QString name(const char* text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// "und" (ISO 639-2 "undetermined") is what muxers write when nobody set a language: for the
// studio that is the same as no language.
QString language(const AVStream& stream)
{
    const AVDictionaryEntry* tag = av_dict_get(stream.metadata, "language", nullptr, 0);
    const QString lang = tag ? QString::fromUtf8(tag->value) : QString();
    return lang == QLatin1String("und") ? QString() : lang;
}

domain::ColorInfo color(const AVCodecParameters& par)
{
    domain::ColorInfo info;
    // Unspecified values stay empty rather than libav's "unknown"/"unspecified" strings, so
    // that "not tagged" is a single, testable state.
    if (par.color_space != AVCOL_SPC_UNSPECIFIED)
        info.space = name(av_color_space_name(par.color_space));
    if (par.color_primaries != AVCOL_PRI_UNSPECIFIED)
        info.primaries = name(av_color_primaries_name(par.color_primaries));
    if (par.color_trc != AVCOL_TRC_UNSPECIFIED)
        info.transfer = name(av_color_transfer_name(par.color_trc));
    if (par.color_range != AVCOL_RANGE_UNSPECIFIED)
        info.range = name(av_color_range_name(par.color_range));
    if (const AVPixFmtDescriptor* desc = av_pix_fmt_desc_get(static_cast<AVPixelFormat>(par.format)))
        info.bitDepth = desc->comp[0].depth;
    return info;
}

domain::Rational frameRate(const AVStream& stream)
{
    for (const AVRational rate : { stream.avg_frame_rate, stream.r_frame_rate }) {
        if (rate.num > 0 && rate.den > 0)
            return { rate.num, rate.den };
    }
    return { 0, 1 };
}

domain::VideoStream videoStream(const AVStream& stream)
{
    const AVCodecParameters& par = *stream.codecpar;
    domain::VideoStream v;
    v.index = stream.index;
    v.codec = name(avcodec_get_name(par.codec_id));
    v.profile = name(avcodec_profile_name(par.codec_id, par.profile));
    v.width = par.width;
    v.height = par.height;
    v.frameRate = frameRate(stream);
    v.pixelFormat = name(av_get_pix_fmt_name(static_cast<AVPixelFormat>(par.format)));
    v.rotation = displayRotation(stream);
    v.color = color(par);
    return v;
}

domain::AudioStream audioStream(const AVStream& stream)
{
    const AVCodecParameters& par = *stream.codecpar;
    domain::AudioStream a;
    a.index = stream.index;
    a.codec = name(avcodec_get_name(par.codec_id));
    a.sampleRate = par.sample_rate;
    a.channels = par.ch_layout.nb_channels;
    // An unspecified order only knows its channel count ("2 channels"); leave the layout empty.
    if (par.ch_layout.order != AV_CHANNEL_ORDER_UNSPEC) {
        std::array<char, 128> text {};
        if (av_channel_layout_describe(&par.ch_layout, text.data(), text.size()) > 0)
            a.channelLayout = QString::fromUtf8(text.data());
    }
    a.language = language(stream);
    return a;
}

domain::SubtitleStream subtitleStream(const AVStream& stream)
{
    return { stream.index, name(avcodec_get_name(stream.codecpar->codec_id)), language(stream) };
}

std::chrono::microseconds duration(const AVFormatContext& ctx)
{
    if (ctx.duration != AV_NOPTS_VALUE && ctx.duration > 0)
        return std::chrono::microseconds(ctx.duration);
    // Some containers (raw streams, damaged indexes) only know per-stream durations.
    std::int64_t longest = 0;
    for (unsigned i = 0; i < ctx.nb_streams; ++i) {
        const AVStream& st = *ctx.streams[i];
        if (st.duration != AV_NOPTS_VALUE && st.duration > 0)
            longest = std::max(longest, av_rescale_q(st.duration, st.time_base, av_get_time_base_q()));
    }
    return std::chrono::microseconds(longest);
}

bool isCoverArt(const AVStream& stream)
{
    return (stream.disposition & AV_DISPOSITION_ATTACHED_PIC) != 0;
}

// libav "decodes" any bytes as text-mode art (ANSI, BinText, XBin, iCEDraw), and its tty/bin
// demuxers claim every .txt/.nfo/.bin file by name alone: such a stream is not creator video.
bool isTextModeArt(const AVCodecParameters& par)
{
    switch (par.codec_id) {
    case AV_CODEC_ID_ANSI:
    case AV_CODEC_ID_BINTEXT:
    case AV_CODEC_ID_XBIN:
    case AV_CODEC_ID_IDF:
        return true;
    default:
        return false;
    }
}

// A stream whose parameters find_stream_info could not establish cannot be decoded or
// processed; listing it would only make the whole file fail validation.
bool usable(const AVCodecParameters& par)
{
    if (par.codec_type == AVMEDIA_TYPE_VIDEO)
        return par.width > 0 && par.height > 0;
    if (par.codec_type == AVMEDIA_TYPE_AUDIO)
        return par.sample_rate > 0 && par.ch_layout.nb_channels > 0;
    return true;
}

}  // namespace

// libav's display matrix gives the angle the frame must be turned counter-clockwise
// (av_display_rotation_get; ffprobe prints it as "rotation", e.g. -90 for a portrait phone
// clip). The domain stores the clockwise turn, 0..359, so rotation = (-angle) mod 360, snapped
// to a quarter turn: ffprobe -90 -> 90, ffprobe 90 -> 270, ffprobe 180/-180 -> 180. This is the
// same turn the ffmpeg CLI applies when it autorotates. Mirroring (negative determinant) is
// ignored: no camera we know writes it.
int displayRotation(const AVStream& stream)
{
    const auto* matrix = reinterpret_cast<const std::int32_t*>(
        av_stream_get_side_data(&stream, AV_PKT_DATA_DISPLAYMATRIX, nullptr));
    if (!matrix)
        return 0;
    const double counterClockwise = av_display_rotation_get(matrix);
    if (std::isnan(counterClockwise))
        return 0;
    const long quarterTurns = std::lround(-counterClockwise / 90.0);
    return static_cast<int>(((quarterTurns % 4) + 4) % 4) * 90;
}

MediaDescription describeMedia(const AVFormatContext& input)
{
    MediaDescription d;
    domain::MediaInfo& info = d.info;
    info.container = name(input.iformat->name);
    info.duration = duration(input);
    for (unsigned i = 0; i < input.nb_streams; ++i) {
        const AVStream& stream = *input.streams[i];
        const AVMediaType type = stream.codecpar->codec_type;
        if (type == AVMEDIA_TYPE_VIDEO && (isCoverArt(stream) || isTextModeArt(*stream.codecpar)))
            continue;
        d.sawAudioOrVideo = d.sawAudioOrVideo || type == AVMEDIA_TYPE_VIDEO || type == AVMEDIA_TYPE_AUDIO;
        if (!usable(*stream.codecpar))
            continue;
        if (type == AVMEDIA_TYPE_VIDEO)
            info.video.push_back(videoStream(stream));
        else if (type == AVMEDIA_TYPE_AUDIO)
            info.audio.push_back(audioStream(stream));
        else if (type == AVMEDIA_TYPE_SUBTITLE)
            info.subtitles.push_back(subtitleStream(stream));
    }
    return d;
}

MediaKind classifyMedia(const MediaDescription& described, bool weaklyDetected)
{
    const domain::MediaInfo& info = described.info;
    if (info.hasVideo() || info.hasAudio())
        return MediaKind::AudioOrVideo;
    // A format guessed from the name alone whose streams do not decode was never media.
    if (described.sawAudioOrVideo && !weaklyDetected)
        return MediaKind::Unusable;
    if (info.subtitles.empty() || weaklyDetected)
        return MediaKind::NotMedia;
    return MediaKind::SubtitlesOnly;
}

}  // namespace reelforge::adapters
