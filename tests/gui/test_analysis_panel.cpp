// The studio's analysis views on clips with known content, analysed by the real
// AnalysisService (FFmpeg decode pass, the analyzers, the SQLite cache) of a real library:
// scene cuts and silences land where they are on the timeline strip, clicks on the strip and
// on transcript words seek the preview, the loudness hint is right for a tone of known level,
// a second visit is served from the cache, and a cancelled analysis leaves nothing behind.
#include "support/media_fixtures.h"
#include "ui/analysis/analysis_loader.h"
#include "ui/analysis/analysis_panel.h"
#include "ui/analysis/face_overlay.h"
#include "ui/analysis/loudness_readout.h"
#include "ui/analysis/thumbnail_suggestions.h"
#include "ui/analysis/timeline_strip.h"
#include "ui/analysis/transcript_pane.h"
#include "ui/library/library_model.h"
#include "ui/library/library_view.h"
#include "ui/main_window.h"
#include "ui/preview/preview_player.h"
#include "wiring/app_context.h"

#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

using namespace reelforge;
using State = ui::AnalysisLoader::State;

namespace {

constexpr double kClipSeconds = 8.0;
constexpr double kCuts[] = { 3.0, 5.6 };
constexpr double kSilenceFrom = 3.5;
constexpr double kSilenceTo = 5.0;
constexpr qint64 kFrameMs = 40;  // 25 fps

// Three shots (cuts at 3.0 s and 5.6 s) over a 1 kHz tone at -20 dBFS in both channels, silent
// from 3.5 s to 5.0 s. EBU Tech 3341 case 1: such a tone measures its level in LUFS.
bool makeCutsClip(const QString& path)
{
    const QString size = QStringLiteral("size=320x240:rate=25");
    const QString shot
        = QStringLiteral("%1,trim=duration=%2,setpts=PTS-STARTPTS,format=yuv420p,setsar=1[%3]");
    const QString graph = QStringList {
        shot.arg(QStringLiteral("testsrc2=") + size).arg(3.0).arg(QStringLiteral("a")),
        shot.arg(QStringLiteral("mandelbrot=") + size).arg(2.6).arg(QStringLiteral("b")),
        shot.arg(QStringLiteral("smptebars=") + size).arg(2.4).arg(QStringLiteral("c")),
        QStringLiteral("[a][b][c]concat=n=3:v=1:a=0[v]"),
    }.join(QLatin1Char(';'));
    const QString tone
        = QStringLiteral("0.1*sin(2*PI*1000*t)*not(between(t,%1,%2))").arg(kSilenceFrom).arg(kSilenceTo);
    return testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
        QStringLiteral("aevalsrc='%1|%1':s=48000:d=%2").arg(tone).arg(kClipSeconds),
        QStringLiteral("-filter_complex"), graph, QStringLiteral("-map"), QStringLiteral("[v]"),
        QStringLiteral("-map"), QStringLiteral("0:a"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
        QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-c:a"), QStringLiteral("aac"),
        QStringLiteral("-b:a"), QStringLiteral("192k"), path });
}

// A sentence spoken by espeak-ng over a still picture, a second of quiet before it.
bool makeSpeechClip(const QString& dir, const QString& path)
{
    const QString wav = dir + QStringLiteral("/speech.wav");
    QProcess espeak;
    espeak.start(QStringLiteral("espeak-ng"),
        { QStringLiteral("-v"), QStringLiteral("en-us"), QStringLiteral("-s"), QStringLiteral("130"),
            QStringLiteral("-w"), wav,
            QStringLiteral("she sells sea shells by the sea shore every morning") });
    if (!espeak.waitForFinished(30000) || espeak.exitCode() != 0)
        return false;
    return testing::runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
        QStringLiteral("smptebars=size=320x240:rate=25:duration=6"), QStringLiteral("-i"), wav,
        QStringLiteral("-filter_complex"), QStringLiteral("[1:a]adelay=1000|1000,apad[a]"),
        QStringLiteral("-map"), QStringLiteral("0:v"), QStringLiteral("-map"), QStringLiteral("[a]"),
        QStringLiteral("-t"), QStringLiteral("6"), QStringLiteral("-c:v"), QStringLiteral("libx264"),
        QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-c:a"), QStringLiteral("aac"),
        QStringLiteral("-ar"), QStringLiteral("48000"), path });
}

