#pragma once

#include "adapters/ai/face_detector.h"
#include "application/interfaces/i_analyzer.h"

#include <memory>
#include <vector>

namespace reelforge::adapters {

// Faces over time: detected with FaceDetector on frames sampled every second (and right
// after a face is lost), followed between detections by template matching on every frame,
// and reported every 200 ms as boxes in fractions of the frame. Detection is the costly part
// (tens of ms a frame), tracking costs well under a millisecond.
class FaceAnalyzer final : public application::IAnalyzer {
public:
    FaceAnalyzer();
    ~FaceAnalyzer() override;

    QString name() const override { return QStringLiteral("faces"); }
    int version() const override { return 1; }
    bool needsVideo() const override { return true; }
    bool needsAudio() const override { return false; }
    domain::Status begin(const application::DecodeStreams& streams) override;
    void onVideoFrame(const application::VideoFrameView& frame) override;
    domain::Status finish(domain::Analysis& into) override;

private:
    struct Track;
    void detect(const application::VideoFrameView& frame);
    void track(const application::VideoFrameView& frame);
    void report(const application::VideoFrameView& frame);

    FaceDetector m_detector;
    std::vector<Track> m_tracks;
    std::vector<domain::FaceSample> m_samples;
    domain::Micros m_nextDetect { 0 };
    domain::Micros m_nextReport { 0 };
    bool m_lostSinceDetect = false;
};

}  // namespace reelforge::adapters
