#include "infrastructure/repositories/media_info_json.h"

#include <QJsonArray>

namespace reelforge::infrastructure {

namespace {

QJsonObject colorToJson(const domain::ColorInfo& c)
{
    return { { QStringLiteral("space"), c.space }, { QStringLiteral("primaries"), c.primaries },
        { QStringLiteral("transfer"), c.transfer }, { QStringLiteral("range"), c.range },
        { QStringLiteral("bitDepth"), c.bitDepth } };
}

domain::ColorInfo colorFromJson(const QJsonObject& o)
{
    domain::ColorInfo c;
    c.space = o.value(QStringLiteral("space")).toString();
    c.primaries = o.value(QStringLiteral("primaries")).toString();
    c.transfer = o.value(QStringLiteral("transfer")).toString();
    c.range = o.value(QStringLiteral("range")).toString();
    c.bitDepth = o.value(QStringLiteral("bitDepth")).toInt(8);
    return c;
}

}  // namespace

QJsonObject mediaInfoToJson(const domain::MediaInfo& info)
{
    QJsonArray video;
    for (const auto& v : info.video) {
        video.append(QJsonObject { { QStringLiteral("index"), v.index }, { QStringLiteral("codec"), v.codec },
            { QStringLiteral("profile"), v.profile }, { QStringLiteral("width"), v.width },
            { QStringLiteral("height"), v.height }, { QStringLiteral("frameRate"), v.frameRate.toString() },
            { QStringLiteral("pixelFormat"), v.pixelFormat }, { QStringLiteral("rotation"), v.rotation },
            { QStringLiteral("color"), colorToJson(v.color) } });
    }
    QJsonArray audio;
    for (const auto& a : info.audio) {
        audio.append(QJsonObject { { QStringLiteral("index"), a.index }, { QStringLiteral("codec"), a.codec },
            { QStringLiteral("sampleRate"), a.sampleRate }, { QStringLiteral("channels"), a.channels },
            { QStringLiteral("channelLayout"), a.channelLayout },
            { QStringLiteral("language"), a.language } });
    }
    QJsonArray subtitles;
    for (const auto& s : info.subtitles) {
        subtitles.append(QJsonObject { { QStringLiteral("index"), s.index },
            { QStringLiteral("codec"), s.codec }, { QStringLiteral("language"), s.language } });
    }
    QJsonObject json { { QStringLiteral("container"), info.container },
        { QStringLiteral("durationUs"), static_cast<qint64>(info.duration.count()) },
        { QStringLiteral("sizeBytes"), static_cast<qint64>(info.sizeBytes) },
        { QStringLiteral("bitRate"), static_cast<qint64>(info.bitRate) }, { QStringLiteral("video"), video },
        { QStringLiteral("audio"), audio }, { QStringLiteral("subtitles"), subtitles } };
    if (!info.title.isEmpty())
        json.insert(QStringLiteral("title"), info.title);
    return json;
}

domain::Result<domain::MediaInfo> mediaInfoFromJson(const QJsonObject& json)
{
    domain::MediaInfo info;
    info.container = json.value(QStringLiteral("container")).toString();
    info.title = json.value(QStringLiteral("title")).toString();
    info.duration = std::chrono::microseconds(json.value(QStringLiteral("durationUs")).toInteger());
    info.sizeBytes = json.value(QStringLiteral("sizeBytes")).toInteger();
    info.bitRate = json.value(QStringLiteral("bitRate")).toInteger();
    for (const QJsonValue& value : json.value(QStringLiteral("video")).toArray()) {
        const QJsonObject o = value.toObject();
        domain::VideoStream v;
        v.index = o.value(QStringLiteral("index")).toInt();
        v.codec = o.value(QStringLiteral("codec")).toString();
        v.profile = o.value(QStringLiteral("profile")).toString();
        v.width = o.value(QStringLiteral("width")).toInt();
        v.height = o.value(QStringLiteral("height")).toInt();
        auto rate = domain::Rational::parse(o.value(QStringLiteral("frameRate")).toString());
        if (!rate)
            return tl::unexpected(rate.error());
        v.frameRate = *rate;
        v.pixelFormat = o.value(QStringLiteral("pixelFormat")).toString();
        v.rotation = o.value(QStringLiteral("rotation")).toInt();
        v.color = colorFromJson(o.value(QStringLiteral("color")).toObject());
        info.video.push_back(v);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("audio")).toArray()) {
        const QJsonObject o = value.toObject();
        domain::AudioStream a;
        a.index = o.value(QStringLiteral("index")).toInt();
        a.codec = o.value(QStringLiteral("codec")).toString();
        a.sampleRate = o.value(QStringLiteral("sampleRate")).toInt();
        a.channels = o.value(QStringLiteral("channels")).toInt();
        a.channelLayout = o.value(QStringLiteral("channelLayout")).toString();
        a.language = o.value(QStringLiteral("language")).toString();
        info.audio.push_back(a);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("subtitles")).toArray()) {
        const QJsonObject o = value.toObject();
        info.subtitles.push_back({ o.value(QStringLiteral("index")).toInt(),
            o.value(QStringLiteral("codec")).toString(), o.value(QStringLiteral("language")).toString() });
    }
    return info;
}

}  // namespace reelforge::infrastructure
