// How long the studio's library view takes to show a library of N assets (default 10,000):
// from asking the loader to list (off the GUI thread) to the grid holding every row and
// having painted once. Target: under 1 s. Prints the in-process listing time alongside as
// the reference measured in the same run.

#include "infrastructure/repositories/sqlite_asset_repository.h"
#include "infrastructure/repositories/sqlite_database.h"
#include "ui/library/library_loader.h"
#include "ui/library/library_model.h"
#include "ui/library/thumbnail_loader.h"
#include "wiring/app_context.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QTemporaryDir>
#include <QTextStream>

using namespace reelforge;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int assets = args.contains(QStringLiteral("--assets"))
        ? args.value(args.indexOf(QStringLiteral("--assets")) + 1).toInt()
        : 10000;
    QTemporaryDir dir;
    auto context = app::AppContext::open(dir.path()).value();
    {
        infrastructure::SqliteDatabase db(dir.filePath(QStringLiteral("library.db")));
        if (!db.open())
            qFatal("cannot open the bench library");
        infrastructure::SqliteAssetRepository repo(db);
        domain::MediaInfo info;
        info.container = QStringLiteral("mov,mp4,m4a,3gp,3g2,mj2");
        info.duration = std::chrono::seconds(42);
        domain::VideoStream v;
        v.codec = QStringLiteral("h264");
        v.width = 1920;
        v.height = 1080;
        v.frameRate = { 30, 1 };
        info.video.push_back(v);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < assets; ++i) {
            auto asset = domain::MediaAsset::create({ domain::MediaAsset::newId(),
                QStringLiteral("Clip %1").arg(i), QStringLiteral("/in/%1.mp4").arg(i),
                QStringLiteral("/lib/%1.mp4").arg(i), QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')),
                domain::ImportMode::Reference, t0.addSecs(i), info, {} });
            if (!repo.add(*asset))
                qFatal("insert failed");
        }
    }
    QElapsedTimer t;
    t.start();
    const auto listed = context->library().list({});
    const double listSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;

    ui::ThumbnailLoader thumbnails(QSize(240, 135));
    ui::LibraryModel model(&thumbnails);
    ui::LibraryLoader loader(context->library());
    QListView view;
    view.setViewMode(QListView::IconMode);
    view.setUniformItemSizes(true);
    view.resize(1400, 900);
    view.setModel(&model);
    view.show();
    QObject::connect(&loader, &ui::LibraryLoader::loaded, &model,
        [&](const std::vector<application::AssetSummary>& rows) { model.setAssets(rows); });
    t.restart();
    loader.reload();
    while (model.rowCount() < static_cast<int>(listed->size()))
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    view.repaint();
    const double viewSeconds = static_cast<double>(t.nsecsElapsed()) / 1e9;
    QTextStream(stdout) << QStringLiteral(
        "library view: %1 assets shown in %2 s (target < 1 s); in-process listing alone %3 s\n")
                               .arg(model.rowCount())
                               .arg(viewSeconds, 0, 'f', 3)
                               .arg(listSeconds, 0, 'f', 3);
    return 0;
}
