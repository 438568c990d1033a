#include "adapters/ai/face_analyzer.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace reelforge::adapters {

namespace {

constexpr domain::Micros kDetectEvery { 1000000 };
constexpr domain::Micros kReportEvery { 200000 };
constexpr double kMinMatch = 0.55;  // normalised correlation below which a track is lost
constexpr double kMinFaceFraction = 0.04;  // of the frame's width

cv::Mat grayOf(const application::VideoFrameView& f)
{
    return cv::Mat(f.height, f.width, CV_8UC1, const_cast<std::uint8_t*>(f.gray),
        static_cast<std::size_t>(f.grayStride));
}

}  // namespace

struct FaceAnalyzer::Track {
    cv::Rect box;
    cv::Mat templ;
    double confidence = 0.0;
};

FaceAnalyzer::FaceAnalyzer() = default;
FaceAnalyzer::~FaceAnalyzer() = default;

domain::Status FaceAnalyzer::begin(const application::DecodeStreams&)
{
    return m_detector.load();
}

void FaceAnalyzer::onVideoFrame(const application::VideoFrameView& frame)
{
    if (frame.time >= m_nextDetect || m_lostSinceDetect) {
        detect(frame);
        m_nextDetect = frame.time + kDetectEvery;
        m_lostSinceDetect = false;
    } else {
        track(frame);
    }
    if (frame.time >= m_nextReport) {
        report(frame);
        m_nextReport = frame.time + kReportEvery;
    }
}

void FaceAnalyzer::detect(const application::VideoFrameView& frame)
{
    const cv::Mat gray = grayOf(frame);
    const int minSize = std::max(16, static_cast<int>(frame.width * kMinFaceFraction));
    m_tracks.clear();
    for (const FaceDetector::Box& b : m_detector.detect(gray, minSize)) {
        const cv::Rect box = cv::Rect(b.x, b.y, b.w, b.h) & cv::Rect(0, 0, gray.cols, gray.rows);
        if (box.area() > 0)
            m_tracks.push_back({ box, gray(box).clone(), b.confidence });
    }
}

void FaceAnalyzer::track(const application::VideoFrameView& frame)
{
    if (m_tracks.empty())
        return;
    const cv::Mat gray = grayOf(frame);
    const cv::Rect bounds(0, 0, gray.cols, gray.rows);
    for (auto it = m_tracks.begin(); it != m_tracks.end();) {
        // Search around the last position, half a face in every direction.
        const cv::Rect area = cv::Rect(it->box.x - it->box.width / 2, it->box.y - it->box.height / 2,
                                  it->box.width * 2, it->box.height * 2)
            & bounds;
        if (area.width < it->templ.cols || area.height < it->templ.rows) {
            it = m_tracks.erase(it);
            m_lostSinceDetect = true;
            continue;
        }
        cv::Mat scores;
        cv::matchTemplate(gray(area), it->templ, scores, cv::TM_CCOEFF_NORMED);
        double best = 0.0;
        cv::Point at;
        cv::minMaxLoc(scores, nullptr, &best, nullptr, &at);
        if (best < kMinMatch) {
            it = m_tracks.erase(it);
            m_lostSinceDetect = true;
            continue;
        }
        it->box = cv::Rect(area.x + at.x, area.y + at.y, it->templ.cols, it->templ.rows);
        ++it;
    }
}

void FaceAnalyzer::report(const application::VideoFrameView& frame)
{
    domain::FaceSample sample { frame.time, {} };
    const double w = frame.width;
    const double h = frame.height;
    for (const Track& t : m_tracks)
        sample.boxes.push_back({ t.box.x / w, t.box.y / h, t.box.width / w, t.box.height / h, t.confidence });
    m_samples.push_back(std::move(sample));
}

domain::Status FaceAnalyzer::finish(domain::Analysis& into)
{
    into.faces = m_samples;
    return domain::ok();
}

}  // namespace reelforge::adapters
