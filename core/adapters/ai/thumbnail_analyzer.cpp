#include "adapters/ai/thumbnail_analyzer.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace reelforge::adapters {

namespace {

constexpr int kMaxCandidates = 100;
constexpr int kKeep = 5;
const cv::Size kSmall(96, 54);  // for the stillness test

cv::Mat grayOf(const application::VideoFrameView& f)
{
    return cv::Mat(f.height, f.width, CV_8UC1, const_cast<std::uint8_t*>(f.gray),
        static_cast<std::size_t>(f.grayStride));
}

// Spectral residual saliency (Hou & Zhang 2007) on a 64x64 picture: the share of the frame
// that stands out. A clear subject covers a modest part of it; clutter or nothing do not.
double subjectScore(const cv::Mat& gray)
{
    cv::Mat small;
    cv::resize(gray, small, cv::Size(64, 64), 0, 0, cv::INTER_AREA);
    small.convertTo(small, CV_32F);
    cv::Mat planes[] = { small, cv::Mat::zeros(small.size(), CV_32F) };
    cv::Mat complex;
    cv::merge(planes, 2, complex);
    cv::dft(complex, complex);
    cv::split(complex, planes);
    cv::Mat magnitude;
    cv::Mat phase;
    cv::cartToPolar(planes[0], planes[1], magnitude, phase);
    cv::Mat logAmplitude;
    cv::log(magnitude + 1e-6f, logAmplitude);
    cv::Mat smooth;
    cv::blur(logAmplitude, smooth, cv::Size(3, 3));
    cv::Mat residual;
    cv::exp(logAmplitude - smooth, residual);
    cv::polarToCart(residual, phase, planes[0], planes[1]);
    cv::merge(planes, 2, complex);
    cv::dft(complex, complex, cv::DFT_INVERSE | cv::DFT_SCALE);
    cv::split(complex, planes);
    cv::Mat saliency;
    cv::magnitude(planes[0], planes[1], saliency);
    saliency = saliency.mul(saliency);
    cv::GaussianBlur(saliency, saliency, cv::Size(9, 9), 2.5);
    const double mean = cv::mean(saliency)[0];
    if (mean <= 0.0)
        return 0.0;
    const double share = static_cast<double>(cv::countNonZero(saliency > 3.0 * mean))
        / static_cast<double>(saliency.total());
    return share < 0.01 ? share / 0.01 : share > 0.4 ? std::max(0.0, 1.0 - (share - 0.4) / 0.4) : 1.0;
}

// Hasler & Suesstrunk's colourfulness, squashed to 0..1.
double colourScore(const cv::Mat& bgr)
{
    cv::Mat small;
    cv::resize(bgr, small, cv::Size(96, 54), 0, 0, cv::INTER_AREA);
    small.convertTo(small, CV_32FC3);
    std::vector<cv::Mat> c;
    cv::split(small, c);
    const cv::Mat rg = cv::abs(c[2] - c[1]);
    const cv::Mat yb = cv::abs(0.5 * (c[2] + c[1]) - c[0]);
    cv::Scalar mRg, sRg, mYb, sYb;
    cv::meanStdDev(rg, mRg, sRg);
    cv::meanStdDev(yb, mYb, sYb);
    const double colourfulness = std::hypot(sRg[0], sYb[0]) + 0.3 * std::hypot(mRg[0], mYb[0]);
    return std::min(1.0, colourfulness / 80.0);
}

}  // namespace

domain::Status ThumbnailAnalyzer::begin(const application::DecodeStreams& streams)
{
    m_duration = streams.duration;
    m_step = std::max(domain::Micros(1000000), streams.duration / kMaxCandidates);
    m_next = std::min(m_step / 2, domain::Micros(1000000));  // skip the very first frames (often black)
    // Faces raise a frame's score; without the model the other criteria still work.
    m_facesLoaded = static_cast<bool>(m_faces.load());
    return domain::ok();
}

