// The library browser: the model's merge on reload, search, sort, grid/list, and thumbnails
// that arrive from a worker thread.
#include "ui/library/library_model.h"
#include "ui/library/library_view.h"
#include "ui/library/thumbnail_loader.h"

#include <QAction>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using application::AssetSummary;

namespace {

AssetSummary asset(const QString& id, const QString& title, double seconds, int width, int height,
    int minutesAgo, const QString& file = {})
{
    AssetSummary a;
    a.id = id;
    a.title = title;
    a.path = QStringLiteral("/videos/") + (file.isEmpty() ? title + QStringLiteral(".mp4") : file);
    a.durationSeconds = seconds;
    a.width = width;
    a.height = height;
    a.sizeBytes = static_cast<qint64>(seconds * 1'000'000);
    a.container = QStringLiteral("mov,mp4,m4a,3gp,3g2,mj2");
    a.videoCodec = width > 0 ? QStringLiteral("h264") : QString();
    a.audioCodec = QStringLiteral("aac");
    a.importedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).addSecs(-60 * minutesAgo);
    return a;
}

std::vector<AssetSummary> threeAssets()
{
    return { asset(QStringLiteral("a"), QStringLiteral("Beach day"), 65.4, 1920, 1080, 30),
        asset(QStringLiteral("b"), QStringLiteral("City walk"), 7.0, 3840, 2160, 10,
            QStringLiteral("DJI_0042.MP4")),
        asset(QStringLiteral("c"), QStringLiteral("Podcast intro"), 3725.0, 0, 0, 20) };
}

}  // namespace

class TestLibraryView final : public QObject {
    Q_OBJECT

    static QStringList shown(const ui::LibraryView& view)
    {
        QStringList titles;
        const QAbstractItemModel* proxy = view.proxy();
        for (int row = 0; row < proxy->rowCount(); ++row)
            titles << proxy->index(row, 0).data(ui::LibraryModel::TitleRole).toString();
        return titles;
    }

private slots:
    void rowsShowDurationResolutionAndFormatInWords()
    {
        ui::LibraryModel model(nullptr);
        model.setAssets(threeAssets());
        const QModelIndex beach = model.indexOfId(QStringLiteral("a"));
        QCOMPARE(beach.data(ui::LibraryModel::DurationTextRole).toString(), QStringLiteral("1:05"));
        QCOMPARE(beach.data(ui::LibraryModel::ResolutionTextRole).toString(), QStringLiteral("1920 × 1080"));
        QCOMPARE(
            beach.data(ui::LibraryModel::DetailsTextRole).toString(), QStringLiteral("1080p · H264 · MP4"));
        const QModelIndex city = model.indexOfId(QStringLiteral("b"));
        QCOMPARE(city.data(ui::LibraryModel::DetailsTextRole).toString(), QStringLiteral("4K · H264 · MP4"));
        const QModelIndex podcast = model.indexOfId(QStringLiteral("c"));
        QCOMPARE(podcast.data(ui::LibraryModel::DurationTextRole).toString(), QStringLiteral("1:02:05"));
        QCOMPARE(podcast.data(ui::LibraryModel::ResolutionTextRole).toString(), QString());
        QCOMPARE(
            podcast.data(ui::LibraryModel::DetailsTextRole).toString(), QStringLiteral("Audio · AAC · MP4"));
    }

