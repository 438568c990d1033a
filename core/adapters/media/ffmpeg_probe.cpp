#include "adapters/media/ffmpeg_probe.h"

#include "adapters/media/av_input.h"
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

    if (!info.hasVideo() && !info.hasAudio()) {
        // A format guessed from the name alone whose streams do not decode was never media.
        if (described.sawAudioOrVideo && !input->weaklyDetected())
            return domain::fail(
                ErrorCode::MediaUnreadable, QStringLiteral("streams have no usable parameters"), path);
        // Subtitle-only files are media of a kind (validate() rejects them as unsupported);
        // anything else with no audio or video is not.
        if (info.subtitles.empty() || input->weaklyDetected())
            return domain::fail(ErrorCode::NotMedia, QStringLiteral("not a recognised media file"), path);
    }
    return info;
}

}  // namespace reelforge::adapters
