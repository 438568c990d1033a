#include "integration/analysis_support.h"

#include <QFileInfo>
#include <QTest>

using namespace reelforge;
using namespace reelforge::testing;

// Awkward input: the analysis never crashes, gives what can be given, and says what it could
// not do (issues with stable codes) or why it failed (error codes).
class TestAnalysisRobustness final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QStringList m_all { QStringLiteral("scenes"), QStringLiteral("silences"),
        QStringLiteral("loudness"), QStringLiteral("waveform"), QStringLiteral("faces"),
        QStringLiteral("thumbnails") };

    QString path(const QString& name) const { return m_dir.filePath(name); }

    static bool hasIssue(const domain::Analysis& a, const QString& code)
    {
        return std::any_of(a.issues.begin(), a.issues.end(), [&](const auto& i) { return i.code == code; });
    }

    static QString issues(const domain::Analysis& a)
    {
        QStringList out;
        for (const auto& i : a.issues)
            out << i.code + QStringLiteral(": ") + i.detail;
        return out.join(QStringLiteral("; "));
    }

    // A Matroska file with an AAC audio track made undecodable: "codec" tags it with a codec
    // ID libav has no decoder for, "config" garbles its AudioSpecificConfig so the decoder
    // refuses to open.
    bool makeBrokenAudio(const QString& file, const QString& damage, bool withVideo)
    {
        QStringList args;
        if (withVideo)
            args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
                 << QStringLiteral("testsrc2=size=160x90:rate=25:d=3");
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("sine=d=3") << QStringLiteral("-c:v") << QStringLiteral("libx264")
             << QStringLiteral("-c:a") << QStringLiteral("aac") << file;
        if (!runFfmpeg(args))
            return false;
        QFile f(file);
        if (!f.open(QIODevice::ReadWrite))
            return false;
        QByteArray bytes = f.readAll();
        const qsizetype codecId = bytes.indexOf(QByteArray("\x86\x85"
                                                           "A_AAC",
            7));
        if (codecId < 0)
            return false;
        if (damage == QLatin1String("codec")) {
            bytes.replace(codecId + 2, 5, "A_ZZZ");
        } else {
            const qsizetype priv = bytes.indexOf(QByteArray("\x63\xa2", 2), codecId);
            if (priv < 0)
                return false;
            const int size = static_cast<unsigned char>(bytes[priv + 2]) & 0x7f;
            bytes[priv + 3] = static_cast<char>(0xf8);  // audio object type 32: not implemented
            for (int i = 1; i < size; ++i)
                bytes[priv + 3 + i] = 0;
        }
        return f.seek(0) && f.write(bytes) == bytes.size();
    }