    void reloadKeepsSelectionRemovesGoneRowsAndAppendsNewOnes()
    {
        ui::LibraryModel model(nullptr);
        ui::LibraryView view(&model);
        model.setAssets(threeAssets());
        view.selectAsset(QStringLiteral("a"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        std::vector<AssetSummary> next = threeAssets();
        next.erase(next.begin() + 1);  // "City walk" was removed elsewhere
        next.front().title = QStringLiteral("Beach day (edit)");
        next.push_back(asset(QStringLiteral("d"), QStringLiteral("Drone shot"), 12.0, 2720, 1530, 1));
        model.setAssets(next);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.indexOfId(QStringLiteral("b")).isValid());
        QCOMPARE(model.indexOfId(QStringLiteral("a")).data(ui::LibraryModel::TitleRole).toString(),
            QStringLiteral("Beach day (edit)"));
        QCOMPARE(view.currentAssetId(), QStringLiteral("a"));
        QCOMPARE(view.selectedAssetIds(), QStringList { QStringLiteral("a") });
    }

    void searchMatchesTitleOrFileNameIgnoringCase()
    {
        ui::LibraryModel model(nullptr);
        ui::LibraryView view(&model);
        model.setAssets(threeAssets());
        auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchField"));
        QVERIFY(search);

        search->setText(QStringLiteral("BEACH"));
        QCOMPARE(shown(view), QStringList { QStringLiteral("Beach day") });
        search->setText(QStringLiteral("dji_00"));
        QCOMPARE(shown(view), QStringList { QStringLiteral("City walk") });
        search->setText(QStringLiteral("nothing like this"));
        QCOMPARE(shown(view), QStringList());
        QCOMPARE(view.listView()->isVisibleTo(&view), false);  // "Nothing matches" instead of a blank grid
        search->clear();
        QCOMPARE(shown(view).size(), 3);
    }

    void sortChoicesOrderTheLibrary()
    {
        ui::LibraryModel model(nullptr);
        ui::LibraryView view(&model);
        model.setAssets(threeAssets());
        QCOMPARE(shown(view),
            (QStringList { QStringLiteral("City walk"), QStringLiteral("Podcast intro"),
                QStringLiteral("Beach day") }));  // newest first
        view.setSortIndex(2);  // title
        QCOMPARE(shown(view),
            (QStringList {
                QStringLiteral("Beach day"), QStringLiteral("City walk"), QStringLiteral("Podcast intro") }));
        view.setSortIndex(3);  // longest first
        QCOMPARE(shown(view),
            (QStringList {
                QStringLiteral("Podcast intro"), QStringLiteral("Beach day"), QStringLiteral("City walk") }));
        view.setSortIndex(5);  // highest resolution
        QCOMPARE(shown(view).first(), QStringLiteral("City walk"));
        // A newly listed asset lands in its sorted place.
        std::vector<AssetSummary> more = threeAssets();
        more.push_back(asset(QStringLiteral("d"), QStringLiteral("8K test"), 5.0, 7680, 4320, 0));
        model.setAssets(more);
        QCOMPARE(shown(view).first(), QStringLiteral("8K test"));
    }

    void gridAndListActionsSwitchTheViewMode()
    {
        ui::LibraryModel model(nullptr);
        ui::LibraryView view(&model);
        QCOMPARE(view.mode(), ui::LibraryView::Mode::Grid);
        QCOMPARE(view.listView()->viewMode(), QListView::IconMode);
        view.listAction()->trigger();
        QCOMPARE(view.mode(), ui::LibraryView::Mode::List);
        QCOMPARE(view.listView()->viewMode(), QListView::ListMode);
        QVERIFY(view.listAction()->isChecked());
        view.gridAction()->trigger();
        QCOMPARE(view.listView()->viewMode(), QListView::IconMode);
        QVERIFY(!view.listAction()->isChecked());
    }

    void thumbnailsArriveFromAWorkerThreadScaledToTheCard()
    {
        QTemporaryDir dir;
        const QString jpeg = dir.filePath(QStringLiteral("thumb.jpg"));
        QImage image(480, 270, QImage::Format_RGB32);
        image.fill(Qt::red);
        QVERIFY(image.save(jpeg, "JPG"));

        ui::ThumbnailLoader loader(QSize(224, 126));
        ui::LibraryModel model(&loader);
        std::vector<AssetSummary> assets = threeAssets();
        assets[0].thumbnailPath = jpeg;
        assets[1].thumbnailPath = dir.filePath(QStringLiteral("missing.jpg"));
        model.setAssets(assets);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QModelIndex beach = model.indexOfId(QStringLiteral("a"));
        QVERIFY(beach.data(ui::LibraryModel::ThumbnailRole).value<QPixmap>().isNull());  // not loaded yet
        QTRY_VERIFY(!changed.isEmpty());
        const QPixmap pm = beach.data(ui::LibraryModel::ThumbnailRole).value<QPixmap>();
        QCOMPARE(pm.size(), QSize(224, 126));
        const QColor centre = pm.toImage().pixelColor(112, 63);
        QVERIFY2(centre.red() > 240 && centre.green() < 20, qPrintable(centre.name()));

        // A missing file yields no picture and is not retried on every paint.
        const QModelIndex city = model.indexOfId(QStringLiteral("b"));
        QVERIFY(city.data(ui::LibraryModel::ThumbnailRole).value<QPixmap>().isNull());
        QTest::qWait(200);
        QVERIFY(city.data(ui::LibraryModel::ThumbnailRole).value<QPixmap>().isNull());
    }
};

QTEST_MAIN(TestLibraryView)
#include "test_library_view.moc"
