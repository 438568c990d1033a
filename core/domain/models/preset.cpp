#include "domain/models/preset.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace reelforge::domain {

namespace {

const QStringList kContainers { QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("matroska"),
    QStringLiteral("webm"), QStringLiteral("gif"), QStringLiteral("mp3"), QStringLiteral("ipod"),
    QStringLiteral("ogg"), QStringLiteral("wav") };

// Bits per second as an integer. A double at or beyond 2^63 has no std::int64_t value (the
// cast would be undefined), so such a rate, like a negative one, is not a bit rate.
Result<std::int64_t> bitRateFromDouble(double bps, const QString& text)
{
    constexpr double kBeyondInt64 = 9223372036854775808.0;  // 2^63
    if (!(bps >= 0 && bps < kBeyondInt64))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a bit rate"), text);
    return static_cast<std::int64_t>(bps);
}

tl::unexpected<Error> fieldError(const QString& field, const QString& rule)
{
    return fail(ErrorCode::InvalidArgument, field + QStringLiteral(" ") + rule, field);
}

QString bitRateText(std::int64_t bps)
{
    if (bps > 0 && bps % 1000000 == 0)
        return QString::number(bps / 1000000) + QLatin1Char('M');
    if (bps > 0 && bps % 1000 == 0)
        return QString::number(bps / 1000) + QLatin1Char('k');
    return QString::number(bps);
}

Result<FitMode> parseFit(const QString& s)
{
    for (FitMode m : { FitMode::Contain, FitMode::Cover, FitMode::Max })
        if (fitModeName(m) == s)
            return m;
    return fieldError(QStringLiteral("video.fit"), QStringLiteral("must be contain, cover or max"));
}

// Reads an optional string/number field into a bit rate.
Status readBitRate(const QJsonObject& o, const QString& key, const QString& field, std::int64_t& into)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return ok();
    auto r = v.isDouble() ? bitRateFromDouble(v.toDouble(), QString::number(v.toDouble()))
                          : parseBitRate(v.toString());
    if (!r || *r <= 0)
        return fieldError(field, QStringLiteral("must be a bit rate such as \"8M\" or \"192k\""));
    into = *r;
    return ok();
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        out << e.toString();
    return out;
}

Result<VideoPreset> videoFromJson(const QJsonObject& o)
{
    VideoPreset v;
    if (!o.value(QStringLiteral("codec")).isString())
        return fieldError(QStringLiteral("video.codec"), QStringLiteral("must be a string"));
    v.codec = o.value(QStringLiteral("codec")).toString();
    v.encoders = stringList(o.value(QStringLiteral("encoders")));
    v.width = o.value(QStringLiteral("width")).toInt(0);
    v.height = o.value(QStringLiteral("height")).toInt(0);
    if (o.contains(QStringLiteral("fit"))) {
        auto fit = parseFit(o.value(QStringLiteral("fit")).toString());
        if (!fit)
            return tl::unexpected(fit.error());
        v.fit = *fit;
    }
    const QString rate = o.value(QStringLiteral("frameRate")).toVariant().toString();
    if (!rate.isEmpty() && rate != QLatin1String("source")) {
        auto r = Rational::parse(rate);
        if (!r || !r->isValid())
            return fieldError(QStringLiteral("video.frameRate"),
                QStringLiteral("must be \"source\" or a rate such as 30 or 30000/1001"));
        v.frameRate = *r;
    }
    v.crf = o.value(QStringLiteral("crf")).toInt(-1);
    if (Status s = readBitRate(o, QStringLiteral("bitRate"), QStringLiteral("video.bitRate"), v.bitRate); !s)
        return tl::unexpected(s.error());
    if (Status s
        = readBitRate(o, QStringLiteral("maxBitRate"), QStringLiteral("video.maxBitRate"), v.maxBitRate);
        !s)
        return tl::unexpected(s.error());
    v.speed = o.value(QStringLiteral("speed")).toString();
    v.pixelFormat = o.value(QStringLiteral("pixelFormat")).toString();
    v.profile = o.value(QStringLiteral("profile")).toString();
    v.allowHardware = o.value(QStringLiteral("allowHardware")).toBool(true);
    return v;
}

Result<AudioPreset> audioFromJson(const QJsonObject& o)
{
    AudioPreset a;
    if (!o.value(QStringLiteral("codec")).isString())
        return fieldError(QStringLiteral("audio.codec"), QStringLiteral("must be a string"));
    a.codec = o.value(QStringLiteral("codec")).toString();
    a.encoders = stringList(o.value(QStringLiteral("encoders")));
    if (Status s = readBitRate(o, QStringLiteral("bitRate"), QStringLiteral("audio.bitRate"), a.bitRate); !s)
        return tl::unexpected(s.error());
    a.sampleRate = o.value(QStringLiteral("sampleRate")).toInt(0);
    a.channels = o.value(QStringLiteral("channels")).toInt(0);
    return a;
}

}  // namespace

QString fitModeName(FitMode mode)
{
    switch (mode) {
    case FitMode::Contain:
        return QStringLiteral("contain");
    case FitMode::Cover:
        return QStringLiteral("cover");
    case FitMode::Max:
        return QStringLiteral("max");
    }
    return QStringLiteral("contain");
}

Result<std::int64_t> parseBitRate(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kKmM]?)\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a bit rate"), text);
    double value = m.captured(1).toDouble();
    const QString unit = m.captured(2).toLower();
    if (unit == QLatin1String("k"))
        value *= 1000.0;
    else if (unit == QLatin1String("m"))
        value *= 1000000.0;
    return bitRateFromDouble(value, text);
}