private slots:
    void videoOnlySkipsTheAudioAnalyzersWithAReason()
    {
        ClipSpec spec;
        spec.audio = false;
        QVERIFY(makeClip(path(QStringLiteral("video_only.mp4")), spec));
        auto outcome = analyse(path(QStringLiteral("video_only.mp4")), m_all);
        QVERIFY(outcome);
        QVERIFY(outcome->analysis.scenes && outcome->analysis.thumbnails);
        QVERIFY(!outcome->analysis.loudness && !outcome->analysis.silences);
        QVERIFY(hasIssue(outcome->analysis, QStringLiteral("no-audio")));
        QCOMPARE(outcome->skipped.size(), 3);
    }

    void audioOnlySkipsTheVideoAnalyzersWithAReason()
    {
        ClipSpec spec;
        spec.video = false;
        QVERIFY(makeClip(path(QStringLiteral("audio_only.m4a")), spec));
        auto outcome = analyse(path(QStringLiteral("audio_only.m4a")), m_all);
        QVERIFY(outcome);
        QVERIFY(outcome->analysis.loudness && outcome->analysis.silences && outcome->analysis.waveform);
        QVERIFY(!outcome->analysis.scenes && !outcome->analysis.faces);
        QVERIFY(hasIssue(outcome->analysis, QStringLiteral("no-video")));
        QVERIFY(std::fabs(domain::toSeconds(outcome->analysis.duration) - 2.0) < 0.05);
    }

    void variableFrameRateKeepsRealTimes()
    {
        // Frames kept irregularly (every frame, then every third one): timestamps are not n/fps.
        const QString clip = path(QStringLiteral("vfr.mkv"));
        QVERIFY(runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=160x90:rate=30:d=4"), QStringLiteral("-vf"),
            QStringLiteral("select='lt(n,30)+not(mod(n,3))'"), QStringLiteral("-fps_mode"),
            QStringLiteral("vfr"), QStringLiteral("-c:v"), QStringLiteral("libx264"), clip }));
        auto outcome = analyse(clip, { QStringLiteral("scenes"), QStringLiteral("faces") });
        QVERIFY(outcome);
        QVERIFY(std::fabs(domain::toSeconds(outcome->analysis.duration) - 4.0) < 0.15);
        const auto& faces = *outcome->analysis.faces;  // sampled every 200 ms of real time
        QVERIFY(faces.size() >= 18 && faces.size() <= 21);
    }

    void rotatedPhoneVideoIsAnalysedUpright()
    {
        const QString photo = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");
        if (!QFileInfo::exists(photo))
            QSKIP("needs the face photo from opencv-doc");
        // Stored on its side with a display matrix that turns it back, as a phone held upright
        // writes it (FFmpeg 5.1 turns the rotate=270 tag into a 90 degree clockwise display
        // turn when remuxing): the face is only found if the turn is applied before detection.
        const QString sideways = path(QStringLiteral("sideways.mp4"));
        const QString clip = path(QStringLiteral("rotated.mp4"));
        QVERIFY(runFfmpeg({ QStringLiteral("-loop"), QStringLiteral("1"), QStringLiteral("-i"), photo,
            QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("-r"), QStringLiteral("25"),
            QStringLiteral("-vf"), QStringLiteral("transpose=cclock,format=yuv420p"), sideways }));
        QVERIFY(runFfmpeg({ QStringLiteral("-i"), sideways, QStringLiteral("-c"), QStringLiteral("copy"),
            QStringLiteral("-metadata:s:v:0"), QStringLiteral("rotate=270"), clip }));
        auto outcome = analyse(clip, { QStringLiteral("faces") });
        QVERIFY(outcome && !outcome->analysis.faces->empty());
        const auto& boxes = outcome->analysis.faces->front().boxes;
        const bool upright = std::any_of(boxes.begin(), boxes.end(), [](const domain::FaceBox& b) {
            return std::fabs(b.x + b.w / 2 - 246.0 / 548.0) < 0.05
                && std::fabs(b.y + b.h / 2 - 112.0 / 342.0) < 0.07;
        });
        QVERIFY2(upright, "the face was not found where it is in the upright picture");
    }

    void tenBitHdrDecodes()
    {
        const QString clip = path(QStringLiteral("hdr.mkv"));
        QVERIFY(runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=160x90:rate=25:d=1"), QStringLiteral("-pix_fmt"),
            QStringLiteral("yuv420p10le"), QStringLiteral("-c:v"), QStringLiteral("libx265"),
            QStringLiteral("-x265-params"), QStringLiteral("log-level=error"),
            QStringLiteral("-color_primaries"), QStringLiteral("bt2020"), QStringLiteral("-color_trc"),
            QStringLiteral("smpte2084"), QStringLiteral("-colorspace"), QStringLiteral("bt2020nc"), clip }));
        auto outcome = analyse(clip, { QStringLiteral("scenes"), QStringLiteral("thumbnails") });
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QVERIFY(outcome->analysis.scenes->empty());
        QVERIFY(outcome->analysis.issues.empty());
    }

    void aStreamThatEndsEarlyIsReported()
    {
        const QString clip = path(QStringLiteral("short_video.mkv"));
        QVERIFY(runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=160x90:rate=25:d=2"), QStringLiteral("-f"), QStringLiteral("lavfi"),
            QStringLiteral("-i"), QStringLiteral("sine=d=5"), QStringLiteral("-c:v"),
            QStringLiteral("libx264"), QStringLiteral("-c:a"), QStringLiteral("flac"), clip }));
        auto outcome = analyse(clip, m_all);
        QVERIFY(outcome);
        QVERIFY2(hasIssue(outcome->analysis, QStringLiteral("stream-ended-early")),
            qPrintable(issues(outcome->analysis)));
        QVERIFY(std::fabs(domain::toSeconds(outcome->analysis.duration) - 5.0) < 0.1);
        QVERIFY(outcome->analysis.loudness && outcome->analysis.scenes);
    }

    void aCorruptPacketInTheMiddleIsSkippedAndReported()
    {
        const QString clip = path(QStringLiteral("corrupt.ts"));
        QVERIFY(runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=320x180:rate=25:d=6"), QStringLiteral("-f"),
            QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=d=6"), QStringLiteral("-c:v"),
            QStringLiteral("libx264"), QStringLiteral("-g"), QStringLiteral("250"), QStringLiteral("-c:a"),
            QStringLiteral("mp2"), clip }));
        QFile f(clip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 middle = f.size() / 2 / 188 * 188;
        QVERIFY(f.seek(middle));
        QByteArray garbage(188 * 20, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>((i * 7919 + 13) & 0xff);
        for (int p = 0; p < 20; ++p)
            garbage[p * 188] = 0x47;  // keep the sync bytes: the demuxer goes on, the decoders see damage
        QVERIFY(f.write(garbage) == garbage.size());
        f.close();
        auto outcome = analyse(clip, m_all);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QVERIFY2(!outcome->analysis.issues.empty(), "the damage was not reported");
        qInfo().noquote() << "reported:" << issues(outcome->analysis);
        QVERIFY(std::fabs(domain::toSeconds(outcome->analysis.duration) - 6.0) < 0.2);
        QVERIFY(outcome->analysis.loudness && outcome->analysis.scenes);
    }

    void aDamagedH264FrameThatTheDecoderConcealsIsReported()
    {
        // H.264 repairs a damaged slice from its neighbours and hands the frame out as if it
        // were whole (no packet is refused): the analysis still says the file is damaged, and
        // about where. The damage: the video packet shown at 3 s overwritten after its slice
        // header's first bytes (the length prefix and NAL header stay, so nothing is refused).
        const QString clip = path(QStringLiteral("concealed.mp4"));
        QVERIFY(runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=320x180:rate=25:d=6"), QStringLiteral("-f"),
            QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("sine=d=6"), QStringLiteral("-c:v"),
            QStringLiteral("libx264"), QStringLiteral("-g"), QStringLiteral("250"), QStringLiteral("-c:a"),
            QStringLiteral("aac"), clip }));
        QProcess probe;
        probe.start(QStringLiteral("ffprobe"),
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-select_streams"),
                QStringLiteral("v"), QStringLiteral("-show_entries"),
                QStringLiteral("packet=pts_time,pos,size"), QStringLiteral("-of"), QStringLiteral("csv=p=0"),
                clip });
        QVERIFY(probe.waitForFinished(30000));
        qint64 pos = -1;
        qint64 size = 0;
        for (const QByteArray& row : probe.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> f = row.trimmed().split(',');  // pts_time,size,pos
            if (f.size() == 3 && std::fabs(f[0].toDouble() - 3.0) < 0.001) {
                size = f[1].toLongLong();
                pos = f[2].toLongLong();
            }
        }
        QVERIFY2(pos > 0 && size > 64, "no video packet at 3 s");
        QFile f(clip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(pos + 16));
        QByteArray garbage(static_cast<qsizetype>(size - 16), '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = static_cast<char>((i * 7919 + 13) & 0xff);
        QVERIFY(f.write(garbage) == garbage.size());
        f.close();

        for (int run = 0; run < 3; ++run) {  // frame threads make flags racy; the report is not
            auto outcome = analyse(clip, m_all);
            QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
            const auto& is = outcome->analysis.issues;
            const auto concealed = std::find_if(
                is.begin(), is.end(), [](const auto& i) { return i.code == QLatin1String("decode-errors"); });
            QVERIFY2(concealed != is.end(), qPrintable(issues(outcome->analysis)));
            if (run == 0)
                qInfo().noquote() << "reported:" << issues(outcome->analysis);
            QVERIFY2(concealed->detail.startsWith(QLatin1String("video:")), qPrintable(concealed->detail));
            const double at = domain::toSeconds(concealed->at);
            QVERIFY2(at >= 2.5 && at <= 3.6, qPrintable(QString::number(at)));
            QVERIFY(std::fabs(domain::toSeconds(outcome->analysis.duration) - 6.0) < 0.2);
            QVERIFY(outcome->analysis.scenes && outcome->analysis.loudness);
        }
    }

    void zeroLengthAudioGivesEmptyResultsNotNonsense()
    {
        ClipSpec spec;
        spec.audio = false;
        const QString video = path(QStringLiteral("for_empty_audio.mp4"));
        QVERIFY(makeClip(video, spec));
        const QString clip = path(QStringLiteral("empty_audio.mkv"));
        // An audio stream without a single packet.
        QVERIFY(runFfmpeg({ QStringLiteral("-i"), video, QStringLiteral("-f"), QStringLiteral("lavfi"),
            QStringLiteral("-i"), QStringLiteral("anullsrc=r=48000:cl=stereo,atrim=end_sample=0"),
            QStringLiteral("-map"), QStringLiteral("0:v"), QStringLiteral("-map"), QStringLiteral("1:a"),
            QStringLiteral("-c:v"), QStringLiteral("copy"), QStringLiteral("-c:a"), QStringLiteral("flac"),
            clip }));
        auto outcome = analyse(clip, m_all);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        QVERIFY(outcome->analysis.scenes);
        if (outcome->analysis.loudness) {
            QCOMPARE(outcome->analysis.loudness->integratedLufs, domain::Loudness::kSilentLufs);
            QVERIFY(outcome->analysis.silences->size() <= 1);
        }
        QVERIFY2(hasIssue(outcome->analysis, QStringLiteral("empty-stream"))
                || hasIssue(outcome->analysis, QStringLiteral("no-audio")),
            qPrintable(issues(outcome->analysis)));
    }

    void aBrokenAudioStreamFailsOnlyTheAudioAnalyzers_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("no decoder for the codec") << QStringLiteral("codec");
        QTest::newRow("decoder refuses its parameters") << QStringLiteral("config");
    }

    // docs/analysis.md: one analyzer failing keeps the others' results. A broken audio stream
    // costs the audio analyzers, each with an analyzer-failed issue naming the stream and file.
    void aBrokenAudioStreamFailsOnlyTheAudioAnalyzers()
    {
        QFETCH(QString, damage);
        const QString clip = path(QStringLiteral("broken_audio_%1.mkv").arg(damage));
        QVERIFY(makeBrokenAudio(clip, damage, true));
        auto outcome = analyse(clip, m_all);
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
        const domain::Analysis& a = outcome->analysis;
        QVERIFY(a.scenes && a.faces && a.thumbnails);
        QVERIFY(!a.loudness && !a.silences && !a.waveform);
        QVERIFY(std::fabs(domain::toSeconds(a.duration) - 3.0) < 0.2);
        QStringList failed;
        for (const auto& issue : a.issues) {
            if (issue.code != QLatin1String("analyzer-failed"))
                continue;
            failed << issue.detail.section(QLatin1Char(':'), 0, 0);
            QVERIFY2(issue.detail.contains(QLatin1String("audio stream 1"))
                    && issue.detail.contains(QFileInfo(clip).fileName()),
                qPrintable(issue.detail));
        }
        failed.sort();
        QCOMPARE(failed,
            (QStringList {
                QStringLiteral("loudness"), QStringLiteral("silences"), QStringLiteral("waveform") }));
        QVERIFY2(!hasIssue(a, QStringLiteral("no-audio")), qPrintable(issues(a)));
        QCOMPARE(outcome->computed.size(), 3);
        QCOMPARE(outcome->skipped.size(), 3);
    }

    // With nothing else to analyse, the broken stream is the error: it says which file and stream.
    void aFileWhoseOnlyStreamIsBrokenNamesFileAndStream()
    {
        const QString clip = path(QStringLiteral("broken_audio_only.mka"));
        QVERIFY(makeBrokenAudio(clip, QStringLiteral("config"), false));
        auto outcome = analyse(clip, m_all);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, domain::ErrorCode::MediaUnreadable);
        QVERIFY2(outcome.error().message.contains(QLatin1String("audio stream 0")),
            qPrintable(outcome.error().toString()));
        QCOMPARE(outcome.error().detail, clip);
    }

    void notMediaAndMissingFilesAreClearErrors()
    {
        const QString text = path(QStringLiteral("notes.mp4"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some text, not a video at all\n");
        f.close();
        auto notMedia = analyse(text, m_all);
        QVERIFY(!notMedia);
        QCOMPARE(notMedia.error().code, domain::ErrorCode::NotMedia);
        auto missing = analyse(path(QStringLiteral("nowhere.mp4")), m_all);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, domain::ErrorCode::FileMissing);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisRobustness)
#include "test_analysis_robustness.moc"
