#include "adapters/media/thumbnail_grabber.h"

#include "adapters/media/video_frame_reader.h"

#include <QBuffer>
#include <QImage>
#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/frame.h>
#include <libavutil/pixdesc.h>
#include <libswscale/swscale.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;
using std::chrono::microseconds;

namespace {

// Spread over the clip but clear of the very start and end, where fades and black are.
constexpr std::array<double, 6> kCandidateFractions { 0.10, 0.26, 0.42, 0.58, 0.74, 0.90 };
// Below this a clip has too few distinct moments to seek between: take frames from the start.
constexpr microseconds kShortClip { 2'000'000 };
constexpr int kShortClipFrames = 30;
constexpr int kShortClipStride = 5;
constexpr int kJpegQuality = 85;

// How representative a frame is: mid exposure, detail (luma spread) and edges (sharpness).
struct FrameScore {
    double mean = 0;
    double spread = 0;  // standard deviation of luma
    double edges = 0;  // mean absolute luma difference between neighbouring samples

    double value() const
    {
        // Black, white or flat frames (fades, title cards, lens cap) lose to anything with content.
        const bool unusable = mean < 24 || mean > 232 || spread < 6;
        const double exposure = std::clamp(1.0 - std::abs(mean - 118.0) / 118.0, 0.0, 1.0);
        const double detail = spread + 2.0 * edges;
        return detail * (0.3 + 0.7 * exposure) * (unusable ? 0.01 : 1.0);
    }
};

FrameScore score(const QImage& image)
{
    // A coarse grid is enough to judge exposure and detail, and keeps scoring cheap.
    const int step = std::max(1, std::min(image.width(), image.height()) / 120);
    const auto cols = static_cast<std::size_t>(image.width() / step);
    const auto rows = static_cast<std::size_t>(image.height() / step);
    std::vector<int> luma;
    luma.reserve(cols * rows);
    for (std::size_t y = 0; y < rows; ++y) {
        const uchar* line = image.constScanLine(int(y) * step);
        for (std::size_t x = 0; x < cols; ++x) {
            const uchar* px = line + std::ptrdiff_t(3) * std::ptrdiff_t(x) * step;
            luma.push_back((77 * px[0] + 150 * px[1] + 29 * px[2]) >> 8);  // BT.601 weights
        }
    }
    FrameScore s;
    if (luma.empty())
        return s;
    const auto at = [&](std::size_t x, std::size_t y) { return luma[y * cols + x]; };
    double sum = 0;
    double sumSquares = 0;
    double edgeSum = 0;
    for (std::size_t y = 0; y < rows; ++y) {
        for (std::size_t x = 0; x < cols; ++x) {
            const int v = at(x, y);
            sum += v;
            sumSquares += double(v) * v;
            if (x + 1 < cols)
                edgeSum += std::abs(v - at(x + 1, y));
            if (y + 1 < rows)
                edgeSum += std::abs(v - at(x, y + 1));
        }
    }
    const auto n = static_cast<double>(luma.size());
    s.mean = sum / n;
    s.spread = std::sqrt(std::max(0.0, sumSquares / n - s.mean * s.mean));
    s.edges = edgeSum / n;
    return s;
}

// The scaled size (before rotation) that makes the displayed thumbnail at most maxWidth wide,
// honouring non-square pixels. Never upscales.
QSize targetSize(const AVFrame& frame, int rotation, int maxWidth)
{
    double width = frame.width;
    const double height = frame.height;
    if (frame.sample_aspect_ratio.num > 0 && frame.sample_aspect_ratio.den > 0)
        width *= av_q2d(frame.sample_aspect_ratio);
    const bool quarterTurn = rotation % 180 != 0;
    const double displayedWidth = quarterTurn ? height : width;
    const double scale = std::min(1.0, maxWidth / displayedWidth);
    QSize size(std::max(1, int(std::lround(width * scale))), std::max(1, int(std::lround(height * scale))));
    if (quarterTurn)
        size.setHeight(std::min(size.height(), maxWidth));
    else
        size.setWidth(std::min(size.width(), maxWidth));
    return size;
}

bool isFullRange(const AVFrame& frame)
{
    switch (frame.format) {
    case AV_PIX_FMT_YUVJ420P:
    case AV_PIX_FMT_YUVJ422P:
    case AV_PIX_FMT_YUVJ444P:
    case AV_PIX_FMT_YUVJ440P:
    case AV_PIX_FMT_YUVJ411P:
        return true;
    default:
        return frame.color_range == AVCOL_RANGE_JPEG;
    }
}

// Converts a decoded frame to RGB at `size`, reusing the scaler while the input is unchanged.
domain::Result<QImage> toImage(const AVFrame& frame, QSize size, SwsContextPtr& scaler)
{
    const auto format = static_cast<AVPixelFormat>(frame.format);
    scaler.reset(sws_getCachedContext(scaler.release(), frame.width, frame.height, format, size.width(),
        size.height(), AV_PIX_FMT_RGB24, SWS_BICUBIC, nullptr, nullptr, nullptr));
    if (!scaler)
        return domain::fail(ErrorCode::UnsupportedMedia, QStringLiteral("cannot convert this pixel format"),
            QString::fromUtf8(av_get_pix_fmt_name(format)));
    // Without this swscale assumes BT.601 limited range, which shifts HD colours.
    const int space = frame.colorspace <= AVCOL_SPC_BT2020_CL ? int(frame.colorspace) : SWS_CS_DEFAULT;
    sws_setColorspaceDetails(scaler.get(), sws_getCoefficients(space), isFullRange(frame) ? 1 : 0,
        sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);

    QImage image(size, QImage::Format_RGB888);
    if (image.isNull())
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    std::array<std::uint8_t*, 4> planes { image.bits(), nullptr, nullptr, nullptr };
    std::array<int, 4> strides { int(image.bytesPerLine()), 0, 0, 0 };
    sws_scale(scaler.get(), static_cast<const std::uint8_t* const*>(frame.data),
        static_cast<const int*>(frame.linesize), 0, frame.height, planes.data(), strides.data());
    return image;
}

QImage rotated(const QImage& image, int rotation)
{
    if (rotation == 0)
        return image;
    // QTransform turns clockwise for positive angles (y points down), as the domain means.
    return image.transformed(QTransform().rotate(rotation));
}

struct Candidate {
    QImage image;
    double score = -1;
};

class CandidatePicker {
public:
    CandidatePicker(int rotation, int maxWidth)
        : m_rotation(rotation)
        , m_maxWidth(maxWidth)
    {
    }

