#include "ui/analysis/thumbnail_suggestions.h"

#include "ui/analysis/analysis_text.h"
#include "ui/common/error_text.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace reelforge::ui {

namespace {

constexpr int kTileWidth = 176;
constexpr QSize kIconSize(kTileWidth, kTileWidth * 9 / 16);

// Letterboxes a frame into the tile so tall and wide clips line up.
QImage fitted(const QImage& frame)
{
    QImage tile(kIconSize, QImage::Format_RGB32);
    tile.fill(QColor(13, 14, 17));
    if (frame.isNull())
        return tile;
    const QImage scaled = frame.scaled(kIconSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter p(&tile);
    p.drawImage((kIconSize.width() - scaled.width()) / 2, (kIconSize.height() - scaled.height()) / 2, scaled);
    return tile;
}

domain::Status writeFrame(const QByteArray& jpeg, const QString& path)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0) {
        QImage image;
        if (!image.loadFromData(jpeg, "JPG"))
            return domain::fail(domain::ErrorCode::Internal, QStringLiteral("frame does not decode"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
            return domain::fail(domain::ErrorCode::IoError, file.errorString(), path);
        return domain::ok();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size() || !file.commit())
        return domain::fail(domain::ErrorCode::IoError, file.errorString(), path);
    return domain::ok();
}

}  // namespace

ThumbnailSuggestions::ThumbnailSuggestions(const application::IThumbnailGrabber* frames, QWidget* parent)
    : QWidget(parent)
    , m_frames(frames)
    , m_note(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_save(new QPushButton(tr("Save frame as…"), this))
{
    setObjectName(QStringLiteral("thumbnailSuggestions"));
    m_pool.setMaxThreadCount(1);  // one decoder at a time: the preview is decoding too
    m_note->setObjectName(QStringLiteral("thumbnails.note"));
    m_note->setProperty("role", QStringLiteral("muted"));
    m_note->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("thumbnailList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(kIconSize);
    m_list->setGridSize(kIconSize + QSize(14, 30));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setWrapping(true);
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_save->setObjectName(QStringLiteral("thumbnails.save"));
    m_save->setEnabled(false);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_note, 1);
    header->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(6);
    layout->addLayout(header);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { emit seekRequested(item->data(Qt::UserRole).toLongLong() / 1000); });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
        [this] { m_save->setEnabled(!m_list->selectedItems().isEmpty() && m_frames); });
    connect(m_save, &QPushButton::clicked, this, &ThumbnailSuggestions::chooseFile);
    connect(this, &ThumbnailSuggestions::saved, this, [this](const QString& path) {
        m_note->setText(tr("Frame saved to %1").arg(QDir::toNativeSeparators(path)));
    });
    connect(this, &ThumbnailSuggestions::saveFailed, this, [this](const domain::Error& error) {
        QMessageBox::warning(
            this, tr("Save Frame"), tr("The frame could not be saved: %1").arg(errorText(error.code)));
    });
    updateNote();
}

ThumbnailSuggestions::~ThumbnailSuggestions()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailSuggestions::setMedia(const QString& path, const domain::MediaInfo& info, const QString& title)
{
    m_path = path;
    m_title = title;
    m_info = info;
}

