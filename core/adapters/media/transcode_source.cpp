#include "adapters/media/transcode_source.h"

#include <cmath>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/pixdesc.h>
}

namespace reelforge::adapters {

namespace {

QString text(const char* s)
{
    return s ? QString::fromUtf8(s) : QString();
}

// Clockwise quarter turns to display upright; the same convention as FfmpegProbe and the
// ffmpeg CLI's autorotation (the display matrix gives the counter-clockwise angle).
int rotation(const AVStream& stream)
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
    v.codec = text(avcodec_get_name(par.codec_id));
    v.profile = text(avcodec_profile_name(par.codec_id, par.profile));
    v.width = par.width;
    v.height = par.height;
    v.frameRate = frameRate(stream);
    v.pixelFormat = text(av_get_pix_fmt_name(static_cast<AVPixelFormat>(par.format)));
    v.rotation = rotation(stream);
    return v;
}

domain::AudioStream audioStream(const AVStream& stream)
{
    const AVCodecParameters& par = *stream.codecpar;
    domain::AudioStream a;
    a.index = stream.index;
    a.codec = text(avcodec_get_name(par.codec_id));
    a.sampleRate = par.sample_rate;
    a.channels = par.ch_layout.nb_channels;
    return a;
}

bool isPicture(const AVStream& stream)
{
    const AVCodecParameters& par = *stream.codecpar;
    return (stream.disposition & AV_DISPOSITION_ATTACHED_PIC) || par.width <= 0 || par.height <= 0;
}

} // namespace

domain::MediaInfo describeInput(const AVFormatContext& input)
{
    domain::MediaInfo info;
    info.container = text(input.iformat->name);
    if (input.duration != AV_NOPTS_VALUE && input.duration > 0)
        info.duration = std::chrono::microseconds(input.duration);
    for (unsigned i = 0; i < input.nb_streams; ++i) {
        const AVStream& stream = *input.streams[i];
        const AVCodecParameters& par = *stream.codecpar;
        if (par.codec_type == AVMEDIA_TYPE_VIDEO && !isPicture(stream))
            info.video.push_back(videoStream(stream));
        else if (par.codec_type == AVMEDIA_TYPE_AUDIO && par.sample_rate > 0 && par.ch_layout.nb_channels > 0)
            info.audio.push_back(audioStream(stream));
    }
    return info;
}

bool indexReachesPastEnd(const AVFormatContext& input, int stream)
{
    if (!input.pb || stream < 0 || unsigned(stream) >= input.nb_streams)
        return false;
    const std::int64_t size = avio_size(input.pb);
    AVStream* st = input.streams[stream];
    const int entries = avformat_index_get_entries_count(st);
    if (size <= 0 || entries <= 0)
        return false;
    const AVIndexEntry* last = avformat_index_get_entry(st, entries - 1);
    return last && last->pos + last->size > size;
}

std::int64_t inputOrigin(const AVFormatContext& input)
{
    return input.start_time == AV_NOPTS_VALUE ? 0 : input.start_time;
}

} // namespace reelforge::adapters
