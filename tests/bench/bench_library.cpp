// Import and library-listing figures for docs/benchmarks.md. Not a pass/fail test: prints
// measured numbers and ratios against references measured in the same run.
//
//   bench_library [--files N] [--assets N]
//
// 1. N small distinct media files are generated (one clip, remuxed N times with different
//    metadata so each has its own content hash).
// 2. Probe: our in-process probe per file vs the `ffprobe` CLI per file.
// 3. Import: files/s through ImportService into a fresh library (copy mode).
// 4. Listing: a library of M assets; `reelforge-cli list --json` wall time and the in-process
//    LibraryService::list time.
// 5. Backup: one automatic backup of that library's database (VACUUM INTO + durable copy).

#include "infrastructure/repositories/sqlite_asset_repository.h"
#include "infrastructure/repositories/sqlite_backups.h"
#include "infrastructure/repositories/sqlite_database.h"
#include "support/media_fixtures.h"
#include "wiring/app_context.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

using namespace reelforge;

namespace {

QTextStream out(stdout);

double seconds(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

QStringList makeFiles(const QString& dir, int count)
{
    const QString seed = dir + QStringLiteral("/seed.mp4");
    testing::ClipSpec spec;
    spec.seconds = 0.5;
    spec.width = 160;
    spec.height = 90;
    if (!testing::makeClip(seed, spec))
        qFatal("cannot generate the seed clip");
    QStringList files;
    // Remuxing is cheap; a few ffmpeg processes at a time keep both cores busy.
    const int batch = 4;
    for (int i = 0; i < count; i += batch) {
        std::vector<std::unique_ptr<QProcess>> procs;
        for (int j = i; j < qMin(count, i + batch); ++j) {
            const QString file = dir + QStringLiteral("/clip_%1.mp4").arg(j, 4, 10, QLatin1Char('0'));
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral("ffmpeg"),
                { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"),
                    seed, QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-metadata"),
                    QStringLiteral("title=clip %1").arg(j), file });
            procs.push_back(std::move(p));
            files << file;
        }
        for (auto& p : procs)
            p->waitForFinished(60000);
    }
    QFile::remove(seed);
    return files;
}

void benchProbe(const QStringList& files, app::AppContext& context)
{
    QElapsedTimer t;
    t.start();
    for (const QString& f : files) {
        if (!context.probe().probe(f))
            qFatal("probe failed");
    }
    const double ours = seconds(t) / files.size();
    t.restart();
    for (const QString& f : files) {
        QProcess p;
        p.start(QStringLiteral("ffprobe"),
            { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_format"),
                QStringLiteral("-show_streams"), QStringLiteral("-of"), QStringLiteral("json"), f });
        p.waitForFinished(60000);
    }
    const double ref = seconds(t) / files.size();
    out << QStringLiteral("probe: %1 ms/file in-process, ffprobe CLI %2 ms/file, ratio %3\n")
               .arg(ours * 1000, 0, 'f', 2)
               .arg(ref * 1000, 0, 'f', 2)
               .arg(ours / ref, 0, 'f', 3);
}

void benchImport(const QString& mediaDir, int count, app::AppContext& context)
{
    application::CancellationToken cancel;
    QElapsedTimer t;
    t.start();
    const auto report = context.importer().run({ { mediaDir }, domain::ImportMode::Copy }, cancel);
    const double s = seconds(t);
    out << QStringLiteral("import: %1 files in %2 s = %3 files/s (%4 failed)\n")
               .arg(report.imported.size())
               .arg(s, 0, 'f', 2)
               .arg(count / s, 0, 'f', 1)
               .arg(report.failed.size());
}

void fillLibrary(const QString& root, int assets, const domain::MediaInfo& info)
{
    app::AppContext::open(root).value();  // creates the layout and schema
    infrastructure::SqliteDatabase db(root + QStringLiteral("/library.db"));
    if (!db.open())
        qFatal("cannot open bench library");
    infrastructure::SqliteAssetRepository repo(db);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < assets; ++i) {
        auto asset = domain::MediaAsset::create({ domain::MediaAsset::newId(),
            QStringLiteral("Asset %1").arg(i), QStringLiteral("/in/%1.mp4").arg(i),
            QStringLiteral("/lib/%1.mp4").arg(i), QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')),
            domain::ImportMode::Reference, t0.addSecs(i), info, {} });
        if (!repo.add(*asset))
            qFatal("insert failed");
    }
}

void benchList(const QString& root, int assets)
{
    // CPU time as well as wall time: on a busy machine the wall time includes waiting for a core.
    const auto childCpu = [] {
        rusage usage {};
        getrusage(RUSAGE_CHILDREN, &usage);
        return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
            + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    const double cpuBefore = childCpu();
    QElapsedTimer t;
    t.start();
    QProcess p;
    p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin/reelforge-cli"),
        { QStringLiteral("--library"), root, QStringLiteral("list"), QStringLiteral("--json") });
    p.waitForFinished(60000);
    const double cli = seconds(t);
    const double cliCpu = childCpu() - cpuBefore;
    const int bytes = static_cast<int>(p.readAllStandardOutput().size());
    auto context = app::AppContext::open(root).value();
    t.restart();
    const auto listed = context->library().list({});
    const double inProcess = seconds(t);
    out << QStringLiteral("list: %1 assets, `reelforge-cli list --json` %2 s wall, %3 s CPU (%4 KB); "
                          "in-process list %5 s (%6 rows); target < 0.3 s\n")
               .arg(assets)
               .arg(cli, 0, 'f', 3)
               .arg(cliCpu, 0, 'f', 3)
               .arg(bytes / 1024)
               .arg(inProcess, 0, 'f', 3)
               .arg(listed->size());
}

void benchBackup(const QString& root, int assets)
{
    infrastructure::SqliteDatabase db(root + QStringLiteral("/library.db"));
    if (!db.open())
        qFatal("cannot open bench library");
    infrastructure::SqliteBackups backups(db.path(), root + QStringLiteral("/bench-backups"));
    double best = 1e9;
    qint64 bytes = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        const auto made = backups.backupNow(db, QDateTime::currentDateTimeUtc().addSecs(i));
        best = std::min(best, seconds(t));
        if (!made)
            qFatal("backup failed");
        bytes = made->sizeBytes;
    }
    out << QStringLiteral(
        "backup: %1 assets, %2 KB database, best of 3 %3 s (on a worker thread at start-up)\n")
               .arg(assets)
               .arg(bytes / 1024)
               .arg(best, 0, 'f', 3);
}

}  // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int files = args.contains(QStringLiteral("--files"))
        ? args.value(args.indexOf(QStringLiteral("--files")) + 1).toInt()
        : 500;
    const int assets = args.contains(QStringLiteral("--assets"))
        ? args.value(args.indexOf(QStringLiteral("--assets")) + 1).toInt()
        : 10000;
    QTemporaryDir dir;
    const QString media = dir.filePath(QStringLiteral("media"));
    QDir().mkpath(media);
    out << QStringLiteral("generating %1 files...\n").arg(files);
    out.flush();
    const QStringList list = makeFiles(media, files);
    auto context = app::AppContext::open(dir.filePath(QStringLiteral("lib"))).value();
    benchProbe(list, *context);
    benchImport(media, files, *context);
    const auto info = context->probe().probe(list.front()).value();
    const QString big = dir.filePath(QStringLiteral("big-lib"));
    fillLibrary(big, assets, info);
    benchList(big, assets);
    benchBackup(big, assets);
    out.flush();
    return 0;
}
