#include "ui/library/thumbnail_loader.h"

#include <QImageReader>

namespace reelforge::ui {

namespace {

// Decodes at about the size needed (JPEG decoders can scale while decoding) and crops the
// centre to the target's aspect, so painting never rescales a large image.
QImage loadCovering(const QString& path, QSize target)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (original.isValid())
        reader.setScaledSize(original.scaled(target, Qt::KeepAspectRatioByExpanding));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.size() != target) {
        image = image.scaled(target, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        const QPoint origin((image.width() - target.width()) / 2, (image.height() - target.height()) / 2);
        image = image.copy(QRect(origin, target));
    }
    return image;
}

}  // namespace

ThumbnailLoader::ThumbnailLoader(QSize size, QObject* parent)
    : QObject(parent)
    , m_size(size)
{
    m_pool.setMaxThreadCount(2);
    // Cost is in KiB: about 48 MiB of pixmaps, a few thousand small thumbnails.
    m_cache.setMaxCost(48 * 1024);
}

ThumbnailLoader::~ThumbnailLoader()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QPixmap ThumbnailLoader::cached(const QString& path) const
{
    if (const QPixmap* pm = m_cache.object(path))
        return *pm;
    return {};
}

void ThumbnailLoader::request(const QString& path)
{
    if (path.isEmpty() || m_cache.contains(path) || m_pending.contains(path) || m_failed.contains(path))
        return;
    m_pending.insert(path);
    const QSize size = m_size;
    m_pool.start([this, path, size] {
        QImage image = loadCovering(path, size);
        QMetaObject::invokeMethod(
            this, [this, path, image = std::move(image)] { store(path, image); }, Qt::QueuedConnection);
    });
}

void ThumbnailLoader::store(const QString& path, const QImage& image)
{
    m_pending.remove(path);
    if (image.isNull()) {
        m_failed.insert(path);
        return;
    }
    const auto costKiB = static_cast<int>(std::max<qsizetype>(1, image.sizeInBytes() / 1024));
    m_cache.insert(path, new QPixmap(QPixmap::fromImage(image)), costKiB);
    emit ready(path);
}

}  // namespace reelforge::ui
