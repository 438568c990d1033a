#include "adapters/media/transcode_encoder.h"

#include <cerrno>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/buffer.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

domain::Result<CodecContextPtr> allocate(const QByteArray& name, AVMediaType type)
{
    const AVCodec* codec = avcodec_find_encoder_by_name(name.constData());
    if (!codec || codec->type != type)
        return domain::fail(ErrorCode::UnsupportedCodec,
            QStringLiteral("%1 is not in this FFmpeg build").arg(QString::fromLatin1(name)),
            QString::fromLatin1(name));
    CodecContextPtr context(avcodec_alloc_context3(codec));
    if (!context)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    return context;
}

bool isValid(AVRational r)
{
    return r.num > 0 && r.den > 0;
}

}  // namespace

domain::Result<TranscodeEncoder> TranscodeEncoder::open(CodecContextPtr context, const AvOptionList& options)
{
    installLibavLogging();
    context->thread_count = 0;  // as many as the encoder finds useful
    const AVCodec* codec = context->codec;  // a failed open clears context->codec
    const QString name = QString::fromLatin1(codec->name);
    DictionaryPtr dict = toDictionary(options);
    AVDictionary* raw = dict.release();
    const int err = avcodec_open2(context.get(), codec, &raw);
    dict.reset(raw);
    if (err < 0)
        return domain::fail(ErrorCode::UnsupportedCodec,
            QStringLiteral("%1 cannot be opened: %2").arg(name, avErrorText(err)), name);
    TranscodeEncoder encoder;
    encoder.m_context = std::move(context);
    encoder.m_packet = makePacket();
    if (!encoder.m_packet)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    return encoder;
}

domain::Result<TranscodeEncoder> TranscodeEncoder::openVideo(
    const QByteArray& name, const Video& v, const AvOptionList& options, bool globalHeader)
{
    auto context = allocate(name, AVMEDIA_TYPE_VIDEO);
    if (!context)
        return tl::unexpected(context.error());
    AVCodecContext& c = **context;
    c.width = v.width;
    c.height = v.height;
    c.pix_fmt = v.format;
    c.sample_aspect_ratio = { 1, 1 };
    c.framerate = v.frameRate;
    c.time_base = v.timeBase;
    c.color_primaries = v.primaries;
    c.color_trc = v.transfer;
    c.colorspace = v.space;
    c.color_range = v.range;
    if (v.hardwareFrames)
        c.hw_frames_ctx = av_buffer_ref(v.hardwareFrames);
    if (globalHeader)
        c.flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    auto encoder = open(std::move(*context), options);
    if (encoder && isValid(v.frameRate))
        encoder->m_frameDuration
            = std::max<std::int64_t>(1, av_rescale_q(1, av_inv_q(v.frameRate), v.timeBase));
    return encoder;
}

domain::Result<TranscodeEncoder> TranscodeEncoder::openAudio(
    const QByteArray& name, const Audio& a, const AvOptionList& options, bool globalHeader)
{
    auto context = allocate(name, AVMEDIA_TYPE_AUDIO);
    if (!context)
        return tl::unexpected(context.error());
    AVCodecContext& c = **context;
    c.sample_rate = a.sampleRate;
    c.sample_fmt = a.format;
    if (a.layout)
        av_channel_layout_copy(&c.ch_layout, a.layout);
    c.time_base = { 1, a.sampleRate };  // pts count samples
    if (globalHeader)
        c.flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    return open(std::move(*context), options);
}

AVSampleFormat TranscodeEncoder::sampleFormatFor(const QByteArray& name, AVSampleFormat source)
{
    const AVCodec* codec = avcodec_find_encoder_by_name(name.constData());
    if (!codec || !codec->sample_fmts)
        return source;
    for (const AVSampleFormat* f = codec->sample_fmts; *f != AV_SAMPLE_FMT_NONE; ++f) {
        if (*f == source)
            return source;
    }
    return codec->sample_fmts[0];
}

void TranscodeEncoder::channelLayoutFor(
    const QByteArray& name, const AVChannelLayout& source, int channels, AVChannelLayout& into)
{
    av_channel_layout_uninit(&into);
    const AVCodec* codec = avcodec_find_encoder_by_name(name.constData());
    const bool keepSource = source.nb_channels == channels && source.order != AV_CHANNEL_ORDER_UNSPEC;
    if (!codec || !codec->ch_layouts) {
        if (keepSource)
            av_channel_layout_copy(&into, &source);
        else
            av_channel_layout_default(&into, channels);
        return;
    }
    const AVChannelLayout* sameCount = nullptr;
    for (const AVChannelLayout* l = codec->ch_layouts; l->nb_channels; ++l) {
        if (keepSource && av_channel_layout_compare(l, &source) == 0) {
            av_channel_layout_copy(&into, l);
            return;
        }
        if (!sameCount && l->nb_channels == channels)
            sameCount = l;
    }
    if (sameCount)
        av_channel_layout_copy(&into, sameCount);
    else
        av_channel_layout_default(&into, channels);
}

domain::Status TranscodeEncoder::encode(AVFrame* frame, const PacketSink& sink)
{
    return encodeFrame(*m_context, *m_packet, frame, sink, m_frameDuration);
}

domain::Status encodeFrame(AVCodecContext& encoder, AVPacket& packet, AVFrame* frame,
    const std::function<domain::Status(AVPacket&)>& sink, std::int64_t frameDuration)
{
    if (frame && encoder.codec_type == AVMEDIA_TYPE_VIDEO)
        frame->pict_type = AV_PICTURE_TYPE_NONE;
    int err = avcodec_send_frame(&encoder, frame);
    if (err < 0 && !(frame == nullptr && err == AVERROR_EOF))
        return domain::fail(ErrorCode::Internal, QStringLiteral("encoding failed"), avErrorText(err));
    while (true) {
        err = avcodec_receive_packet(&encoder, &packet);
        if (err == AVERROR(EAGAIN) || err == AVERROR_EOF)
            return domain::ok();
        if (err < 0)
            return domain::fail(ErrorCode::Internal, QStringLiteral("encoding failed"), avErrorText(err));
        const PacketRef guard(&packet);
        if (packet.duration <= 0 && frameDuration > 0)
            packet.duration = frameDuration;
        if (auto status = sink(packet); !status)
            return status;
    }
}

AVRational TranscodeEncoder::timeBase() const
{
    return m_context->time_base;
}

int TranscodeEncoder::audioFrameSize() const
{
    return requiredAudioFrameSize(*m_context);
}

int requiredAudioFrameSize(const AVCodecContext& encoder)
{
    if (encoder.codec_type != AVMEDIA_TYPE_AUDIO
        || (encoder.codec->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE))
        return 0;
    return encoder.frame_size;
}

QByteArray TranscodeEncoder::name() const
{
    return { m_context->codec->name };
}

}  // namespace reelforge::adapters
