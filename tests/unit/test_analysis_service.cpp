#include "application/services/analysis_service.h"
#include "fakes/fake_analysis_repository.h"
#include "fakes/fake_asset_repository.h"
#include "fakes/fake_media_storage.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::application;
using namespace reelforge::testing;
using domain::ErrorCode;

namespace {

// A decode pass that makes up a file: `frames` video frames at 25 fps and one second of
// audio per 25 frames, counting how often it runs.
class FakeDecodePass final : public IDecodePass {
public:
    domain::Result<DecodeSummary> run(const DecodeRequest& request, IDecodeSink& sink,
        CancellationToken& cancel, const ProgressFn& progress) override
    {
        ++runs;
        lastRequest = request;
        DecodeStreams streams;
        streams.hasVideo = hasVideo;
        streams.hasAudio = hasAudio;
        streams.width = 32;
        streams.height = 18;
        streams.sampleRate = 1000;
        streams.channels = 1;
        streams.channelRoles = { ChannelRole::Center };
        streams.failures = failedAtOpen;
        sink.begin(streams);
        std::vector<std::uint8_t> pixels(32 * 18 * 3, 0);
        std::vector<float> samples(40, 0.0f);
        for (int i = 0; i < frames; ++i) {
            if (cancelAt == i)
                cancel.cancel();
            if (cancel.isCancelled())
                return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
            if (hasVideo && request.video)
                sink.onVideoFrame(
                    { 32, 18, pixels.data(), 96, pixels.data(), 32, domain::Micros(i * 40000), i });
            if (hasAudio && request.audio)
                sink.onAudio({ 1000, 1, 40, samples.data(), samples.data(), i * 40 });
            if (progress)
                progress(static_cast<double>(i + 1) / frames);
        }
        DecodeSummary summary;
        summary.videoFrames = frames;
        summary.duration = domain::Micros(frames * 40000);
        summary.failures = failedLater;
        return summary;
    }

    int runs = 0;
    int frames = 50;
    int cancelAt = -1;
    bool hasVideo = true;
    bool hasAudio = true;
    std::vector<StreamFailure> failedAtOpen;
    std::vector<StreamFailure> failedLater;
    DecodeRequest lastRequest;
};

// Counts what it is fed and reports it as one silence (audio) or one scene (video).
class CountingAnalyzer final : public IAnalyzer {
public:
    CountingAnalyzer(QString name, int version, bool video, QString settings = {})
        : m_name(std::move(name))
        , m_version(version)
        , m_video(video)
        , m_settings(std::move(settings))
    {
    }
    QString name() const override { return m_name; }
    int version() const override { return m_version; }
    QString settingsKey() const override { return m_settings; }
    bool needsVideo() const override { return m_video; }
    bool needsAudio() const override { return !m_video; }
    domain::Status begin(const DecodeStreams&) override { return domain::ok(); }
    void onVideoFrame(const VideoFrameView&) override { ++m_fed; }
    void onAudio(const AudioBlockView& b) override { m_fed += b.frames; }
    domain::Status finish(domain::Analysis& into) override
    {
        if (m_video)
            into.scenes = std::vector<domain::SceneChange> { { domain::Micros(m_fed), m_fed,
                domain::SceneKind::Cut, 1.0, {} } };
        else
            into.silences = std::vector<domain::TimeRange> { { domain::Micros(0), domain::Micros(m_fed) } };
        return domain::ok();
    }

private:
    QString m_name;
    int m_version;
    bool m_video;
    QString m_settings;
    std::int64_t m_fed = 0;
};

}  // namespace

// GIVEN a registry of analyzers and in-memory ports WHEN files are analysed THEN each file is
// decoded once for all analyzers, results are cached per (content, analyzer, version,
// settings), and cancel, progress and missing streams behave as for jobs.
class TestAnalysisService final : public QObject {
    Q_OBJECT

    struct World {
        FakeAnalysisRepository results;
        FakeAssetRepository assets;
        FakeMediaStorage storage;
        FakeDecodePass decoder;
        AnalysisRegistry registry;
        int scenesVersion = 1;
        std::unique_ptr<AnalysisService> service;