void ThumbnailSuggestions::setCandidates(
    const std::optional<std::vector<domain::ThumbnailCandidate>>& candidates)
{
    ++m_generation;
    m_pool.clear();  // grabs for the previous suggestions that have not started
    m_loaded = 0;
    m_list->clear();
    m_candidates = candidates;
    if (candidates) {
        std::vector<domain::ThumbnailCandidate> best = *candidates;
        std::stable_sort(
            best.begin(), best.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
        if (best.size() > static_cast<std::size_t>(kMaxSuggestions))
            best.resize(kMaxSuggestions);
        for (const domain::ThumbnailCandidate& c : best) {
            auto* item = new QListWidgetItem(
                QIcon(QPixmap::fromImage(fitted({}))), AnalysisText::preciseTime(c.time), m_list);
            item->setData(Qt::UserRole, QVariant::fromValue<qlonglong>(c.time.count()));
            item->setToolTip(
                tr("Frame at %1 — click to show it in the preview").arg(AnalysisText::preciseTime(c.time)));
            item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
            requestFrame(m_list->count() - 1, c.time);
        }
    }
    updateNote();
}

std::vector<domain::Micros> ThumbnailSuggestions::times() const
{
    std::vector<domain::Micros> out;
    for (int i = 0; i < m_list->count(); ++i)
        out.emplace_back(m_list->item(i)->data(Qt::UserRole).toLongLong());
    return out;
}

void ThumbnailSuggestions::updateNote()
{
    if (!m_candidates)
        m_note->setText(tr("Analyze this video to get thumbnail suggestions."));
    else if (m_candidates->empty())
        m_note->setText(tr("No frame stood out as a thumbnail."));
    else
        m_note->setText(tr("Sharp, well-lit frames, best first. Click one to see it in the preview."));
    m_list->setVisible(m_candidates && !m_candidates->empty());
}

void ThumbnailSuggestions::requestFrame(int row, domain::Micros at)
{
    if (!m_frames || m_path.isEmpty() || !m_info.hasVideo())
        return;
    const application::IThumbnailGrabber* frames = m_frames;
    const int generation = m_generation;
    m_pool.start([this, frames, generation, row, at, path = m_path, info = m_info] {
        // Twice the tile width keeps the icon crisp on high-density screens.
        const auto jpeg = frames->grabAt(path, info, at, kTileWidth * 2);
        QImage image;
        if (jpeg)
            image.loadFromData(*jpeg, "JPG");
        QMetaObject::invokeMethod(
            this, [this, generation, row, image] { onGrabbed(generation, row, image); },
            Qt::QueuedConnection);
    });
}

void ThumbnailSuggestions::onGrabbed(int generation, int row, const QImage& image)
{
    if (generation != m_generation || row >= m_list->count() || image.isNull())
        return;
    QPixmap tile = QPixmap::fromImage(fitted(image));
    tile.setDevicePixelRatio(1.0);
    m_list->item(row)->setIcon(QIcon(tile));
    ++m_loaded;
}

void ThumbnailSuggestions::saveFrame(domain::Micros at, const QString& path)
{
    if (!m_frames || m_path.isEmpty())
        return;
    const application::IThumbnailGrabber* frames = m_frames;
    const domain::VideoStream* video = m_info.primaryVideo();
    const int width = video ? std::max(1, video->displayWidth()) : 1920;
    m_pool.start([this, frames, at, path, width, source = m_path, info = m_info] {
        const auto jpeg = frames->grabAt(source, info, at, width);
        const domain::Status status
            = jpeg ? writeFrame(*jpeg, path) : domain::Status(tl::unexpected(jpeg.error()));
        QMetaObject::invokeMethod(
            this,
            [this, status, path] {
                if (status)
                    emit saved(path);
                else
                    emit saveFailed(status.error());
            },
            Qt::QueuedConnection);
    });
}

void ThumbnailSuggestions::chooseFile()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const domain::Micros at(selected.first()->data(Qt::UserRole).toLongLong());
    QSettings settings;
    const QString folder = settings
                               .value(QStringLiteral("frames/lastFolder"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
                               .toString();
    const QString suggested
        = tr("%1 at %2.jpg")
              .arg(m_title.isEmpty() ? QFileInfo(m_path).completeBaseName() : m_title,
                  AnalysisText::preciseTime(at).replace(QLatin1Char(':'), QLatin1Char('-')));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Frame"),
        QDir(folder).filePath(suggested), tr("JPEG image (*.jpg *.jpeg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("frames/lastFolder"), QFileInfo(path).absolutePath());
    saveFrame(at, path);
}

}  // namespace reelforge::ui
