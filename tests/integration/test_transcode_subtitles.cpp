#include "adapters/media/transcoder.h"
#include "test_transcode_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace reelforge;
using testing::streamCount;
using testing::streamOf;

namespace {

// Two cues, the second with styling, as a creator's caption file has them.
const QByteArray kSubtitles = "1\n00:00:00,500 --> 00:00:01,500\nHello there\n\n"
                              "2\n00:00:02,000 --> 00:00:02,750\nSecond <i>line</i>\n";

const QByteArray kChapters = ";FFMETADATA1\n"
                             "[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1200\ntitle=Opening\n"
                             "[CHAPTER]\nTIMEBASE=1/1000\nSTART=1200\nEND=3000\ntitle=Main part\n";

QString normalised(QByteArray text)
{
    return QString::fromUtf8(text.replace("\r\n", "\n")).trimmed();
}

// The first subtitle stream of `file` as SubRip text, written by the ffmpeg CLI, timed from the
// first picture: a muxer may shift every stream alike (Matroska does, for an AAC encoder delay).
QString cuesOf(const QString& file)
{
    const QJsonObject video = streamOf(testing::probeJson(file), QStringLiteral("video"));
    const double pictureStart = video.value(QStringLiteral("start_time")).toString().toDouble();
    QProcess p;
    p.start(QStringLiteral("ffmpeg"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-copyts"), QStringLiteral("-i"),
            file, QStringLiteral("-map"), QStringLiteral("0:s:0"), QStringLiteral("-output_ts_offset"),
            QString::number(-pictureStart, 'f', 6), QStringLiteral("-f"), QStringLiteral("srt"),
            QStringLiteral("-") });
    p.waitForFinished(60000);
    return normalised(p.readAllStandardOutput());
}

QJsonArray chaptersOf(const QString& file)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"),
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_chapters"),
            QStringLiteral("-of"), QStringLiteral("json"), file });
    p.waitForFinished(60000);
    return QJsonDocument::fromJson(p.readAllStandardOutput())
        .object()
        .value(QStringLiteral("chapters"))
        .toArray();
}

QString tag(const QJsonObject& object, const QString& key)
{
    return object.value(QStringLiteral("tags")).toObject().value(key).toString();
}

}  // namespace

