#pragma once

#include "application/dtos/asset_summary.h"

#include <QAbstractListModel>
#include <QHash>

#include <vector>

namespace reelforge::ui {

class ThumbnailLoader;

// The library as a flat list of application::AssetSummary rows. Row order is the order
// assets arrived in; sorting and searching happen in a proxy. setAssets() merges a fresh
// listing (removes, updates, appends) so selections and scroll positions survive a reload.
// Thumbnails are requested lazily, when a view first asks for ThumbnailRole.
class LibraryModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        DurationRole,  // double seconds
        DurationTextRole,  // "1:05"
        ResolutionRole,  // QSize (display size)
        ResolutionTextRole,  // "1920 × 1080"
        PixelCountRole,  // qint64, for sorting by resolution
        SizeBytesRole,
        ImportedAtRole,
        ThumbnailRole,  // QPixmap, null until loaded or when there is none
        HasVideoRole,
        DetailsTextRole,  // "1080p · H264 · MP4"
        SearchTextRole,  // title and file name, for the search filter
    };

    explicit LibraryModel(ThumbnailLoader* thumbnails, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setAssets(std::vector<application::AssetSummary> assets);
    const application::AssetSummary* assetAt(int row) const;
    QModelIndex indexOfId(const QString& id) const;
    bool hasLoaded() const { return m_loaded; }

signals:
    void loaded();  // after each setAssets()

private:
    void onThumbnailReady(const QString& path);
    void reindex();

    ThumbnailLoader* m_thumbnails;
    std::vector<application::AssetSummary> m_rows;
    QHash<QString, int> m_rowById;
    bool m_loaded = false;
};

}  // namespace reelforge::ui
