#pragma once

#include "application/interfaces/i_decode_pass.h"

#include <opencv2/core.hpp>

namespace reelforge::adapters {

// What the scene detector keeps of one frame. `hsv`/`edges` are for the frame-to-frame
// content score (PySceneDetect's ContentDetector: mean change of hue, saturation,
// value and edges); `thumb` is a tiny blurred picture for the blend test of dissolves.
struct SceneFrame {
    std::int64_t index = 0;
    domain::Micros time { 0 };
    cv::Mat hsv;  // CV_8UC3, about 240 px wide
    cv::Mat edges;  // CV_8UC1, dilated Canny edges of the value channel
    cv::Mat thumb;  // CV_32FC3, 8 x 5, 0..255

    static SceneFrame from(const application::VideoFrameView& view);
};

// 0..255: how different two frames' content is (hue, saturation, value, edges averaged).
double contentDistance(const SceneFrame& a, const SceneFrame& b);
// 0..255: mean absolute difference of two thumbs.
double thumbDistance(const cv::Mat& a, const cv::Mat& b);

}  // namespace reelforge::adapters