    domain::Status consider(const AVFrame& frame)
    {
        auto image = toImage(frame, targetSize(frame, m_rotation, m_maxWidth), m_scaler);
        if (!image)
            return tl::unexpected(image.error());
        const double value = score(*image).value();
        if (value > m_best.score)
            m_best = { std::move(*image), value };
        return domain::ok();
    }

    bool empty() const { return m_best.image.isNull(); }

    QImage best() const { return rotated(m_best.image, m_rotation); }

private:
    int m_rotation;
    int m_maxWidth;
    SwsContextPtr m_scaler;
    Candidate m_best;
};

domain::Status pickFromStart(VideoFrameReader& reader, CandidatePicker& picker)
{
    auto frame = reader.frameAt(microseconds(0));  // rewinds if an earlier pass reached the end
    for (int i = 0; i < kShortClipFrames && frame && *frame; ++i) {
        if (i % kShortClipStride == 0) {
            if (auto status = picker.consider(**frame); !status)
                return status;
        }
        frame = reader.next();
    }
    if (!frame)
        return tl::unexpected(frame.error());
    return domain::ok();
}

domain::Status pickSpread(VideoFrameReader& reader, microseconds duration, CandidatePicker& picker)
{
    for (double fraction : kCandidateFractions) {
        const microseconds at(std::llround(double(duration.count()) * fraction));
        auto frame = reader.frameAt(at);
        if (!frame)
            return tl::unexpected(frame.error());
        if (!*frame)
            continue;  // the video ends before the container does (e.g. longer audio)
        if (auto status = picker.consider(**frame); !status)
            return status;
    }
    if (picker.empty())  // every position was past the end of the video: take its start
        return pickFromStart(reader, picker);
    return domain::ok();
}

domain::Result<QByteArray> toJpeg(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "JPG", kJpegQuality))
        return domain::fail(
            ErrorCode::Internal, QStringLiteral("JPEG encoding failed (is the Qt jpeg plugin installed?)"));
    return bytes;
}

domain::Status checkWidth(int maxWidth)
{
    if (maxWidth <= 0)
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("thumbnail width must be positive"),
            QString::number(maxWidth));
    return domain::ok();
}

}  // namespace

domain::Result<QByteArray> FfmpegThumbnailGrabber::grabAt(
    const QString& path, const domain::MediaInfo& info, microseconds at, int maxWidth) const
{
    if (auto s = checkWidth(maxWidth); !s)
        return tl::unexpected(s.error());
    const domain::VideoStream* video = info.primaryVideo();
    if (!video)
        return domain::fail(ErrorCode::UnsupportedMedia, QStringLiteral("no video stream"), path);
    auto reader = VideoFrameReader::open(path, video->index);
    if (!reader)
        return tl::unexpected(reader.error());
    auto frame = reader->frameAt(std::max(at, microseconds(0)));
    if (!frame)
        return tl::unexpected(frame.error());
    if (!*frame)
        return domain::fail(ErrorCode::NotFound, QStringLiteral("the video ends before this time"),
            QString::number(double(at.count()) / 1e6, 'f', 3));
    SwsContextPtr scaler;
    auto image = toImage(**frame, targetSize(**frame, video->rotation, maxWidth), scaler);
    if (!image)
        return tl::unexpected(image.error());
    return toJpeg(rotated(*image, video->rotation));
}

domain::Result<QByteArray> FfmpegThumbnailGrabber::grab(
    const QString& path, const domain::MediaInfo& info, int maxWidth) const
{
    if (auto s = checkWidth(maxWidth); !s)
        return tl::unexpected(s.error());
    const domain::VideoStream* video = info.primaryVideo();
    if (!video)
        return domain::fail(ErrorCode::UnsupportedMedia, QStringLiteral("no video stream"), path);

    auto reader = VideoFrameReader::open(path, video->index);
    if (!reader)
        return tl::unexpected(reader.error());

    CandidatePicker picker(video->rotation, maxWidth);
    const domain::Status picked = info.duration < kShortClip ? pickFromStart(*reader, picker)
                                                             : pickSpread(*reader, info.duration, picker);
    if (!picked)
        return tl::unexpected(picked.error());
    if (picker.empty())
        return domain::fail(
            ErrorCode::MediaUnreadable, QStringLiteral("no video frame could be decoded"), path);
    return toJpeg(picker.best());
}

}  // namespace reelforge::adapters
