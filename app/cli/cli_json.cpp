#include "cli/cli_json.h"

#include "application/secrets/secret_redactor.h"

namespace reelforge::app::cli {

namespace {

double seconds(const domain::MediaInfo& info)
{
    return static_cast<double>(info.duration.count()) / 1e6;
}

QJsonArray videoJson(const domain::MediaInfo& info, bool full)
{
    QJsonArray arr;
    for (const auto& v : info.video) {
        QJsonObject o { { QStringLiteral("codec"), v.codec }, { QStringLiteral("width"), v.width },
            { QStringLiteral("height"), v.height }, { QStringLiteral("frameRate"), v.frameRate.toDouble() },
            { QStringLiteral("frameRateRational"), v.frameRate.toString() },
            { QStringLiteral("pixelFormat"), v.pixelFormat }, { QStringLiteral("rotation"), v.rotation } };
        if (full) {
            o.insert(QStringLiteral("index"), v.index);
            o.insert(QStringLiteral("profile"), v.profile);
            o.insert(QStringLiteral("colorSpace"), v.color.space);
            o.insert(QStringLiteral("colorPrimaries"), v.color.primaries);
            o.insert(QStringLiteral("colorTransfer"), v.color.transfer);
            o.insert(QStringLiteral("colorRange"), v.color.range);
            o.insert(QStringLiteral("bitDepth"), v.color.bitDepth);
            o.insert(QStringLiteral("hdr"), v.color.isHdr());
        }
        arr.append(o);
    }
    return arr;
}

QJsonArray audioJson(const domain::MediaInfo& info, bool full)
{
    QJsonArray arr;
    for (const auto& a : info.audio) {
        QJsonObject o { { QStringLiteral("codec"), a.codec }, { QStringLiteral("sampleRate"), a.sampleRate },
            { QStringLiteral("channels"), a.channels },
            { QStringLiteral("channelLayout"), a.channelLayout } };
        if (full) {
            o.insert(QStringLiteral("index"), a.index);
            o.insert(QStringLiteral("language"), a.language);
        }
        arr.append(o);
    }
    return arr;
}

QJsonArray subtitleJson(const domain::MediaInfo& info)
{
    QJsonArray arr;
    for (const auto& s : info.subtitles) {
        arr.append(QJsonObject { { QStringLiteral("index"), s.index }, { QStringLiteral("codec"), s.codec },
            { QStringLiteral("language"), s.language } });
    }
    return arr;
}

}  // namespace

QJsonObject errorJson(const domain::Error& unsafe)
{
    const domain::Error error = application::redactSecrets(unsafe);
    return { { QStringLiteral("code"), error.codeName() }, { QStringLiteral("message"), error.message },
        { QStringLiteral("detail"), error.detail } };
}

QJsonObject probeJson(const QString& path, const domain::MediaInfo& info)
{
    QJsonObject json { { QStringLiteral("path"), path }, { QStringLiteral("container"), info.container },
        { QStringLiteral("durationSeconds"), seconds(info) },
        { QStringLiteral("sizeBytes"), static_cast<qint64>(info.sizeBytes) },
        { QStringLiteral("bitRate"), static_cast<qint64>(info.bitRate) },
        { QStringLiteral("video"), videoJson(info, true) },
        { QStringLiteral("audio"), audioJson(info, true) },
        { QStringLiteral("subtitles"), subtitleJson(info) } };
    if (!info.title.isEmpty())
        json.insert(QStringLiteral("title"), info.title);
    return json;
}

QJsonObject importReportJson(const application::ImportReport& report)
{
    QJsonArray imported;
    for (const auto& i : report.imported)
        imported.append(QJsonObject { { QStringLiteral("id"), i.id }, { QStringLiteral("path"), i.path },
            { QStringLiteral("title"), i.title } });
    QJsonArray skipped;
    for (const auto& s : report.skipped)
        skipped.append(QJsonObject { { QStringLiteral("path"), s.path },
            { QStringLiteral("reason"), s.reason }, { QStringLiteral("existingId"), s.existingId } });
    QJsonArray failed;
    for (const auto& f : report.failed)
        failed.append(QJsonObject {
            { QStringLiteral("path"), f.path }, { QStringLiteral("error"), errorJson(f.error) } });
    return { { QStringLiteral("imported"), imported }, { QStringLiteral("skipped"), skipped },
        { QStringLiteral("failed"), failed }, { QStringLiteral("cancelled"), report.cancelled } };
}

QJsonObject assetSummaryJson(const application::AssetSummary& a)
{
    return { { QStringLiteral("id"), a.id }, { QStringLiteral("title"), a.title },
        { QStringLiteral("path"), a.path }, { QStringLiteral("durationSeconds"), a.durationSeconds },
        { QStringLiteral("width"), a.width }, { QStringLiteral("height"), a.height },
        { QStringLiteral("importedAt"), a.importedAt.toUTC().toString(Qt::ISODateWithMs) } };
}

QJsonObject assetJson(const domain::MediaAsset& asset)
{
    QJsonObject o = assetSummaryJson(application::AssetSummary::from(asset));
    o.insert(QStringLiteral("originalPath"), asset.originalPath());
    o.insert(QStringLiteral("contentHash"), asset.contentHash());
    o.insert(QStringLiteral("importMode"), domain::importModeName(asset.mode()));
    o.insert(QStringLiteral("thumbnailPath"), asset.thumbnailPath());
    o.insert(QStringLiteral("media"), probeJson(asset.storedPath(), asset.info()));
    return o;
}

}  // namespace reelforge::app::cli
