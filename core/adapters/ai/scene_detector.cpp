#include "adapters/ai/scene_detector.h"

#include <algorithm>
#include <cmath>

namespace reelforge::adapters {

namespace {

constexpr int kLookAhead = 4;  // frames after a candidate cut that must be decoded first
constexpr int kNeighbours = 2;  // frames either side for the adaptive ratio
constexpr double kAdaptiveRatio = 3.0;  // PySceneDetect's default
constexpr double kMinContent = 12.0;  // below this no change is a cut, however sudden
constexpr double kFlashReturn = 0.5;  // the picture "came back" when this close, relative
constexpr double kGradualGrowth = 1.25;  // a change that grows this much more is a transition
constexpr int kFadeSettle = 2;  // stable frames needed after a fade
constexpr double kFadeMinDelta = 14.0;  // thumbs must differ this much across a fade
constexpr double kFadeMaxResidual = 0.22;
constexpr double kFadeStable = 0.2;  // motion allowed either side, relative to the change

}  // namespace

domain::Status SceneDetector::begin(const application::DecodeStreams& streams)
{
    const double fps
        = streams.frameRate.isValid() ? std::clamp(streams.frameRate.toDouble(), 5.0, 120.0) : 25.0;
    m_minSceneFrames = std::max(2, static_cast<int>(std::lround(fps * 0.25)));
    // Candidate fade lengths from 0.25 s to 2.5 s, about 25% apart.
    m_fadeLengths.clear();
    for (double s = 0.25; s <= 2.5; s *= 1.25) {
        const int frames = std::max(4, static_cast<int>(std::lround(s * fps)));
        if (m_fadeLengths.empty() || frames > m_fadeLengths.back())
            m_fadeLengths.push_back(frames);
    }
    m_keep = static_cast<std::size_t>(m_fadeLengths.back() + kFadeSettle + 8);
    return domain::ok();
}

const SceneDetector::Entry* SceneDetector::at(std::int64_t index) const
{
    if (m_frames.empty() || index < m_frames.front().frame.index || index > m_frames.back().frame.index)
        return nullptr;
    return &m_frames[static_cast<std::size_t>(index - m_frames.front().frame.index)];
}

void SceneDetector::onVideoFrame(const application::VideoFrameView& view)
{
    Entry e { SceneFrame::from(view), 0.0, 0.0 };
    if (!m_frames.empty()) {
        e.score = contentDistance(m_frames.back().frame, e.frame);
        e.thumbStep = thumbDistance(m_frames.back().frame.thumb, e.frame.thumb);
    } else {
        m_nextCut = e.frame.index + 1;
        m_nextFadeEnd = e.frame.index;
    }
    m_frames.push_back(std::move(e));
    const std::int64_t newest = m_frames.back().frame.index;
    while (m_nextCut <= newest - kLookAhead)
        decideCut(m_nextCut++, false);
    while (m_nextFadeEnd <= newest - kFadeSettle)
        searchFade(m_nextFadeEnd++);
    while (m_frames.size() > m_keep)
        m_frames.pop_front();
    // Only the newest frames need full-size planes (cut decisions look a few frames around).
    if (m_frames.size() > 2 * kLookAhead + 2) {
        Entry& old = m_frames[m_frames.size() - 2 * kLookAhead - 3];
        old.frame.hsv.release();
        old.frame.edges.release();
    }
}

bool SceneDetector::isTransient(std::int64_t j, double score) const
{
    const Entry* before = at(j - 1);
    const Entry* now = at(j);
    if (!before || !now || before->frame.hsv.empty())
        return false;
    const auto distance = [](const Entry* a, const Entry* b) {
        return a && b && !a->frame.hsv.empty() && !b->frame.hsv.empty() ? contentDistance(a->frame, b->frame)
                                                                        : -1.0;
    };
    for (int k = 1; k <= kLookAhead; ++k) {
        // A flash: the picture comes back after it (j starts the flash) or was there before
        // it (j ends the flash).
        const double back = distance(before, at(j + k));
        const double earlier = distance(at(j - 1 - k), now);
        if ((back >= 0.0 && back < kFlashReturn * score)
            || (earlier >= 0.0 && earlier < kFlashReturn * score))
            return true;
    }
    // A gradual transition: the change keeps growing over the next frames (its first step) or
    // has been growing over the last ones (its last step). At a cut it is all there at once.
    const double ahead = distance(before, at(j + kLookAhead));
    const double behind = distance(at(j - 1 - kLookAhead), now);
    return ahead > kGradualGrowth * score || behind > kGradualGrowth * score;
}

void SceneDetector::decideCut(std::int64_t j, bool flushing)
{
    const Entry* e = at(j);
    if (!e || e->score < kMinContent || j - m_lastCut < m_minSceneFrames)
        return;
    double sum = 0.0;
    int count = 0;
    for (int k = -kNeighbours; k <= kNeighbours; ++k) {
        const Entry* n = k == 0 || j + k < 1 ? nullptr : at(j + k);  // frame 0 has no score
        if (n) {
            sum += n->score;
            ++count;
        }
    }
    const double neighbours = count > 0 ? std::max(1.0, sum / count) : 1.0;
    const double ratio = e->score / neighbours;
    // Flushing at the end, the look-ahead is shorter: isFlash() uses what there is.
    (void)flushing;
    if (ratio < kAdaptiveRatio || isTransient(j, e->score))
        return;
    m_lastCut = j;
    m_cutFrames.push_back(j);
    m_changes.push_back({ e->frame.time, j, domain::SceneKind::Cut, ratio / kAdaptiveRatio,
        { e->frame.time, e->frame.time } });
}

bool SceneDetector::cutWithin(std::int64_t from, std::int64_t to) const
{
    for (auto it = m_cutFrames.rbegin(); it != m_cutFrames.rend(); ++it) {
        if (*it <= to && *it > from)
            return true;
        if (*it <= from)
            break;
    }
    return false;
}

std::optional<SceneDetector::Fade> SceneDetector::fitBlend(std::int64_t a, std::int64_t e) const
{
    const Entry* first = at(a);
    const Entry* last = at(e);
    const Entry* before = at(a - kFadeSettle);
    const Entry* after = at(e + kFadeSettle);
    if (!first || !last || !before || !after)
        return std::nullopt;
    const double delta = thumbDistance(first->frame.thumb, last->frame.thumb);
    if (delta < kFadeMinDelta)
        return std::nullopt;
    if (thumbDistance(before->frame.thumb, first->frame.thumb) > kFadeStable * delta
        || thumbDistance(last->frame.thumb, after->frame.thumb) > kFadeStable * delta)
        return std::nullopt;
    // A jump inside is a cut with motion around it, not a gradual change.
    for (std::int64_t k = a + 1; k <= e; ++k) {
        if (at(k)->thumbStep > 0.5 * delta)
            return std::nullopt;
    }
    const cv::Mat direction = last->frame.thumb - first->frame.thumb;
    const double norm2 = direction.dot(direction);
    const double norm1 = cv::norm(direction, cv::NORM_L1);
    if (norm2 <= 0.0 || norm1 <= 0.0)
        return std::nullopt;
    double residual = 0.0;
    double previous = 0.0;
    std::int64_t start = a;
    std::int64_t end = e;
    bool started = false;
    bool ended = false;
    for (std::int64_t k = a + 1; k < e; ++k) {
        const cv::Mat offset = at(k)->frame.thumb - first->frame.thumb;
        const double alpha = offset.dot(direction) / norm2;
        residual += cv::norm(offset - alpha * direction, cv::NORM_L1) / norm1;
        if (alpha < previous - 0.12)
            return std::nullopt;  // a blend only moves one way
        previous = std::max(previous, alpha);
        if (!started && alpha > 0.08) {
            start = k - 1;
            started = true;
        }
        if (!ended && alpha >= 0.92) {
            end = k;
            ended = true;
        }
    }
    residual /= static_cast<double>(std::max<std::int64_t>(1, e - a - 1));
    // Inside a dissolve the picture changes faster than in the shots either side of it; a
    // zoom or slow drift changes at the same pace throughout.
    double outside = 0.0;
    for (int k = 1; k <= kFadeSettle; ++k)
        outside = std::max({ outside, at(a - k + 1)->thumbStep, at(e + k)->thumbStep });
    const double inside = delta / static_cast<double>(std::max<std::int64_t>(1, end - start));
    if (inside < 2.0 * outside)
        return std::nullopt;
    // The window must reach into still pictures on both sides: a steady zoom or pan is a
    // "blend" across any window, but never one with flat ends.
    if (residual > kFadeMaxResidual || end - start < 3 || start < a + kFadeSettle || end > e - kFadeSettle)
        return std::nullopt;
    return Fade { start, end, at(start)->frame.time, at(end)->frame.time,
        delta / kFadeMinDelta * (1.0 - residual) };
}

void SceneDetector::searchFade(std::int64_t e)
{
    std::optional<Fade> best;
    for (int length : m_fadeLengths) {
        const std::int64_t a = e - length;
        if (cutWithin(a - kFadeSettle, e + kFadeSettle))
            continue;
        if (auto fade = fitBlend(a, e); fade && (!best || fade->score > best->score))
            best = fade;
    }
    if (best)
        addFade(*best);
}

void SceneDetector::addFade(const Fade& fade)
{
    // Candidates of one transition overlap; a fade through black is two that touch.
    if (m_pendingFade && fade.start <= m_pendingFade->end + 2) {
        if (fade.start < m_pendingFade->start) {
            m_pendingFade->start = fade.start;
            m_pendingFade->startTime = fade.startTime;
        }
        if (fade.end > m_pendingFade->end) {
            m_pendingFade->end = fade.end;
            m_pendingFade->endTime = fade.endTime;
        }
        m_pendingFade->score = std::max(m_pendingFade->score, fade.score);
        return;
    }
    if (m_pendingFade)
        emitFade(*m_pendingFade);
    m_pendingFade = fade;
}

void SceneDetector::emitFade(const Fade& fade)
{
    if (cutWithin(fade.start, fade.end))
        return;
    const std::int64_t middle = (fade.start + fade.end + 1) / 2;
    const domain::Micros middleTime = fade.startTime
        + (fade.endTime - fade.startTime) * (middle - fade.start)
            / std::max<std::int64_t>(1, fade.end - fade.start);
    m_changes.push_back(
        { middleTime, middle, domain::SceneKind::Fade, fade.score, { fade.startTime, fade.endTime } });
}

void SceneDetector::mergeFadesAroundCuts()
{
    // A fade through black whose darkest point is a sudden step reads as fade, cut, fade:
    // one transition for the creator.
    std::vector<domain::SceneChange> out;
    for (std::size_t i = 0; i < m_changes.size(); ++i) {
        const bool pattern = i + 2 < m_changes.size() && m_changes[i].kind == domain::SceneKind::Fade
            && m_changes[i + 1].kind == domain::SceneKind::Cut
            && m_changes[i + 2].kind == domain::SceneKind::Fade
            && m_changes[i + 1].time - m_changes[i].span.end <= domain::Micros(200000)
            && m_changes[i + 2].span.start - m_changes[i + 1].time <= domain::Micros(200000);
        if (!pattern) {
            const domain::SceneChange& c = m_changes[i];
            const bool touchesLastFade = !out.empty() && out.back().kind == domain::SceneKind::Fade
                && c.kind == domain::SceneKind::Fade
                && c.span.start - out.back().span.end <= domain::Micros(200000);
            if (touchesLastFade) {
                out.back().span.end = c.span.end;
                out.back().score = std::max(out.back().score, c.score);
                out.back().frame = (out.back().frame + c.frame) / 2;
                out.back().time = (out.back().time + c.time) / 2;
            } else {
                out.push_back(c);
            }
            continue;
        }
        domain::SceneChange merged = m_changes[i + 1];
        merged.kind = domain::SceneKind::Fade;
        merged.span = { m_changes[i].span.start, m_changes[i + 2].span.end };
        merged.score = std::max(m_changes[i].score, m_changes[i + 2].score);
        out.push_back(merged);
        i += 2;
    }
    m_changes = std::move(out);
}

domain::Status SceneDetector::finish(domain::Analysis& into)
{
    if (!m_frames.empty()) {
        const std::int64_t newest = m_frames.back().frame.index;
        while (m_nextCut <= newest)
            decideCut(m_nextCut++, true);
        while (m_nextFadeEnd <= newest)
            searchFade(m_nextFadeEnd++);
    }
    if (m_pendingFade)
        emitFade(*m_pendingFade);
    m_pendingFade.reset();
    std::sort(m_changes.begin(), m_changes.end(),
        [](const domain::SceneChange& a, const domain::SceneChange& b) { return a.frame < b.frame; });
    mergeFadesAroundCuts();
    into.scenes = m_changes;
    return domain::ok();
}

}  // namespace reelforge::adapters