        World()
        {
            registry.add(QStringLiteral("scenes"), [this](const AnalysisSettings&) {
                return std::make_unique<CountingAnalyzer>(QStringLiteral("scenes"), scenesVersion, true);
            });
            registry.add(QStringLiteral("silences"), [](const AnalysisSettings& s) {
                return std::make_unique<CountingAnalyzer>(
                    QStringLiteral("silences"), 1, false, QString::number(s.silenceThresholdDb));
            });
            service = std::make_unique<AnalysisService>(
                AnalysisPorts { results, assets, storage, decoder, registry });
        }
    };

    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(QStringLiteral("clip.mp4"));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not really a video, the decode pass is fake");
    }

    void oneDecodeFeedsEveryAnalyzer()
    {
        World w;
        CancellationToken cancel;
        auto outcome = w.service->run({ {}, m_file, {}, true }, cancel);
        QVERIFY(outcome);
        QCOMPARE(w.decoder.runs, 1);
        QVERIFY(w.decoder.lastRequest.video && w.decoder.lastRequest.audio);
        QCOMPARE(outcome->computed, (QStringList { QStringLiteral("scenes"), QStringLiteral("silences") }));
        QCOMPARE(outcome->analysis.scenes->front().frame, 50);
        QCOMPARE(outcome->analysis.silences->front().end, domain::Micros(2000));
        QCOMPARE(outcome->analysis.duration, domain::Micros(2000000));
        QCOMPARE(outcome->contentHash.size(), 64);
    }

    void secondRunComesFromTheCacheWithoutDecoding()
    {
        World w;
        CancellationToken cancel;
        QVERIFY(w.service->run({ {}, m_file, {}, true }, cancel));
        auto again = w.service->run({ {}, m_file, {}, true }, cancel);
        QVERIFY(again);
        QCOMPARE(w.decoder.runs, 1);
        QCOMPARE(again->fromCache.size(), 2);
        QCOMPARE(again->analysis.scenes->front().frame, 50);
    }

    void aNewAnalyzerVersionRecomputesOnlyThatAnalyzer()
    {
        World w;
        CancellationToken cancel;
        QVERIFY(w.service->run({ {}, m_file, {}, true }, cancel));
        w.scenesVersion = 2;
        auto again = w.service->run({ {}, m_file, {}, true }, cancel);
        QVERIFY(again);
        QCOMPARE(w.decoder.runs, 2);
        QCOMPARE(again->computed, QStringList { QStringLiteral("scenes") });
        QCOMPARE(again->fromCache, QStringList { QStringLiteral("silences") });
        QVERIFY(!w.decoder.lastRequest.audio);  // only what the pending analyzers need
    }

    void otherSettingsRecomputeThatAnalyzer()
    {
        World w;
        CancellationToken cancel;
        QVERIFY(w.service->run({ {}, m_file, {}, true }, cancel));
        AnalysisSettings quieter;
        quieter.silenceThresholdDb = -60.0;
        auto again = w.service->run({ {}, m_file, quieter, true }, cancel);
        QVERIFY(again);
        QCOMPARE(again->computed, QStringList { QStringLiteral("silences") });
    }

    void onlyRunsTheNamedAnalyzersAndRejectsUnknownOnes()
    {
        World w;
        CancellationToken cancel;
        AnalysisSettings only;
        only.only = { QStringLiteral("silences") };
        auto outcome = w.service->run({ {}, m_file, only, true }, cancel);
        QVERIFY(outcome);
        QVERIFY(!outcome->analysis.scenes);
        QVERIFY(!w.decoder.lastRequest.video);
        only.only = { QStringLiteral("telepathy") };
        auto bad = w.service->run({ {}, m_file, only, true }, cancel);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidArgument);
    }

    void audioAnalyzersAreSkippedWithAReasonWhenThereIsNoAudio()
    {
        World w;
        w.decoder.hasAudio = false;
        CancellationToken cancel;
        auto outcome = w.service->run({ {}, m_file, {}, true }, cancel);
        QVERIFY(outcome);
        QCOMPARE(outcome->skipped, QStringList { QStringLiteral("silences") });
        QVERIFY(!outcome->analysis.silences);
        QCOMPARE(outcome->analysis.issues.front().code, QStringLiteral("no-audio"));
        QVERIFY(outcome->analysis.scenes);
    }

    void aStreamThatCannotBeDecodedFailsOnlyItsAnalyzers()
    {
        World w;
        w.decoder.hasAudio = false;
        w.decoder.failedAtOpen
            = { { false, QStringLiteral("audio stream 1 of clip.mp4 cannot be decoded: x") } };
        CancellationToken cancel;
        auto outcome = w.service->run({ {}, m_file, {}, true }, cancel);
        QVERIFY(outcome);
        QVERIFY(outcome->analysis.scenes);
        QVERIFY(!outcome->analysis.silences);
        QCOMPARE(outcome->skipped, QStringList { QStringLiteral("silences") });
        QCOMPARE(outcome->analysis.issues.size(), std::size_t(1));
        QCOMPARE(outcome->analysis.issues.front().code, QStringLiteral("analyzer-failed"));
        QCOMPARE(outcome->analysis.issues.front().detail,
            QStringLiteral("silences: audio stream 1 of clip.mp4 cannot be decoded: x"));
    }

    // What an analyzer was fed before its stream broke is not a result: nothing is kept or cached.
    void aStreamThatBreaksPartWayFailsItsAnalyzersWithoutCachingThem()
    {
        World w;
        w.decoder.failedLater
            = { { false, QStringLiteral("audio stream 1 of clip.mp4 cannot be decoded: y") } };
        CancellationToken cancel;
        auto outcome = w.service->run({ {}, m_file, {}, true }, cancel);
        QVERIFY(outcome);
        QVERIFY(outcome->analysis.scenes);
        QVERIFY(!outcome->analysis.silences);
        QCOMPARE(outcome->computed, QStringList { QStringLiteral("scenes") });
        QCOMPARE(outcome->skipped, QStringList { QStringLiteral("silences") });
        QCOMPARE(outcome->analysis.issues.front().code, QStringLiteral("analyzer-failed"));
        QVERIFY(
            outcome->analysis.issues.front().detail.startsWith(QLatin1String("silences: audio stream 1")));
        QCOMPARE(w.results.stores, 1);
    }

    void aFolderIsNotAFileToAnalyse()
    {
        World w;
        CancellationToken cancel;
        auto folder = w.service->run({ {}, m_dir.path(), {}, true }, cancel);
        QVERIFY(!folder);
        QCOMPARE(folder.error().code, ErrorCode::NotMedia);
        QCOMPARE(folder.error().message, QStringLiteral("a folder, not a file"));
        QCOMPARE(folder.error().detail, m_dir.path());
        QCOMPARE(w.decoder.runs, 0);
    }

    void cancelStoresNothing()
    {
        World w;
        w.decoder.cancelAt = 10;
        CancellationToken cancel;
        auto outcome = w.service->run({ {}, m_file, {}, true }, cancel);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::Cancelled);
        QCOMPARE(w.results.stores, 0);
    }

    void aCacheThatCannotStoreStillGivesResults()
    {
        World w;
        w.results.failStores = true;
        CancellationToken cancel;
        auto outcome = w.service->run({ {}, m_file, {}, true }, cancel);
        QVERIFY(outcome);
        QVERIFY(outcome->analysis.scenes);
        QCOMPARE(outcome->analysis.issues.front().code, QStringLiteral("cache-unavailable"));
    }

    void missingFilesAndUnknownAssetsAreErrors()
    {
        World w;
        CancellationToken cancel;
        auto missing = w.service->run({ {}, m_dir.filePath(QStringLiteral("gone.mp4")), {}, true }, cancel);
        QCOMPARE(missing.error().code, ErrorCode::FileMissing);
        auto unknown = w.service->run({ QStringLiteral("no-such-asset"), {}, {}, true }, cancel);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QCOMPARE(w.decoder.runs, 0);
    }

    void startReportsProgressAndFinishesOnTheOwnerThread()
    {
        World w;
        QSignalSpy progressed(w.service.get(), &AnalysisService::progressed);
        QSignalSpy finished(w.service.get(), &AnalysisService::finished);
        const QString ticket = w.service->start({ {}, m_file, {}, true });
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.front().at(0).toString(), ticket);
        const auto outcome = finished.front().at(1).value<AnalysisOutcome>();
        QVERIFY(outcome.analysis.scenes.has_value());
        QVERIFY(!progressed.isEmpty());
        QCOMPARE(progressed.back().at(1).value<Progress>().fraction, 1.0);
        QVERIFY(!w.service->isBusy());
    }

    void cancelledTicketFails()
    {
        World w;
        w.decoder.frames = 100000;
        QSignalSpy failed(w.service.get(), &AnalysisService::failed);
        const QString ticket = w.service->start({ {}, m_file, {}, true });
        w.service->cancel(ticket);
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.front().at(1).value<domain::Error>().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisService)
#include "test_analysis_service.moc"
