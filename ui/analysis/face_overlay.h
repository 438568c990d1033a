#pragma once

#include "domain/models/analysis.h"

#include <QVideoFrame>
#include <QWidget>

#include <optional>
#include <vector>

class QVideoSink;

namespace reelforge::ui {

// The preview's picture with the faces found at the current time boxed. It follows the
// frames the player hands to `source` (the preview's own video sink) and draws them itself,
// because a QVideoWidget is a native window that other widgets cannot paint over. Boxes come
// from the nearest analysed sample, and only while that sample is close enough to the time
// shown (faces are sampled a few times a second). GUI thread.
class FaceOverlay : public QWidget {
    Q_OBJECT
public:
    explicit FaceOverlay(QVideoSink* source, QWidget* parent = nullptr);

    void setFaces(const std::optional<std::vector<domain::FaceSample>>& faces);
    void setPosition(qint64 milliseconds);

    // The boxes drawn now, in widget coordinates.
    std::vector<QRectF> boxesOnScreen() const;
    // Where the picture sits in the widget (letterboxed to the frame's aspect ratio).
    QRectF pictureRect() const;

    // The sample nearest to `at`, or null when none lies within `reach`.
    static const domain::FaceSample* nearestSample(
        const std::vector<domain::FaceSample>& samples, domain::Micros at, domain::Micros reach);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void onFrame(const QVideoFrame& frame);
    QSizeF pictureSize() const;

    QVideoFrame m_frame;
    QImage m_image;  // m_frame converted, made when painted
    bool m_imageStale = true;
    std::optional<std::vector<domain::FaceSample>> m_faces;
    qint64 m_position = 0;
};

}  // namespace reelforge::ui
