#include "adapters/media/analysis_video_scaler.h"

#include <algorithm>
#include <array>
#include <cmath>

extern "C" {
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

namespace reelforge::adapters {

namespace {

// Fast bilinear costs half of area averaging on 1080p (measured: 0.35 ms against 0.7 ms a
// frame) and the detectors smooth what aliasing it leaves (scene features are averaged again,
// faces are found on equalised gray); the accuracy tests pass unchanged.
constexpr int kScaleFlags = SWS_FAST_BILINEAR;

int even(double v)
{
    return std::max(2, static_cast<int>(std::lround(v / 2.0)) * 2);
}

} // namespace

AnalysisVideoScaler::AnalysisVideoScaler(
    int sourceWidth, int sourceHeight, int sarNum, int sarDen, int rotation, int maxWidth)
    : m_rotation(rotation)
{
    const double sar = sarNum > 0 && sarDen > 0 ? static_cast<double>(sarNum) / sarDen : 1.0;
    const double shownWidth = std::max(1.0, sourceWidth * sar);
    const double shownHeight = std::max(1, sourceHeight);
    const bool quarter = rotation == 90 || rotation == 270;
    m_displayWidth = static_cast<int>(std::lround(quarter ? shownHeight : shownWidth));
    m_displayHeight = static_cast<int>(std::lround(quarter ? shownWidth : shownHeight));
    const double scale = std::min(1.0, static_cast<double>(maxWidth) / m_displayWidth);
    m_outWidth = even(m_displayWidth * scale);
    m_outHeight = even(m_displayHeight * scale);
    m_scaledWidth = quarter ? m_outHeight : m_outWidth;
    m_scaledHeight = quarter ? m_outWidth : m_outHeight;
    const std::size_t pixels
        = static_cast<std::size_t>(m_scaledWidth) * static_cast<std::size_t>(m_scaledHeight);
    m_yuv.resize(pixels * 3 / 2);
    m_scaled.resize(pixels * 3);
    m_grayScaled.resize(pixels);
    if (m_rotation != 0) {
        m_rotated.resize(pixels * 3);
        m_gray.resize(pixels);
    }
    m_toBgr.reset(sws_getContext(m_scaledWidth, m_scaledHeight, AV_PIX_FMT_YUV420P, m_scaledWidth,
        m_scaledHeight, AV_PIX_FMT_BGR24, SWS_POINT, nullptr, nullptr, nullptr));
}

bool AnalysisVideoScaler::convert(const AVFrame& frame, application::VideoFrameView& view)
{
    m_sws = sws_getCachedContext(m_sws, frame.width, frame.height, static_cast<AVPixelFormat>(frame.format),
        m_scaledWidth, m_scaledHeight, AV_PIX_FMT_YUV420P, kScaleFlags, nullptr, nullptr, nullptr);
    if (m_swsOwner.get() != m_sws) {
        (void)m_swsOwner.release(); // already freed by sws_getCachedContext when it made a new one
        m_swsOwner.reset(m_sws);
    }
    if (!m_sws || !m_toBgr)
        return false;
    const int w = m_scaledWidth;
    const int h = m_scaledHeight;
    std::uint8_t* yuv[4] = { m_yuv.data(), m_yuv.data() + static_cast<std::size_t>(w) * h,
        m_yuv.data() + static_cast<std::size_t>(w) * h * 5 / 4, nullptr };
    int yuvStride[4] = { w, w / 2, w / 2, 0 };
    if (sws_scale(m_sws, frame.data, frame.linesize, 0, frame.height, yuv, yuvStride) <= 0)
        return false;
    std::uint8_t* bgr[4] = { m_scaled.data(), nullptr, nullptr, nullptr };
    int bgrStride[4] = { w * 3, 0, 0, 0 };
    if (sws_scale(m_toBgr.get(), yuv, yuvStride, 0, h, bgr, bgrStride) <= 0)
        return false;
    // Gray is the luma plane, stretched from video range (16..235) to 0..255.
    static const auto kLevels = [] {
        std::array<std::uint8_t, 256> t {};
        for (int i = 0; i < 256; ++i)
            t[static_cast<std::size_t>(i)]
                = static_cast<std::uint8_t>(std::clamp((i - 16) * 255 / 219, 0, 255));
        return t;
    }();
    for (std::size_t i = 0; i < m_grayScaled.size(); ++i)
        m_grayScaled[i] = kLevels[m_yuv[i]];
    if (m_rotation != 0) {
        rotate(m_scaled.data(), w, h, 3, m_rotation, m_rotated.data());
        rotate(m_grayScaled.data(), w, h, 1, m_rotation, m_gray.data());
    }
    view.width = m_outWidth;
    view.height = m_outHeight;
    view.bgr = m_rotation != 0 ? m_rotated.data() : m_scaled.data();
    view.bgrStride = m_outWidth * 3;
    view.gray = m_rotation != 0 ? m_gray.data() : m_grayScaled.data();
    view.grayStride = m_outWidth;
    return true;
}

void AnalysisVideoScaler::rotate(
    const std::uint8_t* src, int width, int height, int channels, int rotation, std::uint8_t* dst)
{
    const int outWidth = rotation == 180 ? width : height;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            int ox = x;
            int oy = y;
            if (rotation == 90) { // clockwise: the left column becomes the top row
                ox = height - 1 - y;
                oy = x;
            } else if (rotation == 180) {
                ox = width - 1 - x;
                oy = height - 1 - y;
            } else if (rotation == 270) {
                ox = y;
                oy = width - 1 - x;
            }
            const std::uint8_t* s = src + (static_cast<std::size_t>(y) * width + x) * channels;
            std::uint8_t* d = dst + (static_cast<std::size_t>(oy) * outWidth + ox) * channels;
            for (int c = 0; c < channels; ++c)
                d[c] = s[c];
        }
    }
}

} // namespace reelforge::adapters
