#pragma once

#include "domain/models/analysis.h"
#include "domain/result.h"

#include <QString>

#include <memory>
#include <vector>

namespace cv {
class Mat;
}

namespace reelforge::adapters {

// Frontal faces with OpenCV's Haar cascade (haarcascade_frontalface_alt2 from the
// opencv-data package; nothing is downloaded). Boxes are in pixels of the image given,
// confidence 0..1 from how many raw detections agree. Not thread-safe: one per thread.
class FaceDetector {
public:
    struct Box {
        int x = 0;
        int y = 0;
        int w = 0;
        int h = 0;
        double confidence = 0.0;
    };

    FaceDetector();
    ~FaceDetector();
    FaceDetector(FaceDetector&&) noexcept;
    FaceDetector& operator=(FaceDetector&&) noexcept;

    // Loads the cascade from `folder` (default: the Debian opencv-data location, or
    // $REELFORGE_CASCADES). NotFound when it is not installed.
    domain::Status load(const QString& folder = {});
    // `gray`: CV_8UC1. Faces at least minSize pixels wide.
    std::vector<Box> detect(const cv::Mat& gray, int minSize) const;

    static QString defaultFolder();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace reelforge::adapters