// Subtitles and chapters survive a transcode where the container holds them (converted to the
// container's text format where it must), and are left out with a job-log line where it does
// not; the equivalent ffmpeg command makes the same file.
class TestTranscodeSubtitles final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<infrastructure::FilePresetStore> m_presets;
    QString m_mkv;  // H.264 + PCM + SubRip (eng, "English") + two chapters
    QString m_mp4;  // H.264 + AAC + mov_text (eng) + the same chapters

    QString path(const QString& name) const { return m_dir.filePath(name); }

    testing::TranscodeRun transcode(const QString& input, const QString& preset, const QString& folder)
    {
        QDir().mkpath(path(folder));
        testing::FolderOutputs outputs(path(folder));
        application::CancellationToken cancel;
        return testing::runTranscode(
            *m_presets, input, { { QStringLiteral("preset"), preset } }, outputs, cancel);
    }

    // A preset that keeps H.264 and AAC as they are: every stream is copied.
    static domain::Preset copyingPreset(const QString& container)
    {
        const QJsonObject json { { QStringLiteral("name"), QStringLiteral("keep-") + container },
            { QStringLiteral("container"), container },
            { QStringLiteral("extension"), QStringLiteral("out") },
            { QStringLiteral("video"), QJsonObject { { QStringLiteral("codec"), QStringLiteral("h264") } } },
            { QStringLiteral("audio"), QJsonObject { { QStringLiteral("codec"), QStringLiteral("aac") } } } };
        return *domain::Preset::fromJson(json);
    }

    static void verifyChapters(const QString& file)
    {
        const QJsonArray chapters = chaptersOf(file);
        QCOMPARE(chapters.size(), 2);
        const QJsonObject first = chapters.at(0).toObject();
        const QJsonObject second = chapters.at(1).toObject();
        QCOMPARE(tag(first, QStringLiteral("title")), QStringLiteral("Opening"));
        QCOMPARE(tag(second, QStringLiteral("title")), QStringLiteral("Main part"));
        QCOMPARE(first.value(QStringLiteral("start_time")).toString().toDouble(), 0.0);
        QVERIFY(qAbs(second.value(QStringLiteral("start_time")).toString().toDouble() - 1.2) < 0.001);
        QVERIFY(qAbs(second.value(QStringLiteral("end_time")).toString().toDouble() - 3.0) < 0.001);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_presets.emplace(path(QStringLiteral("presets")));
        const QString srt = path(QStringLiteral("captions.srt"));
        const QString meta = path(QStringLiteral("chapters.txt"));
        QFile s(srt);
        QVERIFY(s.open(QIODevice::WriteOnly) && s.write(kSubtitles) == kSubtitles.size());
        s.close();
        QFile m(meta);
        QVERIFY(m.open(QIODevice::WriteOnly) && m.write(kChapters) == kChapters.size());
        m.close();
        const QStringList sources { QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=640x360:rate=30:duration=3"), QStringLiteral("-f"),
            QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("sine=frequency=440:sample_rate=48000:duration=3"), QStringLiteral("-i"), srt,
            QStringLiteral("-i"), meta, QStringLiteral("-map"), QStringLiteral("0"), QStringLiteral("-map"),
            QStringLiteral("1"), QStringLiteral("-map"), QStringLiteral("2"), QStringLiteral("-map_chapters"),
            QStringLiteral("3"), QStringLiteral("-metadata:s:s:0"), QStringLiteral("language=eng"),
            QStringLiteral("-metadata:s:s:0"), QStringLiteral("title=English"), QStringLiteral("-c:v"),
            QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
            QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-ac"),
            QStringLiteral("2") };
        // PCM in Matroska starts at 0 (AAC there would start 21 ms early and every time with it).
        m_mkv = path(QStringLiteral("talk.mkv"));
        QVERIFY(testing::runFfmpeg(sources
            + QStringList { QStringLiteral("-c:a"), QStringLiteral("pcm_s16le"), QStringLiteral("-c:s"),
                QStringLiteral("srt"), m_mkv }));
        m_mp4 = path(QStringLiteral("talk.mp4"));
        QVERIFY(testing::runFfmpeg(sources
            + QStringList { QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-c:s"),
                QStringLiteral("mov_text"), m_mp4 }));
        QCOMPARE(cuesOf(m_mp4), normalised(kSubtitles));
        QCOMPARE(cuesOf(m_mkv), normalised(kSubtitles));
    }

    void youtubeMp4CarriesSubtitlesAsMovTextAndChapters()
    {
        const auto run = transcode(m_mkv, QStringLiteral("youtube-1080p"), QStringLiteral("yt"));
        QVERIFY2(run.artifacts, qPrintable(run.artifacts ? QString() : run.artifacts.error().toString()));
        const QString out = run.artifacts->front().path;
        const QJsonObject probe = testing::probeJson(out);
        QCOMPARE(streamCount(probe, QStringLiteral("subtitle")), 1);
        const QJsonObject sub = streamOf(probe, QStringLiteral("subtitle"));
        QCOMPARE(sub.value(QStringLiteral("codec_name")).toString(), QStringLiteral("mov_text"));
        QCOMPARE(tag(sub, QStringLiteral("language")), QStringLiteral("eng"));
        QCOMPARE(cuesOf(out), normalised(kSubtitles));
        verifyChapters(out);
        QVERIFY(run.log.isEmpty());
    }

    void printedFfmpegCommandMakesTheSameStreams()
    {
        const auto plan = testing::planTranscode(
            *m_presets, m_mkv, { { QStringLiteral("preset"), QStringLiteral("youtube-1080p") } });
        QVERIFY(plan);
        QStringList argv = plan->equivalentCommand;
        const QString joined = argv.join(QLatin1Char(' '));
        QVERIFY2(joined.contains(QStringLiteral("-map 0:2")), qPrintable(joined));
        QVERIFY2(joined.contains(QStringLiteral("-c:s mov_text")), qPrintable(joined));
        QVERIFY2(joined.contains(QStringLiteral("-map_chapters 0")), qPrintable(joined));
        const QString out = path(QStringLiteral("cli.mp4"));
        argv.last() = out;
        const QString program = argv.takeFirst();
        QProcess p;
        p.start(program, QStringList { QStringLiteral("-v"), QStringLiteral("error") } + argv);
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject sub = streamOf(testing::probeJson(out), QStringLiteral("subtitle"));
        QCOMPARE(sub.value(QStringLiteral("codec_name")).toString(), QStringLiteral("mov_text"));
        QCOMPARE(tag(sub, QStringLiteral("language")), QStringLiteral("eng"));
        QCOMPARE(cuesOf(out), normalised(kSubtitles));
        verifyChapters(out);
    }

    void gifLeavesSubtitlesAndChaptersOutWithALogLine()
    {
        const auto run = transcode(m_mkv, QStringLiteral("gif-preview"), QStringLiteral("gif"));
        QVERIFY2(run.artifacts, qPrintable(run.artifacts ? QString() : run.artifacts.error().toString()));
        const QString out = run.artifacts->front().path;
        QCOMPARE(streamCount(testing::probeJson(out), QStringLiteral("subtitle")), 0);
        QCOMPARE(run.log.size(), 2);
        QVERIFY2(run.log.at(0).startsWith(QStringLiteral("subtitle stream 2 (subrip) left out")),
            qPrintable(run.log.at(0)));
        QVERIFY2(
            run.log.at(1).startsWith(QStringLiteral("2 chapter(s) left out")), qPrintable(run.log.at(1)));
        QVERIFY(
            run.plan->equivalentCommand.join(QLatin1Char(' ')).contains(QStringLiteral("-map_chapters -1")));
    }

    void podcastAudioKeepsChaptersButNotSubtitles()
    {
        const auto run = transcode(m_mkv, QStringLiteral("podcast-audio"), QStringLiteral("podcast"));
        QVERIFY2(run.artifacts, qPrintable(run.artifacts ? QString() : run.artifacts.error().toString()));
        const QString out = run.artifacts->front().path;
        const QJsonObject probe = testing::probeJson(out);
        QCOMPARE(streamCount(probe, QStringLiteral("subtitle")), 0);
        QCOMPARE(streamCount(probe, QStringLiteral("video")), 0);
        verifyChapters(out);
        QCOMPARE(run.log,
            QStringList {
                QStringLiteral("1 subtitle stream(s) left out: an audio-only output carries none") });
    }

    void streamCopyIntoMp4CopiesMovText()
    {
        const QString out = path(QStringLiteral("copied.mp4"));
        adapters::Transcoder transcoder(m_mp4, copyingPreset(QStringLiteral("mp4")), out);
        const auto report = transcoder.run();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->videoEncoder, QStringLiteral("copy"));
        QCOMPARE(report->audioEncoder, QStringLiteral("copy"));
        QVERIFY(report->ffmpegCommand.join(QLatin1Char(' ')).contains(QStringLiteral("-c:s copy")));
        const QJsonObject sub = streamOf(testing::probeJson(out), QStringLiteral("subtitle"));
        QCOMPARE(sub.value(QStringLiteral("codec_name")).toString(), QStringLiteral("mov_text"));
        QCOMPARE(tag(sub, QStringLiteral("language")), QStringLiteral("eng"));
        QCOMPARE(cuesOf(out), normalised(kSubtitles));
        verifyChapters(out);
    }

    void matroskaKeepsSubRipAndTitleAndConvertsMovText()
    {
        const QString kept = path(QStringLiteral("kept.mkv"));
        auto report = adapters::Transcoder(m_mkv, copyingPreset(QStringLiteral("matroska")), kept).run();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QJsonObject sub = streamOf(testing::probeJson(kept), QStringLiteral("subtitle"));
        QCOMPARE(sub.value(QStringLiteral("codec_name")).toString(), QStringLiteral("subrip"));
        QCOMPARE(tag(sub, QStringLiteral("language")), QStringLiteral("eng"));
        QCOMPARE(tag(sub, QStringLiteral("title")), QStringLiteral("English"));
        QCOMPARE(cuesOf(kept), normalised(kSubtitles));
        verifyChapters(kept);

        // Matroska has no mov_text: the cues become ASS, the container's own text format.
        const QString converted = path(QStringLiteral("converted.mkv"));
        report = adapters::Transcoder(m_mp4, copyingPreset(QStringLiteral("matroska")), converted).run();
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        const QString command = report->ffmpegCommand.join(QLatin1Char(' '));
        QVERIFY2(command.contains(QStringLiteral("-c:s ass")), qPrintable(command));
        sub = streamOf(testing::probeJson(converted), QStringLiteral("subtitle"));
        QCOMPARE(sub.value(QStringLiteral("codec_name")).toString(), QStringLiteral("ass"));
        QCOMPARE(tag(sub, QStringLiteral("language")), QStringLiteral("eng"));
        QCOMPARE(cuesOf(converted), normalised(kSubtitles));
        verifyChapters(converted);
    }
};

QTEST_GUILESS_MAIN(TestTranscodeSubtitles)
#include "test_transcode_subtitles.moc"
