#include "adapters/media/ffmpeg_probe.h"

#include "adapters/media/av_input.h"
#include "adapters/media/media_checks.h"
#include "adapters/media/media_description.h"

#include <QFileInfo>

#include <algorithm>

extern "C" {
#include <libavformat/avformat.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;

domain::Result<domain::MediaInfo> FfmpegProbe::probe(const QString& path) const
{
    auto input = openMediaInput(path);
    if (!input)
        return tl::unexpected(input.error());
    const AVFormatContext& ctx = *input->format;
    MediaDescription described = describeMedia(ctx);
    domain::MediaInfo& info = described.info;
    info.sizeBytes = QFileInfo(path).size();
    info.bitRate = std::max<std::int64_t>(ctx.bit_rate, 0);
    if (const AVDictionaryEntry* tag = av_dict_get(ctx.metadata, "title", nullptr, 0))
        info.title = QString::fromUtf8(tag->value).trimmed();

    switch (classifyMedia(described, input->weaklyDetected())) {
    case MediaKind::NotMedia:
        return domain::fail(ErrorCode::NotMedia, QStringLiteral("not a recognised media file"), path);
    case MediaKind::Unusable:
        return domain::fail(
            ErrorCode::MediaUnreadable, QStringLiteral("streams have no usable parameters"), path);
    case MediaKind::SubtitlesOnly:
        return info;  // media of a kind; validate() rejects it as unsupported
    case MediaKind::AudioOrVideo:
        break;
    }
    if (domain::Status s = checkNotStillImage(*input, info, path); !s)
        return tl::unexpected(s.error());
    if (domain::Status s = checkComplete(*input, info, path); !s)
        return tl::unexpected(s.error());
    return info;
}

}  // namespace reelforge::adapters
