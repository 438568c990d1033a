#include "adapters/media/transcode_encoder_options.h"

#include <QStringList>

#include <array>

extern "C" {
#include <libavcodec/avcodec.h>
}

namespace reelforge::adapters {

namespace {

enum class Family { X264, X265, Nvenc, Vaapi, Qsv, Vpx, Aom, SvtAv1, ProRes, Other };

Family familyOf(const QByteArray& encoder)
{
    if (encoder.startsWith("libx264"))
        return Family::X264;
    if (encoder == "libx265")
        return Family::X265;
    if (encoder.endsWith("_nvenc"))
        return Family::Nvenc;
    if (encoder.endsWith("_vaapi"))
        return Family::Vaapi;
    if (encoder.endsWith("_qsv"))
        return Family::Qsv;
    if (encoder.startsWith("libvpx"))
        return Family::Vpx;
    if (encoder == "libaom-av1")
        return Family::Aom;
    if (encoder == "libsvtav1")
        return Family::SvtAv1;
    if (encoder.startsWith("prores"))
        return Family::ProRes;
    return Family::Other;
}

QByteArray number(std::int64_t value)
{
    return QByteArray::number(static_cast<qlonglong>(value));
}

// x264's speed names mapped onto NVENC's p1 (fastest) .. p7 (best).
QByteArray nvencPreset(const QString& speed)
{
    struct Step {
        const char* x264;
        const char* nvenc;
    };
    static constexpr std::array<Step, 9> kSteps { { { "ultrafast", "p1" }, { "superfast", "p1" },
        { "veryfast", "p2" }, { "faster", "p3" }, { "fast", "p4" }, { "medium", "p4" }, { "slow", "p5" },
        { "slower", "p6" }, { "veryslow", "p7" } } };
    for (const Step& step : kSteps) {
        if (speed == QLatin1String(step.x264))
            return step.nvenc;
    }
    return {};
}

// QSV knows veryfast..veryslow; the two fastest x264 names have no QSV equivalent.
QByteArray qsvPreset(const QString& speed)
{
    if (speed == QLatin1String("ultrafast") || speed == QLatin1String("superfast"))
        return "veryfast";
    return speed.toUtf8();
}

void addSpeed(AvOptionList& o, Family family, const QString& speed)
{
    if (speed.isEmpty())
        return;
    bool numeric = false;
    speed.toInt(&numeric);
    switch (family) {
    case Family::X264:
    case Family::X265:
        o.emplace_back("preset", speed.toUtf8());
        break;
    case Family::Nvenc:
        if (const QByteArray p = nvencPreset(speed); !p.isEmpty())
            o.emplace_back("preset", p);
        break;
    case Family::Qsv:
        o.emplace_back("preset", qsvPreset(speed));
        break;
    case Family::SvtAv1:
        if (numeric)
            o.emplace_back("preset", speed.toUtf8());
        break;
    case Family::Aom:
        if (numeric)
            o.emplace_back("cpu-used", speed.toUtf8());
        break;
    default:
        break;
    }
}

void addQuality(AvOptionList& o, Family family, const domain::VideoPreset& p)
{
    if (p.crf < 0) {
        if (p.bitRate > 0)
            o.emplace_back("b", bitRateText(p.bitRate));
        return;
    }
    const QByteArray crf = number(p.crf);
    switch (family) {
    case Family::X264:
    case Family::X265:
    case Family::SvtAv1:
        o.emplace_back("crf", crf);
        break;
    case Family::Vpx:
    case Family::Aom:  // constant quality needs the target bit rate switched off
        o.emplace_back("crf", crf);
        o.emplace_back("b", "0");
        break;
    case Family::Nvenc:
        o.emplace_back("rc", "vbr");
        o.emplace_back("cq", crf);
        break;
    case Family::Vaapi:
        o.emplace_back("qp", crf);
        break;
    case Family::Qsv:
        o.emplace_back("global_quality", crf);
        break;
    default:
        break;
    }
}

bool hasProfiles(Family family)
{
    switch (family) {
    case Family::X264:
    case Family::X265:
    case Family::Nvenc:
    case Family::Vaapi:
    case Family::Qsv:
    case Family::ProRes:
        return true;
    default:
        return false;
    }
}

bool intraOnly(const QByteArray& encoder)
{
    const AVCodec* codec = avcodec_find_encoder_by_name(encoder.constData());
    const AVCodecDescriptor* desc = codec ? avcodec_descriptor_get(codec->id) : nullptr;
    return !desc || (desc->props & AV_CODEC_PROP_INTRA_ONLY) || codec->id == AV_CODEC_ID_GIF;
}

}  // namespace

QByteArray bitRateText(std::int64_t bps)
{
    if (bps > 0 && bps % 1000000 == 0)
        return number(bps / 1000000) + 'M';
    if (bps > 0 && bps % 1000 == 0)
        return number(bps / 1000) + 'k';
    return number(bps);
}

AvOptionList videoEncoderOptions(
    const QByteArray& encoder, const domain::VideoPreset& preset, domain::Rational frameRate)
{
    const Family family = familyOf(encoder);
    AvOptionList o;
    addSpeed(o, family, preset.speed);
    addQuality(o, family, preset);
    if (preset.maxBitRate > 0) {
        o.emplace_back("maxrate", bitRateText(preset.maxBitRate));
        o.emplace_back("bufsize", bitRateText(2 * preset.maxBitRate));  // two seconds of VBV
    }
    if (!preset.profile.isEmpty() && hasProfiles(family))
        o.emplace_back("profile", preset.profile.toUtf8());
    if (frameRate.isValid() && !intraOnly(encoder)) {
        const std::int64_t gop = (2 * frameRate.num + frameRate.den / 2) / frameRate.den;
        o.emplace_back("g", number(std::max<std::int64_t>(gop, 1)));
    }
    return o;
}

AvOptionList audioEncoderOptions(const QByteArray& encoder, const domain::AudioPreset& preset)
{
    AvOptionList o;
    const AVCodec* codec = avcodec_find_encoder_by_name(encoder.constData());
    const AVCodecDescriptor* desc = codec ? avcodec_descriptor_get(codec->id) : nullptr;
    const bool lossless = desc && (desc->props & AV_CODEC_PROP_LOSSLESS);
    if (preset.bitRate > 0 && !lossless)
        o.emplace_back("b", bitRateText(preset.bitRate));
    return o;
}

}  // namespace reelforge::adapters
