#include "adapters/media/transcode_spec.h"

#include "adapters/media/transcode_encoder_options.h"
#include "adapters/media/transcode_filters.h"

#include <QByteArrayList>

#include <algorithm>
#include <optional>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

AVCodecID codecId(const QString& name)
{
    const AVCodecDescriptor* desc = avcodec_descriptor_get_by_name(name.toUtf8().constData());
    return desc ? desc->id : AV_CODEC_ID_NONE;
}

// -1 (libav does not know) counts as yes: the muxer will say no in words if it must.
bool containerHolds(const QByteArray& muxer, AVCodecID codec)
{
    const AVOutputFormat* format = av_guess_format(muxer.constData(), nullptr, nullptr);
    return format && codec != AV_CODEC_ID_NONE
        && avformat_query_codec(format, codec, FF_COMPLIANCE_NORMAL) != 0;
}

bool canCopyVideo(const domain::VideoStream& s, const domain::VideoPreset& p, const QByteArray& muxer)
{
    const bool keepsSize
        = (p.width == 0 && p.height == 0) || (s.rotation == 0 && s.width == p.width && s.height == p.height);
    return s.codec == p.codec && keepsSize && (!p.frameRate.isValid() || sameRate(s.frameRate, p.frameRate))
        && (p.pixelFormat.isEmpty() || p.pixelFormat == s.pixelFormat)
        && (p.profile.isEmpty() || p.profile.compare(s.profile, Qt::CaseInsensitive) == 0)
        && containerHolds(muxer, codecId(s.codec));
}

bool canCopyAudio(const domain::AudioStream& s, const domain::AudioPreset& p, const QByteArray& muxer)
{
    return s.codec == p.codec && (p.sampleRate == 0 || p.sampleRate == s.sampleRate)
        && (p.channels == 0 || p.channels == s.channels) && containerHolds(muxer, codecId(s.codec));
}

domain::Status checkContainer(const QByteArray& muxer, const QByteArray& encoder)
{
    const AVCodec* codec = avcodec_find_encoder_by_name(encoder.constData());
    if (codec && !containerHolds(muxer, codec->id))
        return domain::fail(ErrorCode::UnsupportedCodec,
            QStringLiteral("the %1 container cannot hold %2")
                .arg(QString::fromLatin1(muxer), QString::fromLatin1(encoder)),
            QString::fromLatin1(encoder));
    return domain::ok();
}

// Only a container that says yes gets a subtitle codec: many muxers (GIF, MP3) do not know
// subtitles at all and libav cannot tell.
bool containerHoldsSubtitle(const AVOutputFormat& format, AVCodecID codec)
{
    return codec != AV_CODEC_ID_NONE && avformat_query_codec(&format, codec, FF_COMPLIANCE_NORMAL) == 1;
}

bool isTextSubtitle(AVCodecID codec)
{
    const AVCodecDescriptor* desc = avcodec_descriptor_get(codec);
    return desc && (desc->props & AV_CODEC_PROP_TEXT_SUB);
}

std::optional<SubtitleSpec> resolveSubtitle(const domain::SubtitleStream& s, const AVOutputFormat& format)
{
    const AVCodecID source = codecId(s.codec);
    SubtitleSpec spec;
    spec.inputStream = s.index;
    if (containerHoldsSubtitle(format, source)) {
        spec.copy = true;
        return spec;
    }
    // Text converts to text (libav decodes every text format to ASS events); pictures do not.
    if (!isTextSubtitle(source) || !avcodec_find_decoder(source))
        return std::nullopt;
    // The container's own default first (ASS for Matroska), then the text formats we know.
    for (const AVCodecID target : { format.subtitle_codec, AV_CODEC_ID_MOV_TEXT, AV_CODEC_ID_WEBVTT,
             AV_CODEC_ID_ASS, AV_CODEC_ID_SUBRIP }) {
        // By the codec's own name where an encoder has it: ASS has an older "ssa" encoder too.
        const AVCodec* encoder = avcodec_find_encoder_by_name(avcodec_get_name(target));
        if (!encoder)
            encoder = avcodec_find_encoder(target);
        if (isTextSubtitle(target) && encoder && containerHoldsSubtitle(format, target)) {
            spec.encoder = encoder->name;
            return spec;
        }
    }
    return std::nullopt;
}

