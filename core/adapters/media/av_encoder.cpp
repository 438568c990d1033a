#include "adapters/media/av_encoder.h"

#include "adapters/media/transcode_encoder.h"

#include <QStringList>

#include <algorithm>
#include <cerrno>
#include <utility>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/channel_layout.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

struct Candidate {
    const AVCodec* codec = nullptr;
    AvOptionList options;
};

std::vector<Candidate> candidates(const EncoderChoice& choice)
{
    std::vector<Candidate> list;
    auto listed = [&](const AVCodec* codec) {
        return std::any_of(list.begin(), list.end(), [&](const Candidate& c) { return c.codec == codec; });
    };
    for (const EncoderChoice::Named& named : choice.named) {
        if (const AVCodec* codec = avcodec_find_encoder_by_name(named.name.constData()))
            list.push_back({ codec, named.options });
    }
    for (const AVCodecID id : choice.fallbackCodecs) {
        void* it = nullptr;
        while (const AVCodec* codec = av_codec_iterate(&it)) {
            if (av_codec_is_encoder(codec) && codec->id == id && !listed(codec))
                list.push_back({ codec, {} });
        }
    }
    return list;
}

// libav lists what an encoder accepts as arrays ending in a sentinel; no list means "anything".
template<typename T> bool accepts(const T* list, T value, T end)
{
    if (!list)
        return true;
    for (; *list != end; ++list) {
        if (*list == value)
            return true;
    }
    return false;
}

AVRational validTimeBase(AVRational timeBase, AVRational fallback)
{
    return timeBase.num > 0 && timeBase.den > 0 ? timeBase : fallback;
}

}  // namespace

template<typename Configure>
domain::Result<Encoder> Encoder::openFirst(const EncoderChoice& choice, Configure&& configure)
{
    installLibavLogging();
    QStringList rejected;
    for (const Candidate& candidate : candidates(choice)) {
        const QString name = QString::fromUtf8(candidate.codec->name);
        CodecContextPtr context(avcodec_alloc_context3(candidate.codec));
        if (!context)
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        if (!configure(*candidate.codec, *context)) {
            rejected << name + QStringLiteral(" (input format not supported)");
            continue;
        }
        DictionaryPtr options = toDictionary(candidate.options);
        AVDictionary* raw = options.release();
        const int err = avcodec_open2(context.get(), candidate.codec, &raw);
        options.reset(raw);
        if (err < 0) {
            rejected << QStringLiteral("%1 (%2)").arg(name, avErrorText(err));
            continue;
        }
        Encoder encoder;
        encoder.m_context = std::move(context);
        encoder.m_packet = makePacket();
        if (!encoder.m_packet)
            return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
        return encoder;
    }
    return domain::fail(ErrorCode::UnsupportedCodec, QStringLiteral("no usable encoder"),
        rejected.isEmpty() ? QStringLiteral("none available") : rejected.join(QStringLiteral(", ")));
}

domain::Result<Encoder> Encoder::openVideo(
    const VideoFormat& input, const EncoderChoice& choice, const EncodeSettings& settings)
{
    if (input.width <= 0 || input.height <= 0 || input.frameRate.num <= 0 || input.frameRate.den <= 0)
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("video input needs a size and a frame rate"));
    return openFirst(choice, [&](const AVCodec& codec, AVCodecContext& c) {
        if (codec.type != AVMEDIA_TYPE_VIDEO || !accepts(codec.pix_fmts, input.pixelFormat, AV_PIX_FMT_NONE))
            return false;
        c.width = input.width;
        c.height = input.height;
        c.pix_fmt = input.pixelFormat;
        c.time_base = validTimeBase(input.timeBase, av_inv_q(input.frameRate));
        c.framerate = input.frameRate;
        c.sample_aspect_ratio = input.sampleAspect;
        if (settings.bitRate > 0)
            c.bit_rate = settings.bitRate;
        if (settings.maxBFrames >= 0)
            c.max_b_frames = settings.maxBFrames;
        if (settings.globalHeader)
            c.flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        c.thread_count = 0;  // one per core, the encoder's choice
        return true;
    });
}

domain::Result<Encoder> Encoder::openAudio(
    const AudioFormat& input, const EncoderChoice& choice, const EncodeSettings& settings)
{
    if (input.sampleRate <= 0 || input.channels <= 0)
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("audio input needs a sample rate and channels"));
    return openFirst(choice, [&](const AVCodec& codec, AVCodecContext& c) {
        if (codec.type != AVMEDIA_TYPE_AUDIO
            || !accepts(codec.sample_fmts, input.sampleFormat, AV_SAMPLE_FMT_NONE)
            || !accepts(codec.supported_samplerates, input.sampleRate, 0))
            return false;
        c.sample_rate = input.sampleRate;
        c.sample_fmt = input.sampleFormat;
        av_channel_layout_default(&c.ch_layout, input.channels);
        c.time_base = validTimeBase(input.timeBase, AVRational { 1, input.sampleRate });
        if (settings.bitRate > 0)
            c.bit_rate = settings.bitRate;
        if (settings.globalHeader)
            c.flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        return true;
    });
}

domain::Status Encoder::encode(AVFrame* frame, const PacketSink& sink)
{
    return encodeFrame(*m_context, *m_packet, frame, sink);
}

AVRational Encoder::timeBase() const
{
    return m_context->time_base;
}

int Encoder::audioFrameSize() const
{
    return requiredAudioFrameSize(*m_context);
}

QString Encoder::encoderName() const
{
    return QString::fromUtf8(m_context->codec->name);
}

}  // namespace reelforge::adapters
