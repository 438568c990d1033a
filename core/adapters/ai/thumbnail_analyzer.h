#pragma once

#include "adapters/ai/face_detector.h"
#include "application/interfaces/i_analyzer.h"

#include <vector>

namespace reelforge::adapters {

// Thumbnail candidates: frames sampled across the file (one a second, at most about 100), each scored for
// sharpness (variance of the Laplacian), exposure (mid-tones, little clipping), not being
// black or flat, colourfulness, a clear salient subject (spectral residual saliency), a face
// of a useful size, and stillness (not mid-cut or mid-pan). The best few, spread over the
// file, are kept. Only scores are kept while the pass runs, never frames.
class ThumbnailAnalyzer final : public application::IAnalyzer {
public:
    QString name() const override { return QStringLiteral("thumbnails"); }
    int version() const override { return 1; }
    bool needsVideo() const override { return true; }
    bool needsAudio() const override { return false; }
    domain::Status begin(const application::DecodeStreams& streams) override;
    void onVideoFrame(const application::VideoFrameView& frame) override;
    domain::Status finish(domain::Analysis& into) override;

private:
    double score(const application::VideoFrameView& frame);

    FaceDetector m_faces;
    bool m_facesLoaded = false;
    domain::Micros m_step { 1000000 };
    domain::Micros m_next { 0 };
    domain::Micros m_duration { 0 };
    std::vector<std::uint8_t> m_previous;  // small gray copy of the frame before a sample
    std::vector<domain::ThumbnailCandidate> m_candidates;
    bool m_wantPrevious = false;
};

}  // namespace reelforge::adapters
