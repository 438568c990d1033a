#include "ui/analysis/face_overlay.h"

#include <QPainter>
#include <QTransform>
#include <QVideoSink>

#include <algorithm>
#include <iterator>

namespace reelforge::ui {

namespace {

// Samples are a few per second; beyond this the box would belong to another moment.
constexpr domain::Micros kReach { 600000 };

const QColor kBoxColour(255, 214, 10);

}  // namespace

FaceOverlay::FaceOverlay(QVideoSink* source, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("faceOverlay"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    if (source)
        connect(source, &QVideoSink::videoFrameChanged, this, &FaceOverlay::onFrame);
}

void FaceOverlay::setFaces(const std::optional<std::vector<domain::FaceSample>>& faces)
{
    m_faces = faces;
    update();
}

void FaceOverlay::setPosition(qint64 milliseconds)
{
    m_position = milliseconds;
    update();
}

void FaceOverlay::onFrame(const QVideoFrame& frame)
{
    if (!frame.isValid())
        return;
    m_frame = frame;
    m_imageStale = true;
    if (isVisible())
        update();
}

const domain::FaceSample* FaceOverlay::nearestSample(
    const std::vector<domain::FaceSample>& samples, domain::Micros at, domain::Micros reach)
{
    const auto later = std::lower_bound(samples.begin(), samples.end(), at,
        [](const domain::FaceSample& s, domain::Micros t) { return s.time < t; });
    const domain::FaceSample* best = nullptr;
    if (later != samples.end())
        best = &*later;
    if (later != samples.begin()) {
        const domain::FaceSample* before = &*std::prev(later);
        if (!best || at - before->time <= best->time - at)
            best = before;
    }
    if (!best || std::chrono::abs(best->time - at) > reach)
        return nullptr;
    return best;
}

QSizeF FaceOverlay::pictureSize() const
{
    if (!m_image.isNull())
        return m_image.size();
    if (!m_frame.isValid())
        return {};
    const QSize s = m_frame.size();
    const auto angle = m_frame.rotationAngle();
    const bool quarter = angle == QVideoFrame::Rotation90 || angle == QVideoFrame::Rotation270;
    return quarter ? QSizeF(s.height(), s.width()) : QSizeF(s);
}

QRectF FaceOverlay::pictureRect() const
{
    const QSizeF picture = pictureSize();
    if (picture.isEmpty())
        return QRectF(rect());
    const QSizeF fitted = picture.scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return { QPointF((width() - fitted.width()) / 2.0, (height() - fitted.height()) / 2.0), fitted };
}

std::vector<QRectF> FaceOverlay::boxesOnScreen() const
{
    std::vector<QRectF> boxes;
    if (!m_faces)
        return boxes;
    const domain::FaceSample* sample = nearestSample(*m_faces, domain::Micros(m_position * 1000), kReach);
    if (!sample)
        return boxes;
    const QRectF picture = pictureRect();
    for (const domain::FaceBox& b : sample->boxes)
        boxes.emplace_back(picture.left() + b.x * picture.width(), picture.top() + b.y * picture.height(),
            b.w * picture.width(), b.h * picture.height());
    return boxes;
}

void FaceOverlay::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(13, 14, 17));
    if (m_imageStale && m_frame.isValid()) {
        m_image = m_frame.toImage();
        const int angle = static_cast<int>(m_frame.rotationAngle());
        if (angle != 0 && !m_image.isNull())
            m_image = m_image.transformed(QTransform().rotate(angle));
        m_imageStale = false;
    }
    const QRectF picture = pictureRect();
    if (!m_image.isNull()) {
        p.setRenderHint(QPainter::SmoothPixmapTransform, true);
        p.drawImage(picture, m_image);
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    const auto boxes = boxesOnScreen();
    for (const QRectF& box : boxes) {
        p.setPen(QPen(QColor(0, 0, 0, 140), 4));
        p.drawRoundedRect(box, 4, 4);
        p.setPen(QPen(kBoxColour, 2));
        p.drawRoundedRect(box, 4, 4);
    }
}

}  // namespace reelforge::ui
