#pragma once

#include "adapters/ai/scene_features.h"
#include "application/interfaces/i_analyzer.h"

#include <deque>
#include <optional>
#include <vector>

namespace reelforge::adapters {

// Shot boundaries, frame-exact.
//
// Hard cuts: PySceneDetect's adaptive detector. Each frame's content score (mean change of
// hue, saturation, value and edges from the previous frame) is compared with the scores of
// the two frames either side; a cut is a score well above its neighbours' (so steady fast
// motion, whose neighbours score as high, is not one). A candidate is dropped when the
// picture comes back within a few frames: that was a flash, not a new shot.
//
// Fades and dissolves: a span whose frames are blends of the frame before it and the frame
// after it (fitted per frame on tiny thumbnails), with stable pictures on both sides and no
// single jump inside. A fade through black is two such spans side by side and is reported
// once. Reported at the middle of the span, with the span.
//
// Frames are processed a few frames late (the look-ahead), with a buffer of about three
// seconds of thumbnails: memory does not grow with the duration.
class SceneDetector final : public application::IAnalyzer {
public:
    QString name() const override { return QStringLiteral("scenes"); }
    int version() const override { return 1; }
    bool needsVideo() const override { return true; }
    bool needsAudio() const override { return false; }
    domain::Status begin(const application::DecodeStreams& streams) override;
    void onVideoFrame(const application::VideoFrameView& frame) override;
    domain::Status finish(domain::Analysis& into) override;

private:
    struct Entry {
        SceneFrame frame;
        double score = 0.0;  // content distance from the previous frame
        double thumbStep = 0.0;  // thumb distance from the previous frame
    };
    struct Fade {
        std::int64_t start = 0;  // last frame of the old shot
        std::int64_t end = 0;  // first frame of the new shot
        domain::Micros startTime { 0 };
        domain::Micros endTime { 0 };
        double score = 0.0;
    };

    const Entry* at(std::int64_t index) const;
    void decideCut(std::int64_t j, bool flushing);
    bool isTransient(std::int64_t j, double score) const;  // a flash or a gradual change
    void searchFade(std::int64_t e);
    std::optional<Fade> fitBlend(std::int64_t a, std::int64_t e) const;
    void addFade(const Fade& fade);
    void emitFade(const Fade& fade);
    bool cutWithin(std::int64_t from, std::int64_t to) const;
    void mergeFadesAroundCuts();

    std::deque<Entry> m_frames;
    std::vector<int> m_fadeLengths;
    std::size_t m_keep = 90;
    int m_minSceneFrames = 6;
    std::int64_t m_lastCut = -1000;
    std::int64_t m_nextCut = 1;  // next frame to decide about
    std::int64_t m_nextFadeEnd = 0;
    std::optional<Fade> m_pendingFade;
    std::vector<std::int64_t> m_cutFrames;
    std::vector<domain::SceneChange> m_changes;
};

}  // namespace reelforge::adapters
