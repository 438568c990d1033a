#include "adapters/media/analysis_video_scaler.h"

#include <algorithm>
#include <cmath>

extern "C" {
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

namespace reelforge::adapters {

namespace {

int even(double v)
{
    return std::max(2, static_cast<int>(std::lround(v / 2.0)) * 2);
}

}  // namespace

AnalysisVideoScaler::AnalysisVideoScaler(int sourceWidth, int sourceHeight, int sarNum, int sarDen, int rotation,
                                         int maxWidth)
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
    m_scaled.resize(static_cast<std::size_t>(m_scaledWidth) * m_scaledHeight * 3);
    if (m_rotation != 0)
        m_rotated.resize(m_scaled.size());
    m_gray.resize(static_cast<std::size_t>(m_outWidth) * m_outHeight);
}

bool AnalysisVideoScaler::convert(const AVFrame& frame, application::VideoFrameView& view)
{
    // Area averaging keeps fine detail from aliasing into the small picture, which would
    // otherwise read as motion to the scene and face detectors.
    m_sws = sws_getCachedContext(m_sws, frame.width, frame.height, static_cast<AVPixelFormat>(frame.format),
                                 m_scaledWidth, m_scaledHeight, AV_PIX_FMT_BGR24, SWS_AREA, nullptr, nullptr, nullptr);
    if (m_swsOwner.get() != m_sws) {
        (void)m_swsOwner.release();  // already freed by sws_getCachedContext when it made a new one
        m_swsOwner.reset(m_sws);
    }
    if (!m_sws)
        return false;
    std::uint8_t* dst[4] = {m_scaled.data(), nullptr, nullptr, nullptr};
    int dstStride[4] = {m_scaledWidth * 3, 0, 0, 0};
    if (sws_scale(m_sws, frame.data, frame.linesize, 0, frame.height, dst, dstStride) <= 0)
        return false;
    if (m_rotation != 0)
        rotateInto(m_rotated);
    makeGray();
    view.width = m_outWidth;
    view.height = m_outHeight;
    view.bgr = m_rotation != 0 ? m_rotated.data() : m_scaled.data();
    view.bgrStride = m_outWidth * 3;
    view.gray = m_gray.data();
    view.grayStride = m_outWidth;
    return true;
}

void AnalysisVideoScaler::rotateInto(std::vector<std::uint8_t>& out)
{
    const int sw = m_scaledWidth;
    const int sh = m_scaledHeight;
    const int ow = m_outWidth;
    for (int y = 0; y < sh; ++y) {
        const std::uint8_t* src = m_scaled.data() + static_cast<std::size_t>(y) * sw * 3;
        for (int x = 0; x < sw; ++x) {
            int ox = x;
            int oy = y;
            if (m_rotation == 90) {  // clockwise: the left column becomes the top row
                ox = sh - 1 - y;
                oy = x;
            } else if (m_rotation == 180) {
                ox = sw - 1 - x;
                oy = sh - 1 - y;
            } else if (m_rotation == 270) {
                ox = y;
                oy = sw - 1 - x;
            }
            std::uint8_t* d = out.data() + (static_cast<std::size_t>(oy) * ow + ox) * 3;
            d[0] = src[x * 3];
            d[1] = src[x * 3 + 1];
            d[2] = src[x * 3 + 2];
        }
    }
}

void AnalysisVideoScaler::makeGray()
{
    const std::uint8_t* bgr = m_rotation != 0 ? m_rotated.data() : m_scaled.data();
    const std::size_t n = m_gray.size();
    for (std::size_t i = 0; i < n; ++i) {
        // BT.601 luma weights in 8.8 fixed point, as OpenCV's BGR2GRAY.
        const unsigned b = bgr[i * 3];
        const unsigned g = bgr[i * 3 + 1];
        const unsigned r = bgr[i * 3 + 2];
        m_gray[i] = static_cast<std::uint8_t>((b * 29u + g * 150u + r * 77u + 128u) >> 8);
    }
}

}  // namespace reelforge::adapters
