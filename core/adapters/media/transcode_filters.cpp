#include "adapters/media/transcode_filters.h"

#include <QStringList>

#include <algorithm>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/pixdesc.h>
}

namespace reelforge::adapters {

namespace {

int even(int value)
{
    return std::max(2, value - value % 2);
}

// Pixels are scaled once, with the filter the ffmpeg CLI uses by default (bicubic), spelled out
// so that the printed command and our graph agree even if a default changes.
QString scaleFilter(const domain::VideoPreset& p, FrameSize source)
{
    if (p.width <= 0 || p.height <= 0)
        return {};
    if (source.width == p.width && source.height == p.height)
        return {};
    switch (p.fit) {
    case domain::FitMode::Contain:
        return QStringLiteral(
            "scale=%1:%2:force_original_aspect_ratio=decrease:force_divisible_by=2:flags=bicubic,"
            "pad=%1:%2:(ow-iw)/2:(oh-ih)/2:color=black")
            .arg(p.width)
            .arg(p.height);
    case domain::FitMode::Cover:
        return QStringLiteral(
            "scale=%1:%2:force_original_aspect_ratio=increase:force_divisible_by=2:flags=bicubic,"
            "crop=%1:%2")
            .arg(p.width)
            .arg(p.height);
    case domain::FitMode::Max:
        if (source.width <= p.width && source.height <= p.height && source.width % 2 == 0
            && source.height % 2 == 0)
            return {};
        return QStringLiteral("scale=w='min(%1,iw)':h='min(%2,ih)':force_original_aspect_ratio=decrease:"
                              "force_divisible_by=2:flags=bicubic")
            .arg(p.width)
            .arg(p.height);
    }
    return {};
}

const AVCodec* encoderNamed(const QByteArray& name)
{
    return name.isEmpty() ? nullptr : avcodec_find_encoder_by_name(name.constData());
}

bool supports(const AVCodec& codec, AVPixelFormat format)
{
    if (!codec.pix_fmts)
        return true;
    for (const AVPixelFormat* f = codec.pix_fmts; *f != AV_PIX_FMT_NONE; ++f) {
        if (*f == format)
            return true;
    }
    return false;
}

}  // namespace

bool sameRate(domain::Rational a, domain::Rational b)
{
    return a.isValid() && b.isValid() && a.num * b.den == b.num * a.den;
}

QString rateText(domain::Rational rate)
{
    return rate.den == 1 ? QString::number(rate.num) : rate.toString();
}

QString rotationFilter(int rotation)
{
    switch (((rotation % 360) + 360) % 360) {
    case 90:
        return QStringLiteral("transpose=clock");
    case 180:
        return QStringLiteral("hflip,vflip");
    case 270:
        return QStringLiteral("transpose=cclock");
    default:
        return {};
    }
}

FrameSize fittedSize(const domain::VideoPreset& preset, FrameSize source)
{
    if (preset.width <= 0 || preset.height <= 0 || source.width <= 0 || source.height <= 0)
        return { even(source.width), even(source.height) };
    if (preset.fit != domain::FitMode::Max)
        return { preset.width, preset.height };
    if (source.width <= preset.width && source.height <= preset.height)
        return { even(source.width), even(source.height) };
    // Integer maths as in libavfilter's scale: the limiting side is kept, the other rounded.
    const std::int64_t byWidth = std::int64_t(preset.width) * source.height / source.width;
    if (byWidth <= preset.height)
        return { even(preset.width), even(int(byWidth)) };
    const std::int64_t byHeight = std::int64_t(preset.height) * source.width / source.height;
    return { even(int(byHeight)), even(preset.height) };
}

QString videoFilterChain(const domain::VideoPreset& preset, const VideoChainParams& params)
{
    QStringList chain;
    if (preset.frameRate.isValid() && !sameRate(params.sourceRate, preset.frameRate))
        chain << QStringLiteral("fps=") + rateText(preset.frameRate);
    if (const QString scale = scaleFilter(preset, params.source); !scale.isEmpty())
        chain << scale;
    chain << QStringLiteral("setsar=1");
    if (preset.codec == QLatin1String("gif")) {
        // One palette per frame keeps the graph streaming (a global palette needs the whole clip).
        chain << QStringLiteral("split[rf_a][rf_b];[rf_a]palettegen=stats_mode=single[rf_p];"
                                "[rf_b][rf_p]paletteuse=new=1");
        return chain.join(QLatin1Char(','));
    }
    if (!params.outputPixelFormat.isEmpty())
        chain << QStringLiteral("format=") + params.outputPixelFormat;
    if (params.hardware == HardwareApi::Vaapi)
        chain << QStringLiteral("hwupload");
    return chain.join(QLatin1Char(','));
}

QString resolveOutputPixelFormat(const domain::VideoPreset& preset, const QByteArray& encoder,
    const QString& sourcePixelFormat, std::optional<HardwareApi> hardware)
{
    if (preset.codec == QLatin1String("gif"))
        return QStringLiteral("pal8");
    if (hardware == HardwareApi::Vaapi || hardware == HardwareApi::Qsv)
        return QStringLiteral("nv12");
    QString wanted = preset.pixelFormat.isEmpty() ? sourcePixelFormat : preset.pixelFormat;
    const AVPixelFormat format = av_get_pix_fmt(wanted.toUtf8().constData());
    const AVCodec* codec = encoderNamed(encoder);
    if (!codec || format == AV_PIX_FMT_NONE || supports(*codec, format))
        return wanted;
    const AVPixelFormat best = avcodec_find_best_pix_fmt_of_list(codec->pix_fmts, format, 0, nullptr);
    const char* name = av_get_pix_fmt_name(best);
    return name ? QString::fromLatin1(name) : wanted;
}

}  // namespace reelforge::adapters