// Containers whose muxer writes chapters (MP4/MOV/M4A as chapter lists and a QuickTime chapter
// track, Matroska/WebM natively, MP3 as ID3 CHAP frames).
bool containerHoldsChapters(const QByteArray& muxer)
{
    static const QByteArrayList kHolding { "mp4", "mov", "ipod", "matroska", "webm", "mp3" };
    return kHolding.contains(muxer);
}

void resolveSubtitles(const domain::MediaInfo& input, TranscodeSpec& spec)
{
    if (input.subtitles.empty())
        return;
    const QString container = QString::fromLatin1(spec.muxer);
    if (!spec.video) {
        spec.notes << QStringLiteral("%1 subtitle stream(s) left out: an audio-only output carries none")
                          .arg(input.subtitles.size());
        return;
    }
    const AVOutputFormat& format = *av_guess_format(spec.muxer.constData(), nullptr, nullptr);
    for (const domain::SubtitleStream& s : input.subtitles) {
        if (auto carried = resolveSubtitle(s, format))
            spec.subtitles.push_back(*carried);
        else
            spec.notes << QStringLiteral("subtitle stream %1 (%2) left out: the %3 container cannot hold it")
                              .arg(QString::number(s.index), s.codec, container);
    }
}

// Encoders that take only some rates (MP3: 8..48 kHz, Opus: 48 kHz and divisors) get the
// nearest one at or above the wanted rate, else their highest.
int supportedRate(const AVCodec& codec, int wanted)
{
    if (!codec.supported_samplerates)
        return wanted;
    int above = 0;
    int highest = 0;
    for (const int* r = codec.supported_samplerates; *r; ++r) {
        if (*r == wanted)
            return wanted;
        if (*r > wanted && (above == 0 || *r < above))
            above = *r;
        highest = std::max(highest, *r);
    }
    return above ? above : highest;
}

// Encoders limited to some layouts (MP3: mono and stereo) get the most channels they take.
int supportedChannels(const AVCodec& codec, int wanted)
{
    if (!codec.ch_layouts)
        return wanted;
    int best = 0;
    for (const AVChannelLayout* l = codec.ch_layouts; l->nb_channels; ++l) {
        if (l->nb_channels == wanted)
            return wanted;
        if (l->nb_channels < wanted)
            best = std::max(best, l->nb_channels);
    }
    return best ? best : codec.ch_layouts[0].nb_channels;
}

domain::Result<VideoSpec> resolveVideo(const domain::VideoStream& s, const domain::VideoPreset& p,
    const QByteArray& muxer, const TranscodeOptions& options, const std::vector<HardwareEncoder>& hardware)
{
    VideoSpec v;
    v.inputStream = s.index;
    v.frameRate = p.frameRate.isValid() ? p.frameRate : s.frameRate;
    if (canCopyVideo(s, p, muxer)) {
        v.copy = true;
        v.width = s.width;
        v.height = s.height;
        return v;
    }
    auto pick = pickVideoEncoder(p, options.hardware, options.allowFallback, hardware);
    if (!pick)
        return tl::unexpected(pick.error());
    if (auto ok = checkContainer(muxer, pick->name); !ok)
        return tl::unexpected(ok.error());
    v.encoder = pick->name;
    v.hardware = pick->hardware;
    v.fallbackNote = pick->fallbackNote;
    v.rotation = s.rotation;
    const FrameSize display { s.displayWidth(), s.displayHeight() };
    const QString pixelFormat = resolveOutputPixelFormat(p, v.encoder, s.pixelFormat, v.hardware);
    v.filters = videoFilterChain(p, { display, s.frameRate, s.pixelFormat, pixelFormat, v.hardware });
    v.options = videoEncoderOptions(v.encoder, p, v.frameRate);
    const FrameSize out = fittedSize(p, display);
    v.width = out.width;
    v.height = out.height;
    return v;
}