void ThumbnailAnalyzer::onVideoFrame(const application::VideoFrameView& frame)
{
    const cv::Mat gray = grayOf(frame);
    if (frame.time + domain::Micros(100000) >= m_next && !m_wantPrevious && frame.time < m_next) {
        cv::Mat small(kSmall, CV_8UC1);
        cv::resize(gray, small, kSmall, 0, 0, cv::INTER_AREA);
        m_previous.assign(small.datastart, small.dataend);
        m_wantPrevious = true;
    }
    if (frame.time < m_next)
        return;
    m_candidates.push_back({ frame.time, score(frame) });
    m_next = frame.time + m_step;
    m_wantPrevious = false;
}

double ThumbnailAnalyzer::score(const application::VideoFrameView& frame)
{
    const cv::Mat gray = grayOf(frame);
    const cv::Mat bgr(frame.height, frame.width, CV_8UC3, const_cast<std::uint8_t*>(frame.bgr),
        static_cast<std::size_t>(frame.bgrStride));
    cv::Scalar mean, stddev;
    cv::meanStdDev(gray, mean, stddev);
    // Black, white or flat frames make no thumbnail, whatever else they have.
    if (mean[0] < 25.0 || mean[0] > 235.0 || stddev[0] < 12.0)
        return 0.02;
    cv::Mat laplacian;
    cv::Laplacian(gray, laplacian, CV_32F);
    cv::Scalar lm, ls;
    cv::meanStdDev(laplacian, lm, ls);
    const double sharpness = 1.0 - std::exp(-(ls[0] * ls[0]) / 400.0);
    const double clipped = static_cast<double>(cv::countNonZero(gray < 8) + cv::countNonZero(gray > 247))
        / static_cast<double>(gray.total());
    const double exposure
        = std::max(0.0, 1.0 - std::fabs(mean[0] - 120.0) / 120.0) * std::max(0.0, 1.0 - 2.0 * clipped);
    double stillness = 1.0;
    if (!m_previous.empty()) {
        cv::Mat small;
        cv::resize(gray, small, kSmall, 0, 0, cv::INTER_AREA);
        const cv::Mat previous(kSmall, CV_8UC1, m_previous.data());
        stillness = std::max(
            0.0, 1.0 - cv::norm(small, previous, cv::NORM_L1) / static_cast<double>(small.total()) / 30.0);
    }
    double face = 0.0;
    if (m_facesLoaded) {
        // A face big enough to matter on a thumbnail is found at half size, four times faster.
        cv::Mat half;
        cv::resize(gray, half, cv::Size(gray.cols / 2, gray.rows / 2), 0, 0, cv::INTER_AREA);
        for (const auto& f : m_faces.detect(half, std::max(16, half.cols / 16)))
            face = std::max(face, std::min(1.0, static_cast<double>(f.w) / half.cols / 0.15));
    }
    const double total = 0.25 * sharpness + 0.2 * exposure + 0.15 * colourScore(bgr)
        + 0.15 * subjectScore(gray) + 0.1 * stillness + 0.15 * face;
    return std::clamp(total, 0.0, 1.0);
}

domain::Status ThumbnailAnalyzer::finish(domain::Analysis& into)
{
    std::vector<domain::ThumbnailCandidate> sorted = m_candidates;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
    // Spread the picks: a creator choosing a thumbnail wants alternatives, not five frames of
    // the same shot.
    const domain::Micros spacing = std::max(domain::Micros(2000000), m_duration / (kKeep * 2));
    std::vector<domain::ThumbnailCandidate> picked;
    for (const auto& c : sorted) {
        if (static_cast<int>(picked.size()) == kKeep)
            break;
        const bool close = std::any_of(picked.begin(), picked.end(),
            [&](const auto& p) { return std::chrono::abs(p.time - c.time) < spacing; });
        if (!close)
            picked.push_back(c);
    }
    into.thumbnails = picked;
    return domain::ok();
}

}  // namespace reelforge::adapters
