#pragma once

#include "adapters/media/av_handles.h"
#include "application/interfaces/i_decode_pass.h"

#include <cstdint>
#include <vector>

namespace reelforge::adapters {

// Turns decoded frames of any size and pixel format into the one small BGR + gray picture
// every analyzer shares: scaled so the displayed width is at most maxWidth (display aspect
// kept, sample aspect applied), display rotation applied. The buffers are reused from frame
// to frame, so memory stays flat; a frame that changes size mid-stream is scaled to the size
// chosen for the first one.
class AnalysisVideoScaler {
public:
    // sourceWidth/Height: coded size; sar: sample aspect (0/1 when unknown); rotation:
    // clockwise quarter turns in degrees.
    AnalysisVideoScaler(
        int sourceWidth, int sourceHeight, int sarNum, int sarDen, int rotation, int maxWidth);

    int width() const { return m_outWidth; }
    int height() const { return m_outHeight; }
    int displayWidth() const { return m_displayWidth; }
    int displayHeight() const { return m_displayHeight; }

    // False when libswscale cannot convert this frame (an unknown pixel format).
    bool convert(const AVFrame& frame, application::VideoFrameView& view);

private:
    struct Plane {
        const std::uint8_t* data;
        int width;
        int height;
        int stride;
        int channels;
    };
    static void rotate(const Plane& src, int rotation, std::uint8_t* dst, int dstStride);

    int m_rotation = 0;
    int m_scaledWidth = 0;  // before rotation
    int m_scaledHeight = 0;
    int m_outWidth = 0;  // after rotation
    int m_outHeight = 0;
    int m_displayWidth = 0;
    int m_displayHeight = 0;
    // Two steps: the big frame is scaled down in its own YUV (cheap, planar), then the small
    // one is converted to BGR. Converting at full size first costs twice as much.
    SwsContext* m_sws = nullptr;  // owned by m_swsOwner; sws_getCachedContext reuses it
    SwsContextPtr m_swsOwner;
    SwsContextPtr m_toBgr;
    int m_yStride = 0;  // row strides of the buffers below, in bytes
    int m_cStride = 0;
    int m_bgrStride = 0;
    int m_outBgrStride = 0;
    int m_outGrayStride = 0;
    std::vector<std::uint8_t> m_yuv;  // scaled, yuv420p, before rotation
    std::vector<std::uint8_t> m_scaled;  // BGR before rotation
    std::vector<std::uint8_t> m_grayScaled;
    std::vector<std::uint8_t> m_rotated;
    std::vector<std::uint8_t> m_gray;
};

}  // namespace reelforge::adapters