class MemoryPreferences final : public application::IPreferences {
public:
    application::Preferences load() const override { return m_p; }
    void save(const application::Preferences& p) override { m_p = p; }

private:
    application::Preferences m_p;
};

bool isCutBlue(QRgb px)
{
    return qBlue(px) > 200 && qRed(px) < 140 && qGreen(px) > 120;
}

// The first number in `text`, read with the locale's or a plain decimal point.
double firstNumber(const QString& text)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(\\d+[.,]\\d+)")).match(text);
    return m.hasMatch() ? m.captured(1).replace(QLatin1Char(','), QLatin1Char('.')).toDouble() : -1.0;
}

}  // namespace

class TestAnalysisPanel final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<app::AppContext> m_context;
    std::unique_ptr<QWidget> m_window;
    ui::PreviewPlayer* m_preview = nullptr;
    ui::AnalysisPanel* m_panel = nullptr;
    std::optional<domain::MediaAsset> m_cuts;
    std::optional<domain::MediaAsset> m_speech;
    std::optional<domain::MediaAsset> m_long;

    std::optional<domain::MediaAsset> import(const QString& path)
    {
        application::CancellationToken cancel;
        const auto report = m_context->importer().run({ { path }, domain::ImportMode::Reference }, cancel);
        if (report.imported.size() != 1)
            return std::nullopt;
        auto asset = m_context->library().get(report.imported.front().id);
        return asset ? std::optional(*asset) : std::nullopt;
    }

    // Shows `asset` in the preview and the panel, as the studio does when it is selected.
    bool open(const domain::MediaAsset& asset)
    {
        m_preview->setSource(asset.storedPath());
        m_panel->showAsset(asset);
        QMediaPlayer* player = m_preview->mediaPlayer();
        return QTest::qWaitFor(
            [&] {
                return (player->mediaStatus() == QMediaPlayer::LoadedMedia
                           || player->mediaStatus() == QMediaPlayer::BufferedMedia)
                    && m_panel->loader()->state() != State::Loading;
            },
            20000);
    }

    bool analyseAndWait()
    {
        m_panel->analyzeButton()->click();
        return QTest::qWaitFor([&] { return m_panel->loader()->state() == State::Ready; }, 240000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto context = app::AppContext::open(m_dir.filePath(QStringLiteral("library")));
        QVERIFY2(context, qPrintable(context ? QString() : context.error().toString()));
        m_context = std::move(*context);

        const QString cuts = m_dir.filePath(QStringLiteral("cuts.mp4"));
        QVERIFY(makeCutsClip(cuts));
        m_cuts = import(cuts);
        QVERIFY(m_cuts);

        m_window = std::make_unique<QWidget>();
        m_window->resize(720, 640);
        auto* layout = new QVBoxLayout(m_window.get());
        m_preview = new ui::PreviewPlayer(m_window.get());
        m_panel
            = new ui::AnalysisPanel(m_context->analysis(), &m_context->frames(), *m_preview, m_window.get());
        layout->addWidget(m_preview, 1);
        layout->addWidget(m_panel);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void unanalysedClipOffersAnalyze()
    {
        QVERIFY(open(*m_cuts));
        QCOMPARE(m_panel->loader()->state(), State::NotAnalysed);
        QVERIFY(m_panel->analyzeButton()->isVisible());
        QVERIFY(!m_panel->strip()->isVisible());
        QVERIFY(!m_panel->cancelButton()->isVisible());
    }

    void stripMarksCutsAndShadesSilences()
    {
        QVERIFY(analyseAndWait());
        QVERIFY(!m_panel->loader()->servedFromCache());
        ui::TimelineStrip* strip = m_panel->strip();
        QVERIFY(strip->isVisible());
        QVERIFY(m_panel->statusText().contains(QStringLiteral("scene")));

        const QImage image = strip->grab().toImage();
        const QRect track = strip->track();
        const auto xAt = [&](double seconds) {
            return track.left() + static_cast<int>(std::lround(seconds / kClipSeconds * (track.width() - 1)));
        };
        // The cut notches sit in the top lane; look for their colour around each known cut.
        const auto blueNear = [&](double seconds) {
            for (int dx = -2; dx <= 2; ++dx) {
                if (isCutBlue(image.pixel(xAt(seconds) + dx, 5)))
                    return true;
            }
            return false;
        };
        for (double cut : kCuts)
            QVERIFY2(blueNear(cut), qPrintable(QStringLiteral("no cut marker at %1 s").arg(cut)));
        for (double elsewhere : { 1.5, 4.3, 7.0 })
            QVERIFY2(!blueNear(elsewhere), qPrintable(QStringLiteral("a marker at %1 s").arg(elsewhere)));

        // Above the tone's small waveform, shading shows only where the sound is silent.
        const QColor base = strip->palette().color(QPalette::Base);
        const int y = 22;
        const auto shaded = [&](double seconds) {
            int differing = 0;
            for (int dx = -3; dx <= 3; ++dx)
                differing += image.pixelColor(xAt(seconds) + dx, y) != base ? 1 : 0;
            return differing >= 4;
        };
        for (double inside : { 3.7, 4.25, 4.8 })
            QVERIFY2(shaded(inside), qPrintable(QStringLiteral("not shaded at %1 s").arg(inside)));
        for (double outside : { 1.0, 3.3, 5.3, 6.5 })
            QVERIFY2(!shaded(outside), qPrintable(QStringLiteral("shaded at %1 s").arg(outside)));
        QVERIFY(strip->toolTip().isEmpty());  // tooltips are per marker, not one for the strip
    }

    void clickingTheStripSeeksThePreview()
    {
        ui::TimelineStrip* strip = m_panel->strip();
        QMediaPlayer* player = m_preview->mediaPlayer();
        const QRect track = strip->track();
        for (double seconds : { 2.0, 6.4, 0.8 }) {
            const int x
                = track.left() + static_cast<int>(std::lround(seconds / kClipSeconds * (track.width() - 1)));
            QTest::mouseClick(strip, Qt::LeftButton, {}, QPoint(x, strip->height() / 2));
            const qint64 wanted = std::llround(seconds * 1000);
            const qint64 slack = kFrameMs + std::llround(kClipSeconds * 1000 / track.width());
            QTRY_VERIFY2_WITH_TIMEOUT(std::abs(player->position() - wanted) <= slack,
                qPrintable(QStringLiteral("at %1 ms, wanted %2").arg(player->position()).arg(wanted)), 5000);
            QTRY_VERIFY(std::abs(strip->position() - wanted) <= slack);
        }
    }

    void loudnessHintMatchesTheToneLevel()
    {
        const ui::LoudnessReadout* readout = m_panel->loudness();
        QVERIFY(readout->isVisible());
        // The tone is at -20 LUFS; the 400 ms blocks that straddle the silence pull the
        // integrated figure a little lower, never by more than half a unit.
        const double measured = m_panel->loader()->analysis().loudness->integratedLufs;
        QVERIFY2(measured <= -19.9 && measured >= -20.5, qPrintable(QString::number(measured)));
        const QString shown = QChar(0x2212) + QString::number(-measured, 'f', 1) + QStringLiteral(" LUFS");
        QVERIFY2(readout->figuresText().contains(shown), qPrintable(readout->figuresText()));
        // So about 6 LU under YouTube's -14 and 4 LU under the -16 podcasts aim for.
        const QStringList hints = readout->hintText().split(QLatin1Char('\n'));
        QCOMPARE(hints.size(), 2);
        QVERIFY2(
            hints[0].endsWith(QStringLiteral(" LU quieter than YouTube’s −14 LUFS")), qPrintable(hints[0]));
        QCOMPARE(firstNumber(hints[0]), std::round((-14.0 - measured) * 10) / 10);
        QVERIFY2(hints[1].endsWith(QStringLiteral(" LU quieter than the −16 LUFS podcasts aim for")),
            qPrintable(hints[1]));
        QCOMPARE(firstNumber(hints[1]), std::round((-16.0 - measured) * 10) / 10);
        QVERIFY(readout->warningText().isEmpty());  // -20 dBTP peaks leave plenty of headroom
    }

    void hotPeaksAreWarnedAbout()
    {
        ui::LoudnessReadout readout;
        domain::Loudness hot;
        hot.integratedLufs = -9.0;
        hot.truePeakDbtp = 0.4;
        readout.setLoudness(hot);
        QVERIFY(readout.hintText().startsWith(QStringLiteral("5.0 LU louder than YouTube")));
        QVERIFY(readout.warningText().contains(QStringLiteral("−1 dBTP")));
        hot.truePeakDbtp = -1.2;
        readout.setLoudness(hot);
        QVERIFY(readout.warningText().isEmpty());
    }

    void secondVisitIsServedFromTheCache()
    {
        const QString other = m_dir.filePath(QStringLiteral("other.mp4"));
        QVERIFY(testing::makeClip(other));
        const auto otherAsset = import(other);
        QVERIFY(otherAsset);
        QVERIFY(open(*otherAsset));
        QCOMPARE(m_panel->loader()->state(), State::NotAnalysed);

        QSignalSpy states(m_panel->loader(), &ui::AnalysisLoader::stateChanged);
        QVERIFY(open(*m_cuts));
        QCOMPARE(m_panel->loader()->state(), State::Ready);
        QVERIFY(m_panel->loader()->servedFromCache());
        QVERIFY(!m_context->analysis().isBusy());
        for (const QList<QVariant>& s : states)
            QVERIFY(s.first().value<State>() != State::Analysing);
        QVERIFY(!m_panel->analyzeButton()->isVisible());
        QVERIFY(m_panel->strip()->isVisible());
        QCOMPARE(m_panel->loader()->analysis().scenes->size(), std::size(kCuts));

        // Asking the service again for this clip decodes nothing: every analyzer is cached.
        application::CancellationToken cancel;
        const auto again = m_context->analysis().run({ m_cuts->id(), {}, {}, true }, cancel);
        QVERIFY(again);
        QVERIFY2(again->computed.isEmpty(), qPrintable(again->computed.join(QLatin1Char(','))));
        QCOMPARE(again->fromCache.size(), m_context->analysis().analyzerNames().size());
    }

    void suggestedThumbnailsSeekThePreview()
    {
        ui::ThumbnailSuggestions* thumbnails = m_panel->thumbnails();
        const auto times = thumbnails->times();
        QVERIFY(!times.empty());
        QVERIFY(times.size() <= static_cast<std::size_t>(ui::ThumbnailSuggestions::kMaxSuggestions));
        QTRY_COMPARE_WITH_TIMEOUT(thumbnails->framesLoaded(), static_cast<int>(times.size()), 30000);
        thumbnails->resize(600, 400);
        thumbnails->show();
        QListWidget* list = thumbnails->list();
        const QRect item = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, item.center());
        const qint64 wanted = times.front().count() / 1000;
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(m_preview->mediaPlayer()->position() - wanted) <= kFrameMs, 5000);

        // The chosen frame saves at the clip's full size.
        const QString saved = m_dir.filePath(QStringLiteral("frame.png"));
        QSignalSpy done(thumbnails, &ui::ThumbnailSuggestions::saved);
        thumbnails->saveFrame(times.front(), saved);
        QVERIFY(done.wait(20000));
        QCOMPARE(QImage(saved).size(), QSize(320, 240));
        thumbnails->hide();
    }

    void clickingATranscriptWordSeeksToIt()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
            QSKIP("espeak-ng makes the test speech (./dev deps test)");
        const QString clip = m_dir.filePath(QStringLiteral("speech.mp4"));
        QVERIFY(makeSpeechClip(m_dir.path(), clip));
        m_speech = import(clip);
        QVERIFY(m_speech);
        QVERIFY(open(*m_speech));
        QVERIFY(analyseAndWait());

        ui::TranscriptPane* transcript = m_panel->transcript();
        QVERIFY2(transcript->wordCount() >= 3, qPrintable(QString::number(transcript->wordCount())));
        transcript->resize(500, 300);
        transcript->show();
        QVERIFY(QTest::qWaitForWindowExposed(transcript));
        const auto& words = m_panel->loader()->analysis().transcript->words;
        const int index = transcript->wordCount() / 2;
        const QRect rect = transcript->wordRect(index);
        QVERIFY(!rect.isEmpty());
        QTest::mouseClick(transcript->textViewport(), Qt::LeftButton, {}, rect.center());
        const qint64 wanted = words[static_cast<std::size_t>(index)].start.count() / 1000;
        QTRY_VERIFY2_WITH_TIMEOUT(std::abs(m_preview->mediaPlayer()->position() - wanted) <= kFrameMs,
            qPrintable(
                QStringLiteral("at %1 ms, wanted %2").arg(m_preview->mediaPlayer()->position()).arg(wanted)),
            5000);
        QTRY_COMPARE(transcript->currentWord(), index);

        // Captions come from the same transcript.
        const QString srt = m_dir.filePath(QStringLiteral("captions.srt"));
        QVERIFY(transcript->saveCaptions(srt));
        QFile file(srt);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(text.startsWith(QStringLiteral("1\n00:00:")), qPrintable(text));
        QVERIFY(text.contains(words[static_cast<std::size_t>(index)].word));
        transcript->hide();
    }

    void faceBoxesFollowThePlayhead()
    {
        ui::FaceOverlay overlay(nullptr);
        overlay.resize(400, 300);
        std::vector<domain::FaceSample> faces {
            { domain::fromSeconds(1.0), { { 0.25, 0.2, 0.5, 0.4, 0.9 } } }, { domain::fromSeconds(2.0), {} }
        };
        overlay.setFaces(faces);
        overlay.setPosition(1100);
        const auto boxes = overlay.boxesOnScreen();
        QCOMPARE(boxes.size(), std::size_t(1));
        QCOMPARE(boxes.front(), QRectF(100, 60, 200, 120));
        overlay.setPosition(1900);  // nearest sample has no face
        QVERIFY(overlay.boxesOnScreen().empty());
        overlay.setPosition(4000);  // nothing sampled near
        QVERIFY(overlay.boxesOnScreen().empty());

        // The toggle puts the overlay in the preview's place and back.
        QToolButton* toggle = m_panel->facesToggle();
        toggle->setChecked(true);
        QCOMPARE(m_preview->videoView(), static_cast<QWidget*>(m_panel->faceOverlay()));
        toggle->setChecked(false);
        QCOMPARE(m_preview->videoView(), static_cast<QWidget*>(m_preview->videoWidget()));
    }

    void studioWindowShowsTheAnalysisOfTheSelectedClip()
    {
        MemoryPreferences preferences;
        ui::MainWindow window(ui::StudioServices { m_context->importer(), m_context->library(),
            m_context->notifications(), preferences, m_context->samples(), m_context->libraryPath(), nullptr,
            nullptr, nullptr, &m_context->analysis(), nullptr, nullptr, &m_context->frames() });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.libraryModel()->rowCount() >= 2, 10000);
        window.findChild<ui::LibraryView*>()->selectAsset(m_cuts->id());

        auto* panel = window.findChild<ui::AnalysisPanel*>();
        QVERIFY(panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->loader()->state(), State::Ready, 10000);
        QVERIFY(panel->loader()->servedFromCache());
        QVERIFY(panel->isVisible());
        QVERIFY(panel->strip()->isVisible());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("detailTabs"));
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->widget(1), static_cast<QWidget*>(panel->transcript()));
        QCOMPARE(tabs->widget(2), static_cast<QWidget*>(panel->thumbnails()));
    }

    void cancelStopsAnalysisAndKeepsNothing()
    {
        const QString clip = m_dir.filePath(QStringLiteral("long.mp4"));
        testing::ClipSpec spec;
        spec.seconds = 90;
        spec.width = 640;
        spec.height = 360;
        spec.extraOutputArgs = { QStringLiteral("-preset"), QStringLiteral("ultrafast") };
        QVERIFY(testing::makeClip(clip, spec));
        m_long = import(clip);
        QVERIFY(m_long);
        QVERIFY(open(*m_long));
        QCOMPARE(m_panel->loader()->state(), State::NotAnalysed);

        m_panel->analyzeButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->loader()->progress() > 0.0, 30000);
        QCOMPARE(m_panel->loader()->state(), State::Analysing);
        QVERIFY(m_panel->cancelButton()->isVisible());
        QVERIFY(m_panel->statusText().startsWith(QStringLiteral("Analysing")));
        m_panel->cancelButton()->click();
        QVERIFY(!m_panel->cancelButton()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_panel->loader()->state(), State::NotAnalysed, 30000);
        QVERIFY(!m_context->analysis().isBusy());
        QVERIFY(m_panel->analyzeButton()->isVisible());
        const auto stored = m_context->analysis().stored(m_long->id());
        QVERIFY(stored);
        QVERIFY2(!stored->has_value(),
            qPrintable(stored->value_or(domain::Analysis {}).sections().join(QLatin1Char(','))));
    }
};

QTEST_MAIN(TestAnalysisPanel)
#include "test_analysis_panel.moc"
