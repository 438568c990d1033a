#include "adapters/ai/face_detector.h"

#include <QDir>
#include <QFileInfo>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace reelforge::adapters {

namespace {
// OpenCV's default of 3 lets patterned shirts and crowds through; real faces are found at
// many positions and scales at once.
constexpr int kMinNeighbours = 4;
// 20% between scales instead of OpenCV's usual 10%: half the work, and faces a few percent
// off a scale are still found (measured on the face tests).
constexpr double kScaleStep = 1.2;
}  // namespace

struct FaceDetector::Impl {
    cv::CascadeClassifier cascade;
};

FaceDetector::FaceDetector()
    : m_impl(std::make_unique<Impl>())
{
}
FaceDetector::~FaceDetector() = default;
FaceDetector::FaceDetector(FaceDetector&&) noexcept = default;
FaceDetector& FaceDetector::operator=(FaceDetector&&) noexcept = default;

QString FaceDetector::defaultFolder()
{
    const QString env = qEnvironmentVariable("REELFORGE_CASCADES");
    return env.isEmpty() ? QStringLiteral("/usr/share/opencv4/haarcascades") : env;
}

domain::Status FaceDetector::load(const QString& folder)
{
    const QString path = QDir(folder.isEmpty() ? defaultFolder() : folder)
                             .filePath(QStringLiteral("haarcascade_frontalface_alt2.xml"));
    if (!QFileInfo::exists(path))
        return domain::fail(domain::ErrorCode::NotFound,
            QStringLiteral("face model not installed (package opencv-data)"), path);
    try {
        if (!m_impl->cascade.load(path.toStdString()))
            return domain::fail(
                domain::ErrorCode::MediaUnreadable, QStringLiteral("face model cannot be read"), path);
    } catch (const cv::Exception& e) {
        return domain::fail(domain::ErrorCode::MediaUnreadable, QStringLiteral("face model cannot be read"),
            QString::fromStdString(e.what()));
    }
    return domain::ok();
}

std::vector<FaceDetector::Box> FaceDetector::detect(const cv::Mat& gray, int minSize) const
{
    std::vector<Box> out;
    if (m_impl->cascade.empty() || gray.empty())
        return out;
    cv::Mat equalised;
    cv::equalizeHist(gray, equalised);
    // OpenCV scans scales on several threads and groups the raw hits in the order they
    // arrive, so the same frame can give different faces from run to run. Grouping here, from
    // hits in a fixed order, makes detection repeatable.
    std::vector<cv::Rect> faces;
    m_impl->cascade.detectMultiScale(equalised, faces, kScaleStep, 0, 0, cv::Size(minSize, minSize));
    std::sort(faces.begin(), faces.end(), [](const cv::Rect& a, const cv::Rect& b) {
        return std::tie(a.x, a.y, a.width, a.height) < std::tie(b.x, b.y, b.width, b.height);
    });
    // The number of raw hits merged into a face is a usable confidence: a real face is found
    // at many nearby positions and scales, a chance pattern at few.
    std::vector<int> neighbours;
    cv::groupRectangles(faces, neighbours, kMinNeighbours, 0.2);
    for (std::size_t i = 0; i < faces.size(); ++i) {
        const double n = i < neighbours.size() ? neighbours[i] : kMinNeighbours;
        out.push_back({ faces[i].x, faces[i].y, faces[i].width, faces[i].height, 1.0 - std::exp(-n / 8.0) });
    }
    return out;
}

}  // namespace reelforge::adapters
