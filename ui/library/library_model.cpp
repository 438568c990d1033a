#include "ui/library/library_model.h"

#include "ui/common/format.h"
#include "ui/library/thumbnail_loader.h"

#include <QDir>
#include <QFileInfo>

#include <QSize>
#include <algorithm>

namespace reelforge::ui {

using application::AssetSummary;

LibraryModel::LibraryModel(ThumbnailLoader* thumbnails, QObject* parent)
    : QAbstractListModel(parent)
    , m_thumbnails(thumbnails)
{
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailLoader::ready, this, &LibraryModel::onThumbnailReady);
}

int LibraryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant LibraryModel::data(const QModelIndex& index, int role) const
{
    const AssetSummary* a = index.isValid() ? assetAt(index.row()) : nullptr;
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return a->title;
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(a->title, QDir::toNativeSeparators(a->path));
    case IdRole:
        return a->id;
    case DurationRole:
        return a->durationSeconds;
    case DurationTextRole:
        return format::duration(a->durationSeconds);
    case ResolutionRole:
        return QSize(a->width, a->height);
    case ResolutionTextRole:
        return format::resolution(a->width, a->height);
    case PixelCountRole:
        return static_cast<qint64>(a->width) * a->height;
    case SizeBytesRole:
        return a->sizeBytes;
    case ImportedAtRole:
        return a->importedAt;
    case HasVideoRole:
        return a->width > 0;
    case ThumbnailRole: {
        if (!m_thumbnails || a->thumbnailPath.isEmpty())
            return {};
        const QPixmap pm = m_thumbnails->cached(a->thumbnailPath);
        if (pm.isNull())
            m_thumbnails->request(a->thumbnailPath);
        return pm;
    }
    case DetailsTextRole: {
        QStringList parts;
        if (const QString name = format::resolutionName(a->width, a->height); !name.isEmpty())
            parts << name;
        else if (a->width <= 0)
            parts << tr("Audio");
        if (!a->videoCodec.isEmpty())
            parts << a->videoCodec.toUpper();
        else if (!a->audioCodec.isEmpty())
            parts << a->audioCodec.toUpper();
        if (!a->container.isEmpty())
            parts << format::containerName(a->container).section(QStringLiteral(" / "), 0, 0);
        return parts.join(QStringLiteral(" · "));
    }
    case SearchTextRole:
        return a->title + QLatin1Char(' ') + QFileInfo(a->path).fileName();
    default:
        return {};
    }
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(TitleRole, "title");
    names.insert(DurationRole, "duration");
    names.insert(ResolutionRole, "resolution");
    names.insert(ThumbnailRole, "thumbnail");
    return names;
}

const AssetSummary* LibraryModel::assetAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

QModelIndex LibraryModel::indexOfId(const QString& id) const
{
    const auto it = m_rowById.constFind(id);
    return it == m_rowById.constEnd() ? QModelIndex() : index(*it);
}

void LibraryModel::setAssets(std::vector<AssetSummary> assets)
{
    std::vector<bool> isNew(assets.size());
    QHash<QString, std::size_t> incoming;
    incoming.reserve(static_cast<qsizetype>(assets.size()));
    for (std::size_t i = 0; i < assets.size(); ++i) {
        isNew[i] = !m_rowById.contains(assets[i].id) && !incoming.contains(assets[i].id);
        incoming.insert(assets[i].id, i);
    }

    // Remove vanished rows, in contiguous runs from the back so row numbers stay valid.
    const auto gone = [&](int row) { return !incoming.contains(m_rows[static_cast<std::size_t>(row)].id); };
    for (int row = static_cast<int>(m_rows.size()) - 1; row >= 0; --row) {
        if (!gone(row))
            continue;
        int first = row;
        while (first > 0 && gone(first - 1))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        row = first;
    }
    // Refresh the rows that stay, then append the new ones.
    for (AssetSummary& row : m_rows)
        row = assets[incoming.value(row.id)];
    if (!m_rows.empty())
        emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    const auto added = static_cast<int>(std::count(isNew.begin(), isNew.end(), true));
    if (added > 0) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + added - 1);
        for (std::size_t i = 0; i < assets.size(); ++i) {
            if (isNew[i])
                m_rows.push_back(std::move(assets[i]));
        }
        endInsertRows();
    }
    reindex();
    m_loaded = true;
    emit loaded();
}

void LibraryModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(static_cast<qsizetype>(m_rows.size()));
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].id, static_cast<int>(i));
}

void LibraryModel::onThumbnailReady(const QString& path)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].thumbnailPath == path) {
            const QModelIndex idx = index(static_cast<int>(i));
            emit dataChanged(idx, idx, { ThumbnailRole });
        }
    }
}

}  // namespace reelforge::ui
