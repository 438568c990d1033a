#include "adapters/media/ffmpeg_command.h"

#include <algorithm>

namespace reelforge::adapters {

namespace {

// ffmpeg reads "a:b.mp4" as protocol "a" and "-x.mp4" as an option; "file:" makes either a path.
QString cliPath(const QString& path)
{
    const qsizetype colon = path.indexOf(QLatin1Char(':'));
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    const bool looksLikeProtocol = colon > 1 && (slash < 0 || colon < slash);
    return path.startsWith(QLatin1Char('-')) || looksLikeProtocol ? QStringLiteral("file:") + path : path;
}

void addOptions(QStringList& argv, const AvOptionList& options, const QString& specifier)
{
    for (const auto& [key, value] : options)
        argv << QLatin1Char('-') + QString::fromUtf8(key) + specifier << QString::fromUtf8(value);
}

void addVideo(QStringList& argv, const VideoSpec& v)
{
    if (v.copy) {
        argv << QStringLiteral("-c:v") << QStringLiteral("copy");
        return;
    }
    if (!v.filters.isEmpty())
        argv << QStringLiteral("-vf") << v.filters;
    // The engine always makes a constant rate (gaps filled, doubled ticks dropped).
    argv << QStringLiteral("-fps_mode") << QStringLiteral("cfr");
    argv << QStringLiteral("-c:v") << QString::fromUtf8(v.encoder);
    addOptions(argv, v.options, QStringLiteral(":v"));
}

void addAudio(QStringList& argv, const AudioSpec& a)
{
    if (a.copy) {
        argv << QStringLiteral("-c:a") << QStringLiteral("copy");
        return;
    }
    argv << QStringLiteral("-c:a") << QString::fromUtf8(a.encoder);
    addOptions(argv, a.options, QStringLiteral(":a"));
    argv << QStringLiteral("-ar") << QString::number(a.sampleRate) << QStringLiteral("-ac")
         << QString::number(a.channels);
}

// One codec for all subtitle streams where they agree (-c:s mov_text), else one per stream.
void addSubtitles(QStringList& argv, const std::vector<SubtitleSpec>& subtitles)
{
    const auto codecOf = [](const SubtitleSpec& s) {
        return s.copy ? QStringLiteral("copy") : QString::fromUtf8(s.encoder);
    };
    const bool same = std::all_of(subtitles.begin(), subtitles.end(),
        [&](const SubtitleSpec& s) { return codecOf(s) == codecOf(subtitles.front()); });
    if (same) {
        argv << QStringLiteral("-c:s") << codecOf(subtitles.front());
        return;
    }
    for (std::size_t i = 0; i < subtitles.size(); ++i)
        argv << QStringLiteral("-c:s:%1").arg(i) << codecOf(subtitles[i]);
}

}  // namespace

QStringList ffmpegCommand(const QString& inputPath, const TranscodeSpec& spec, const QString& outputPath)
{
    QStringList argv { QStringLiteral("ffmpeg"), QStringLiteral("-hide_banner") };
    if (spec.video && spec.video->hardware == HardwareApi::Vaapi)
        argv << QStringLiteral("-vaapi_device") << QStringLiteral("/dev/dri/renderD128");
    argv << QStringLiteral("-i") << cliPath(inputPath);
    if (spec.video)
        argv << QStringLiteral("-map") << QStringLiteral("0:%1").arg(spec.video->inputStream);
    if (spec.audio)
        argv << QStringLiteral("-map") << QStringLiteral("0:%1").arg(spec.audio->inputStream);
    for (const SubtitleSpec& subtitle : spec.subtitles)
        argv << QStringLiteral("-map") << QStringLiteral("0:%1").arg(subtitle.inputStream);
    // The CLI copies chapters by default; where the engine leaves them out, so must it.
    argv << QStringLiteral("-map_chapters") << (spec.chapters ? QStringLiteral("0") : QStringLiteral("-1"));
    if (spec.video)
        addVideo(argv, *spec.video);
    if (spec.audio)
        addAudio(argv, *spec.audio);
    if (!spec.subtitles.empty())
        addSubtitles(argv, spec.subtitles);
    argv << QStringLiteral("-f") << QString::fromUtf8(spec.muxer);
    addOptions(argv, spec.muxerOptions, {});
    argv << cliPath(outputPath);
    return argv;
}

}  // namespace reelforge::adapters
