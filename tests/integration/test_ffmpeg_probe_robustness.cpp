#include "adapters/media/ffmpeg_probe.h"
#include "support/media_fixtures.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdio>
#include <thread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace reelforge;
using domain::ErrorCode;

// FfmpegProbe on input nobody should have to import: noise, cut-off and corrupted files, files
// that libav claims by their name alone; and the probe's promises of thread-safety and silence.
class TestFfmpegProbeRobustness final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    adapters::FfmpegProbe m_probe;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    ErrorCode probeError(const QString& file)
    {
        const auto info = m_probe.probe(file);
        return info ? ErrorCode::Internal : info.error().code;
    }

    static void writeFile(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static QByteArray randomBytes(int size, quint32 seed)
    {
        QRandomGenerator rng(seed);
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& c : bytes)
            c = static_cast<char>(rng.bounded(256));
        return bytes;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(testing::makeClip(path(QStringLiteral("basic.mp4"))));
        testing::ClipSpec ntsc;
        ntsc.frameRate = QStringLiteral("30000/1001");
        QVERIFY(testing::makeClip(path(QStringLiteral("ntsc.mp4")), ntsc));
        writeFile(path(QStringLiteral("notes.mov")), "Shopping list\n- eggs\n- milk\n");
        writeFile(path(QStringLiteral("noise.mp4")), randomBytes(64 * 1024, 7));
    }

    // libav's tty and bin demuxers claim any .txt/.bin file and "decode" it as text-mode art.
    void textAndBinaryFilesClaimedByNameAreNotMedia()
    {
        writeFile(path(QStringLiteral("readme.txt")), "Nothing to see here.\n");
        QCOMPARE(probeError(path(QStringLiteral("readme.txt"))), ErrorCode::NotMedia);
        writeFile(path(QStringLiteral("firmware.bin")), randomBytes(40000, 11));
        QCOMPARE(probeError(path(QStringLiteral("firmware.bin"))), ErrorCode::NotMedia);
    }

    void subtitleOnlyFileIsRecognisedButNotUsable()
    {
        const QString srt = path(QStringLiteral("alone.srt"));
        writeFile(srt, "1\n00:00:00,000 --> 00:00:01,000\nHello\n");
        const auto info = m_probe.probe(srt);
        QVERIFY(info);
        QCOMPARE(info->subtitles.size(), std::size_t(1));
        QCOMPARE(info->validate().error().code, ErrorCode::UnsupportedMedia);
    }

    void folderIsNotMedia() { QCOMPARE(probeError(m_dir.path()), ErrorCode::NotMedia); }

    // Whatever libav guesses for noise or cut-off files, the probe answers with an error code
    // a creator can be shown, never a crash or a MediaInfo that fails validation.
    void hostileInputGivesAnErrorOrValidMedia_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        for (const char* ext : { "mp3", "ts", "mkv", "wav", "avi", "mov", "bin" }) {
            for (quint32 seed : { 1u, 2u, 3u }) {
                const QString name = QStringLiteral("noise%1.%2").arg(seed).arg(QLatin1String(ext));
                QTest::newRow(qPrintable(name)) << name << randomBytes(40000, seed);
            }
        }
        for (const char* source : { "basic.mp4", "ntsc.mp4" }) {
            QFile f(path(QLatin1String(source)));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            for (int percent : { 1, 5, 50, 90, 99 }) {
                const QString name = QStringLiteral("cut%1-%2").arg(percent).arg(QLatin1String(source));
                QTest::newRow(qPrintable(name)) << name << bytes.left(bytes.size() * percent / 100);
            }
            QByteArray corrupted = bytes;  // the moov atom at the end, overwritten with noise
            corrupted.replace(corrupted.size() - 2000, 2000, randomBytes(2000, 9));
            QTest::newRow(qPrintable(QStringLiteral("corrupt-") + QLatin1String(source)))
                << QStringLiteral("corrupt-%1").arg(QLatin1String(source)) << corrupted;
        }
    }

    void hostileInputGivesAnErrorOrValidMedia()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        writeFile(path(name), bytes);
        const auto info = m_probe.probe(path(name));
        if (info) {
            QVERIFY2(info->validate(), qPrintable(info->validate().error().toString()));
        } else {
            const ErrorCode code = info.error().code;
            QVERIFY2(code == ErrorCode::NotMedia || code == ErrorCode::MediaUnreadable,
                qPrintable(info.error().codeName()));
        }
    }

    void concurrentProbesAgree()
    {
        const QStringList files = { path(QStringLiteral("basic.mp4")), path(QStringLiteral("ntsc.mp4")),
            path(QStringLiteral("notes.mov")) };
        std::vector<domain::Result<domain::MediaInfo>> expected;
        for (const QString& f : files)
            expected.push_back(m_probe.probe(f));
        std::atomic<int> mismatches { 0 };
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int round = 0; round < 5; ++round) {
                    for (std::size_t i = 0; i < std::size_t(files.size()); ++i) {
                        const auto got = m_probe.probe(files[qsizetype(i)]);
                        const bool same = got.has_value() == expected[i].has_value()
                            && (got ? *got == *expected[i] : got.error().code == expected[i].error().code);
                        if (!same)
                            ++mismatches;
                    }
                }
            });
        }
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(mismatches.load(), 0);
    }

    void libavStaysQuietOnBadInput()
    {
#ifdef Q_OS_UNIX
        // libav writes its own complaints straight to stderr unless the adapter rerouted them.
        const QString capture = path(QStringLiteral("stderr.txt"));
        std::fflush(stderr);
        const int saved = dup(STDERR_FILENO);
        FILE* sink = std::fopen(QFile::encodeName(capture).constData(), "w");
        QVERIFY(sink);
        dup2(fileno(sink), STDERR_FILENO);
        for (const char* name : { "noise.mp4", "notes.mov", "noise1.mp3", "cut50-basic.mp4", "readme.txt" })
            (void)m_probe.probe(path(QLatin1String(name)));
        std::fflush(stderr);
        dup2(saved, STDERR_FILENO);
        close(saved);
        std::fclose(sink);
        QFile captured(capture);
        QVERIFY(captured.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(captured.readAll()), QString());
#else
        QSKIP("stderr capture is written for POSIX");
#endif
    }
};

QTEST_GUILESS_MAIN(TestFfmpegProbeRobustness)
#include "test_ffmpeg_probe_robustness.moc"
