#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace reelforge::ui {

// Loads thumbnail images off the GUI thread. request() starts a decode on the loader's own
// pool (scaled to fit `size`, cropped to its aspect); ready() is emitted on the GUI thread
// once cached() can return the pixmap. Files that fail to load are remembered and not
// retried. The destructor waits for running decodes.
class ThumbnailLoader : public QObject {
    Q_OBJECT
public:
    explicit ThumbnailLoader(QSize size, QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    QPixmap cached(const QString& path) const;  // null when not loaded (yet)
    void request(const QString& path);
    QSize size() const { return m_size; }

signals:
    void ready(const QString& path);

private:
    void store(const QString& path, const QImage& image);

    QSize m_size;
    QThreadPool m_pool;
    QCache<QString, QPixmap> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
};

}  // namespace reelforge::ui