domain::Result<AudioSpec> resolveAudio(
    const domain::AudioStream& s, const domain::AudioPreset& p, const QByteArray& muxer)
{
    AudioSpec a;
    a.inputStream = s.index;
    a.sampleRate = p.sampleRate > 0 ? p.sampleRate : s.sampleRate;
    a.channels = p.channels > 0 ? p.channels : s.channels;
    if (canCopyAudio(s, p, muxer)) {
        a.copy = true;
        return a;
    }
    auto encoder = pickSoftwareEncoder(p.codec, p.encoders);
    if (!encoder)
        return tl::unexpected(encoder.error());
    if (auto ok = checkContainer(muxer, *encoder); !ok)
        return tl::unexpected(ok.error());
    const AVCodec& codec = *avcodec_find_encoder_by_name(encoder->constData());
    a.encoder = *encoder;
    a.sampleRate = supportedRate(codec, a.sampleRate);
    a.channels = supportedChannels(codec, a.channels);
    a.options = audioEncoderOptions(a.encoder, p);
    return a;
}

}  // namespace

domain::Result<TranscodeSpec> resolveTranscode(const domain::MediaInfo& input, const domain::Preset& preset,
    const TranscodeOptions& options, const std::vector<HardwareEncoder>& hardware)
{
    if (auto valid = preset.validate(); !valid)
        return tl::unexpected(valid.error());
    const bool video = preset.video && input.hasVideo();
    const bool audio = preset.audio && input.hasAudio();
    // A preset makes what it can from what is there (a video preset on a voice memo gives
    // audio), but not nothing and not the wrong kind of file.
    if (!video && !audio) {
        const QString wants = preset.video ? QStringLiteral("video") : QStringLiteral("audio");
        return domain::fail(ErrorCode::UnsupportedMedia,
            QStringLiteral("preset %1 makes %2 but the input has none").arg(preset.name, wants), preset.name);
    }
    TranscodeSpec spec;
    spec.muxer = preset.container.toUtf8();
    if (!av_guess_format(spec.muxer.constData(), nullptr, nullptr))
        return domain::fail(
            ErrorCode::UnsupportedCodec, QStringLiteral("no muxer for this container"), preset.container);
    if (spec.muxer == "mp4" || spec.muxer == "mov" || spec.muxer == "ipod")
        spec.muxerOptions.emplace_back("movflags", "+faststart");  // playable while downloading
    if (video) {
        auto v = resolveVideo(*input.primaryVideo(), *preset.video, spec.muxer, options, hardware);
        if (!v)
            return tl::unexpected(v.error());
        spec.video = std::move(*v);
    }
    if (audio) {
        auto a = resolveAudio(input.audio.front(), *preset.audio, spec.muxer);
        if (!a)
            return tl::unexpected(a.error());
        spec.audio = std::move(*a);
    }
    resolveSubtitles(input, spec);
    spec.chapters = containerHoldsChapters(spec.muxer);
    return spec;
}

domain::Result<TranscodeSpec> resolveTranscode(
    const domain::MediaInfo& input, const domain::Preset& preset, const TranscodeOptions& options)
{
    // Only a choice that might use hardware needs detection; "off" never pays for it.
    if (options.hardwareEncoders)
        return resolveTranscode(input, preset, options, *options.hardwareEncoders);
    static const std::vector<HardwareEncoder> kNone;
    const bool mayUseHardware = options.hardware != HardwareMode::Off
        && (options.hardware != HardwareMode::Auto || (preset.video && preset.video->allowHardware));
    return resolveTranscode(input, preset, options, mayUseHardware ? availableHardwareEncoders() : kNone);
}

}  // namespace reelforge::adapters
