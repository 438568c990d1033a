// What the import checks cost (docs/benchmarks.md, "Import checks"). Not a pass/fail test.
//
//   bench_import_checks [--seconds N] [--size WxH] [--runs N]
//
// For a 1080p30 H.264 + AAC clip (one minute by default), written the way cameras write it
// (index at the end, a keyframe every 2 s) and the way a muxer's defaults do (index first,
// x264's keyframe every 250 frames), the median over --runs of:
//   header:  openMediaInput + describeMedia, what the probe read before the checks (reference);
//   checks:  checkNotStillImage + checkComplete on that open input (the extra per import);
//   probe:   FfmpegProbe::probe, everything together.

#include "adapters/media/av_input.h"
#include "adapters/media/ffmpeg_probe.h"
#include "adapters/media/media_checks.h"
#include "adapters/media/media_description.h"
#include "support/media_fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace reelforge;

namespace {

QTextStream out(stdout);

double medianMs(int runs, const std::function<qint64()>& once)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i)
        ms.push_back(static_cast<double>(once()) / 1e6);
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

void bench(const QString& label, const QString& file, int runs)
{
    const double header = medianMs(runs, [&] {
        QElapsedTimer t;
        t.start();
        auto input = adapters::openMediaInput(file);
        if (!input)
            qFatal("cannot open the clip");
        (void)adapters::describeMedia(*input->format);
        return t.nsecsElapsed();
    });
    const double checks = medianMs(runs, [&] {
        auto input = adapters::openMediaInput(file);
        if (!input)
            qFatal("cannot open the clip");
        const domain::MediaInfo info = adapters::describeMedia(*input->format).info;
        QElapsedTimer t;
        t.start();
        if (!adapters::checkNotStillImage(*input, info, file) || !adapters::checkComplete(*input, info, file))
            qFatal("a whole clip failed the checks");
        return t.nsecsElapsed();
    });
    const adapters::FfmpegProbe probe;
    const double whole = medianMs(runs, [&] {
        QElapsedTimer t;
        t.start();
        if (!probe.probe(file))
            qFatal("probe failed");
        return t.nsecsElapsed();
    });
    out << QStringLiteral("%1: header %2 ms, checks +%3 ms (ratio %4), probe %5 ms\n")
               .arg(label)
               .arg(header, 0, 'f', 1)
               .arg(checks, 0, 'f', 1)
               .arg(checks / header, 0, 'f', 2)
               .arg(whole, 0, 'f', 1);
    out.flush();
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    const double seconds = option(QStringLiteral("--seconds"), QStringLiteral("60")).toDouble();
    const QStringList size
        = option(QStringLiteral("--size"), QStringLiteral("1920x1080")).split(QLatin1Char('x'));
    const int runs = option(QStringLiteral("--runs"), QStringLiteral("15")).toInt();

    QTemporaryDir dir;
    struct Variant {
        QString label;
        QStringList args;
    };
    const std::vector<Variant> variants {
        { QStringLiteral("index at the end, keyframe every 2 s"),
            { QStringLiteral("-g"), QStringLiteral("60") } },
        { QStringLiteral("index first, keyframe every 250 frames"),
            { QStringLiteral("-movflags"), QStringLiteral("+faststart") } },
    };
    int n = 0;
    for (const Variant& v : variants) {
        const QString file = dir.filePath(QStringLiteral("clip%1.mp4").arg(n++));
        testing::ClipSpec spec;
        spec.seconds = seconds;
        spec.width = size.value(0).toInt();
        spec.height = size.value(1).toInt();
        spec.frameRate = QStringLiteral("30");
        spec.extraOutputArgs = QStringList { QStringLiteral("-preset"), QStringLiteral("veryfast") } + v.args;
        out << QStringLiteral("generating %1 s %2x%3 (%4)...\n")
                   .arg(seconds)
                   .arg(spec.width)
                   .arg(spec.height)
                   .arg(v.label);
        out.flush();
        if (!testing::makeClip(file, spec))
            qFatal("cannot generate the clip");
        bench(v.label, file, runs);
    }
    return 0;
}