Status Preset::validate() const
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!nameRe.match(name).hasMatch())
        return fieldError(
            QStringLiteral("name"), QStringLiteral("must be lower-case letters, digits and '-'"));
    if (!kContainers.contains(container))
        return fieldError(QStringLiteral("container"),
            QStringLiteral("must be one of ") + kContainers.join(QStringLiteral(", ")));
    if (extension.isEmpty() || extension.contains(QLatin1Char('.')) || extension.contains(QLatin1Char('/')))
        return fieldError(
            QStringLiteral("extension"), QStringLiteral("must be a file extension without a dot"));
    if (!video && !audio)
        return fieldError(QStringLiteral("video"), QStringLiteral("or audio must be present"));
    if (video) {
        if (video->codec.isEmpty())
            return fieldError(QStringLiteral("video.codec"), QStringLiteral("must not be empty"));
        if (video->width < 0 || video->height < 0 || video->width % 2 != 0 || video->height % 2 != 0)
            return fieldError(QStringLiteral("video.width"),
                QStringLiteral("and video.height must be even and not negative"));
        if ((video->width == 0) != (video->height == 0))
            return fieldError(
                QStringLiteral("video.height"), QStringLiteral("must be given together with video.width"));
        if (video->width > 16384 || video->height > 16384)
            return fieldError(QStringLiteral("video.width"), QStringLiteral("must be at most 16384"));
        if (video->crf > 63 || video->crf < -1)
            return fieldError(QStringLiteral("video.crf"), QStringLiteral("must be between 0 and 63"));
    }
    if (audio) {
        if (audio->codec.isEmpty())
            return fieldError(QStringLiteral("audio.codec"), QStringLiteral("must not be empty"));
        if (audio->sampleRate < 0 || audio->sampleRate > 384000)
            return fieldError(
                QStringLiteral("audio.sampleRate"), QStringLiteral("must be between 0 and 384000"));
        if (audio->channels < 0 || audio->channels > 16)
            return fieldError(QStringLiteral("audio.channels"), QStringLiteral("must be between 0 and 16"));
    }
    return ok();
}

QJsonObject Preset::toJson() const
{
    QJsonObject o { { QStringLiteral("name"), name }, { QStringLiteral("description"), description },
        { QStringLiteral("container"), container }, { QStringLiteral("extension"), extension } };
    if (video) {
        QJsonObject v { { QStringLiteral("codec"), video->codec },
            { QStringLiteral("encoders"), QJsonArray::fromStringList(video->encoders) },
            { QStringLiteral("width"), video->width }, { QStringLiteral("height"), video->height },
            { QStringLiteral("fit"), fitModeName(video->fit) },
            { QStringLiteral("frameRate"),
                video->frameRate.isValid() ? video->frameRate.toString() : QStringLiteral("source") },
            { QStringLiteral("crf"), video->crf }, { QStringLiteral("speed"), video->speed },
            { QStringLiteral("pixelFormat"), video->pixelFormat },
            { QStringLiteral("profile"), video->profile },
            { QStringLiteral("allowHardware"), video->allowHardware } };
        if (video->bitRate > 0)
            v.insert(QStringLiteral("bitRate"), bitRateText(video->bitRate));
        if (video->maxBitRate > 0)
            v.insert(QStringLiteral("maxBitRate"), bitRateText(video->maxBitRate));
        o.insert(QStringLiteral("video"), v);
    }
    if (audio) {
        QJsonObject a { { QStringLiteral("codec"), audio->codec },
            { QStringLiteral("encoders"), QJsonArray::fromStringList(audio->encoders) },
            { QStringLiteral("sampleRate"), audio->sampleRate },
            { QStringLiteral("channels"), audio->channels } };
        if (audio->bitRate > 0)
            a.insert(QStringLiteral("bitRate"), bitRateText(audio->bitRate));
        o.insert(QStringLiteral("audio"), a);
    }
    return o;
}

Result<Preset> Preset::fromJson(const QJsonObject& json)
{
    Preset p;
    for (const char* key : { "name", "container", "extension" }) {
        if (!json.value(QLatin1String(key)).isString())
            return fieldError(QLatin1String(key), QStringLiteral("must be a string"));
    }
    p.name = json.value(QStringLiteral("name")).toString();
    p.description = json.value(QStringLiteral("description")).toString();
    p.container = json.value(QStringLiteral("container")).toString();
    p.extension = json.value(QStringLiteral("extension")).toString();
    const QJsonValue video = json.value(QStringLiteral("video"));
    if (!video.isUndefined() && !video.isNull()) {
        if (!video.isObject())
            return fieldError(QStringLiteral("video"), QStringLiteral("must be an object"));
        auto v = videoFromJson(video.toObject());
        if (!v)
            return tl::unexpected(v.error());
        p.video = *v;
    }
    const QJsonValue audio = json.value(QStringLiteral("audio"));
    if (!audio.isUndefined() && !audio.isNull()) {
        if (!audio.isObject())
            return fieldError(QStringLiteral("audio"), QStringLiteral("must be an object"));
        auto a = audioFromJson(audio.toObject());
        if (!a)
            return tl::unexpected(a.error());
        p.audio = *a;
    }
    if (Status s = p.validate(); !s)
        return tl::unexpected(s.error());
    return p;
}

}  // namespace reelforge::domain
