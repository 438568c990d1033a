#include "adapters/ai/scene_features.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace reelforge::adapters {

namespace {

constexpr int kWorkWidth = 240;
const cv::Size kThumbSize(8, 5);

}  // namespace

SceneFrame SceneFrame::from(const application::VideoFrameView& view)
{
    SceneFrame f;
    f.index = view.index;
    f.time = view.time;
    const cv::Mat bgr(view.height, view.width, CV_8UC3, const_cast<std::uint8_t*>(view.bgr),
        static_cast<std::size_t>(view.bgrStride));
    cv::Mat small;
    if (view.width > kWorkWidth) {
        const int h = std::max(2, view.height * kWorkWidth / view.width);
        cv::resize(bgr, small, cv::Size(kWorkWidth, h), 0, 0, cv::INTER_AREA);
    } else {
        small = bgr.clone();
    }
    cv::cvtColor(small, f.hsv, cv::COLOR_BGR2HSV);
    cv::Mat value;
    cv::extractChannel(f.hsv, value, 2);
    // Edge thresholds from the median brightness, as PySceneDetect does, so dark and bright
    // shots get comparable edge maps.
    const double median = cv::mean(value)[0];
    cv::Canny(value, f.edges, std::max(0.0, 0.67 * median), std::min(255.0, 1.33 * median));
    cv::dilate(f.edges, f.edges, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(3, 3)));
    cv::Mat thumb;
    cv::resize(small, thumb, kThumbSize, 0, 0, cv::INTER_AREA);
    thumb.convertTo(f.thumb, CV_32FC3);
    return f;
}

double contentDistance(const SceneFrame& a, const SceneFrame& b)
{
    if (a.hsv.size() != b.hsv.size())
        return 255.0;
    cv::Mat diff;
    cv::absdiff(a.hsv, b.hsv, diff);
    const cv::Scalar hsv = cv::mean(diff);
    cv::absdiff(a.edges, b.edges, diff);
    const double edges = cv::mean(diff)[0];
    return (hsv[0] + hsv[1] + hsv[2] + edges) / 4.0;
}

double thumbDistance(const cv::Mat& a, const cv::Mat& b)
{
    return cv::norm(a, b, cv::NORM_L1) / static_cast<double>(a.total() * a.channels());
}

}  // namespace reelforge::adapters
