#include "adapters/media/decode_pass.h"

#include "adapters/media/analysis_audio_resampler.h"
#include "adapters/media/analysis_video_scaler.h"
#include "adapters/media/av_input.h"
#include "adapters/media/decode_stream.h"
#include "adapters/media/media_checks.h"
#include "adapters/media/media_description.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <thread>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

namespace reelforge::adapters {

using application::DecodeSummary;
using domain::ErrorCode;
using domain::Micros;

namespace {

// One run of the pass: the open file, its decoders and where they are.
class Pass {
public:
    Pass(const application::DecodeRequest& request, application::IDecodeSink& sink,
        application::CancellationToken& cancel, const application::IDecodePass::ProgressFn& progress)
        : m_request(request)
        , m_sink(sink)
        , m_cancel(cancel)
        , m_progress(progress)
    {
    }

    domain::Result<DecodeSummary> run();

private:
    domain::Status open();
    void openVideo();
    void openAudio();
    domain::Status streamFailed(DecodeStream& s, const domain::Error& error);
    void noteFailure(bool video, int index, const domain::Error& error);
    application::DecodeStreams streams() const;
    domain::Status decode(DecodeStream& s, const AVPacket* packet);
    bool waitWhilePaused();
    void onVideoFrame(AVFrame& frame);
    void onAudioFrame(AVFrame& frame);
    Micros timeOf(const DecodeStream& s, std::int64_t ts) const;
    void reportProgress(Micros at);
    void summarise();

    const application::DecodeRequest& m_request;
    application::IDecodeSink& m_sink;
    application::CancellationToken& m_cancel;
    const application::IDecodePass::ProgressFn& m_progress;

    MediaInput m_input;
    DecodeStream m_video;
    DecodeStream m_audio;
    FramePtr m_frame;
    PacketPtr m_packet;
    std::optional<AnalysisVideoScaler> m_scaler;
    std::unique_ptr<AnalysisAudioResampler> m_resampler;
    Micros m_origin { 0 };
    Micros m_duration { 0 };
    std::int64_t m_lastVideoTs = AV_NOPTS_VALUE;
    std::int64_t m_frameDuration = 1;
    double m_lastFraction = -1.0;
    std::vector<application::StreamFailure> m_openFailures;
    std::optional<domain::Error> m_lastFailure;  // named, for when no stream is left
    bool m_sinkBegun = false;
    DecodeSummary m_summary;
};

// A stream that cannot be decoded costs its analyzers, not the analysis: it is recorded and
// left out, unless nothing requested is left, when it is the error.
void Pass::noteFailure(bool video, int index, const domain::Error& error)
{
    const QString kind = video ? QStringLiteral("video") : QStringLiteral("audio");
    const QString file = QFileInfo(m_request.path).fileName();
    const application::StreamFailure failure { video,
        QStringLiteral("%1 stream %2 of %3 cannot be decoded: %4")
            .arg(kind)
            .arg(index)
            .arg(file, error.toString()) };
    if (m_sinkBegun)
        m_summary.failures.push_back(failure);
    else
        m_openFailures.push_back(failure);
    m_lastFailure = domain::Error { error.code,
        QStringLiteral("%1 stream %2 cannot be decoded: %3").arg(kind).arg(index).arg(error.toString()),
        m_request.path };
}

domain::Status Pass::streamFailed(DecodeStream& s, const domain::Error& error)
{
    s.markFailed();
    m_input.format->streams[s.index()]->discard = AVDISCARD_ALL;
    noteFailure(&s == &m_video, s.index(), error);
    if (!m_video.isActive() && !m_audio.isActive())
        return tl::unexpected(*m_lastFailure);
    return domain::ok();
}

domain::Status Pass::open()
{
    auto input = openMediaInput(m_request.path);
    if (!input)
        return tl::unexpected(input.error());
    m_input = std::move(*input);
    if (domain::Status s = checkIsMediaFromTheStart(m_input, m_request.path); !s)
        return s;
    AVFormatContext* fmt = m_input.format.get();
    m_origin = Micros(fmt->start_time != AV_NOPTS_VALUE ? fmt->start_time : 0);
    m_duration = Micros(fmt->duration > 0 ? fmt->duration : 0);
    if (m_request.video)
        openVideo();
    if (m_request.audio)
        openAudio();
    if (!m_video.isActive() && !m_audio.isActive()) {
        if (m_lastFailure)
            return tl::unexpected(*m_lastFailure);
        return domain::fail(ErrorCode::UnsupportedMedia,
            QStringLiteral("no audio or video stream to analyse"), m_request.path);
    }
    for (unsigned i = 0; i < fmt->nb_streams; ++i) {
        const auto fed
            = [&](const DecodeStream& s) { return s.isActive() && static_cast<int>(i) == s.index(); };
        if (!fed(m_video) && !fed(m_audio))
            fmt->streams[i]->discard = AVDISCARD_ALL;
    }
    m_frame = makeFrame();
    m_packet = makePacket();
    if (!m_frame || !m_packet)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    return domain::ok();
}

void Pass::openVideo()
{
    AVFormatContext* fmt = m_input.format.get();
    // Cover art (an attached picture) is not video to analyse.
    const auto isVideo = [&](int i) {
        const AVStream& st = *fmt->streams[i];
        return st.codecpar->codec_type == AVMEDIA_TYPE_VIDEO
            && !(st.disposition & AV_DISPOSITION_ATTACHED_PIC);
    };
    int index = av_find_best_stream(fmt, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    for (int i = 0; (index < 0 || !isVideo(index)) && i < static_cast<int>(fmt->nb_streams); ++i)
        index = isVideo(i) ? i : -1;
    if (index < 0 || !isVideo(index))
        return;
    const AVStream& st = *fmt->streams[index];
    if (domain::Status s = m_video.open(index, st); !s) {
        noteFailure(true, index, s.error());
        return;
    }
    const AVCodecParameters& par = *st.codecpar;
    const AVRational sar = st.sample_aspect_ratio.num > 0 ? st.sample_aspect_ratio : par.sample_aspect_ratio;
    m_scaler.emplace(par.width, par.height, sar.num, sar.den, displayRotation(st), m_request.maxWidth);
    const AVRational rate = st.avg_frame_rate.num > 0 ? st.avg_frame_rate : st.r_frame_rate;
    if (rate.num > 0 && rate.den > 0)
        m_frameDuration = std::max<std::int64_t>(1, av_rescale_q(1, av_inv_q(rate), st.time_base));
}

void Pass::openAudio()
{
    AVFormatContext* fmt = m_input.format.get();
    int index = av_find_best_stream(fmt, AVMEDIA_TYPE_AUDIO, -1, -1, nullptr, 0);
    // av_find_best_stream passes over audio whose rate or channels are unknown. Such a stream
    // is still there: trying it lets its analyzers say why they did not run.
    for (unsigned i = 0; index < 0 && i < fmt->nb_streams; ++i)
        index = fmt->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO ? static_cast<int>(i) : -1;
    if (index < 0)
        return;
    if (domain::Status s = m_audio.open(index, *fmt->streams[index]); !s) {
        noteFailure(false, index, s.error());
        return;
    }
    m_resampler = std::make_unique<AnalysisAudioResampler>(
        m_request.sampleRate, [this](const application::AudioBlockView& block) { m_sink.onAudio(block); });
    const AVCodecContext& ctx = *m_audio.decoder();
    if (!m_resampler->open(ctx.ch_layout, ctx.sample_rate, ctx.sample_fmt)) {
        m_audio.markFailed();
        noteFailure(false, index,
            { ErrorCode::UnsupportedMedia, QStringLiteral("cannot convert this audio"),
                QString::fromUtf8(av_get_sample_fmt_name(ctx.sample_fmt)) });
    }
}

application::DecodeStreams Pass::streams() const
{
    application::DecodeStreams s;
    s.duration = m_duration;
    s.failures = m_openFailures;
    if (m_video.isActive()) {
        s.hasVideo = true;
        s.width = m_scaler->width();
        s.height = m_scaler->height();
        s.sourceWidth = m_scaler->displayWidth();
        s.sourceHeight = m_scaler->displayHeight();
        const AVStream& st = m_video.stream();
        const AVRational rate = st.avg_frame_rate.num > 0 ? st.avg_frame_rate : st.r_frame_rate;
        s.frameRate = { rate.num, rate.den > 0 ? rate.den : 1 };
    }
    if (m_audio.isActive()) {
        s.hasAudio = true;
        s.sampleRate = m_request.sampleRate;
        s.channels = m_resampler->channels();
        s.channelRoles = m_resampler->roles();
    }
    return s;
}

Micros Pass::timeOf(const DecodeStream& s, std::int64_t ts) const
{
    return Micros(av_rescale_q(ts, s.stream().time_base, av_get_time_base_q())) - m_origin;
}

void Pass::reportProgress(Micros at)
{
    if (!m_progress || m_duration.count() <= 0)
        return;
    const double fraction
        = std::clamp(static_cast<double>(at.count()) / static_cast<double>(m_duration.count()), 0.0, 1.0);
    if (fraction - m_lastFraction >= 0.002) {
        m_lastFraction = fraction;
        m_progress(fraction);
    }
}

void Pass::onVideoFrame(AVFrame& frame)
{
    std::int64_t ts = frame.best_effort_timestamp;
    if (ts == AV_NOPTS_VALUE)
        ts = m_lastVideoTs == AV_NOPTS_VALUE
            ? (m_video.stream().start_time != AV_NOPTS_VALUE ? m_video.stream().start_time : 0)
            : m_lastVideoTs + m_frameDuration;
    m_lastVideoTs = ts;
    if (frame.decode_error_flags != 0 || (frame.flags & AV_FRAME_FLAG_CORRUPT))
        (void)m_video.noteDamage(timeOf(m_video, ts));
    application::VideoFrameView view;
    if (!m_scaler->convert(frame, view))
        return;
    view.time = std::max(Micros(0), timeOf(m_video, ts));
    view.index = m_summary.videoFrames++;
    const std::int64_t duration = frame.pkt_duration > 0 ? frame.pkt_duration : m_frameDuration;
    m_video.noteDecoded(timeOf(m_video, ts + duration));
    m_sink.onVideoFrame(view);
    reportProgress(view.time);
}

void Pass::onAudioFrame(AVFrame& frame)
{
    const std::int64_t ts = frame.best_effort_timestamp;
    std::int64_t start = -1;
    if (ts != AV_NOPTS_VALUE) {
        const Micros at = timeOf(m_audio, ts);
        start = av_rescale(at.count(), m_request.sampleRate, 1000000);
        reportProgress(at);
    }
    if (m_resampler->push(frame, start) && frame.nb_samples > 0)
        m_audio.noteDecoded(m_audio.end());  // the end is counted in samples, at the end
}

domain::Status Pass::decode(DecodeStream& s, const AVPacket* packet)
{
    int err = avcodec_send_packet(s.decoder(), packet);
    if (err == AVERROR_INVALIDDATA || (err < 0 && err != AVERROR(EAGAIN) && err != AVERROR_EOF && packet)) {
        // A corrupt packet costs its frames, not the analysis.
        const Micros at = packet ? timeOf(s, packet->pts != AV_NOPTS_VALUE ? packet->pts : 0) : s.end();
        if (!s.noteDamage(at))
            return domain::fail(
                ErrorCode::MediaUnreadable, QStringLiteral("too much damage in a row"), avErrorText(err));
        return domain::ok();
    }
    while (true) {
        err = avcodec_receive_frame(s.decoder(), m_frame.get());
        if (err == AVERROR(EAGAIN) || err == AVERROR_EOF)
            return domain::ok();
        if (err == AVERROR_INVALIDDATA) {
            if (!s.noteDamage(s.end()))
                return domain::fail(
                    ErrorCode::MediaUnreadable, QStringLiteral("too much damage in a row"), avErrorText(err));
            continue;
        }
        if (err < 0)
            return domain::fail(
                ErrorCode::MediaUnreadable, QStringLiteral("decoding failed"), avErrorText(err));
        s.noteFrameReceived();
        const FrameRef frame(m_frame.get());
        if (&s == &m_video)
            onVideoFrame(*frame);
        else
            onAudioFrame(*frame);
    }
}

void Pass::summarise()
{
    if (m_audio.isActive() && m_request.sampleRate > 0)
        m_audio.setEnd(Micros(av_rescale(m_resampler->samplesOut(), 1000000, m_request.sampleRate)));
    m_summary.audioSamples = m_audio.isActive() ? m_resampler->samplesOut() : 0;
    m_summary.duration = std::max(m_video.end(), m_audio.end());
    const Micros fileEnd = std::max(m_summary.duration, m_duration);
    m_video.report(QStringLiteral("video"), fileEnd, m_summary.issues);
    m_audio.report(QStringLiteral("audio"), fileEnd, m_summary.issues);
    if (m_resampler && m_resampler->filledGapSamples() > 0)
        m_summary.issues.push_back({ QStringLiteral("audio-gaps"),
            QStringLiteral("%1 s of missing audio filled with silence")
                .arg(static_cast<double>(m_resampler->filledGapSamples()) / m_request.sampleRate, 0, 'f', 3),
            Micros(-1) });
}

bool Pass::waitWhilePaused()
{
    while (m_cancel.isPaused() && !m_cancel.isCancelled())
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    return !m_cancel.isCancelled();
}

domain::Result<DecodeSummary> Pass::run()
{
    if (domain::Status s = open(); !s)
        return tl::unexpected(s.error());
    m_sink.begin(streams());
    m_sinkBegun = true;
    while (true) {
        // A paused job (the processing queue's pause) holds here, between packets.
        if (!waitWhilePaused())
            return domain::fail(ErrorCode::Cancelled, QStringLiteral("analysis cancelled"), m_request.path);
        const int err = av_read_frame(m_input.format.get(), m_packet.get());
        if (err < 0) {
            if (err != AVERROR_EOF)
                m_summary.issues.push_back({ QStringLiteral("read-error"),
                    QStringLiteral("reading stopped early: ") + avErrorText(err),
                    std::max(m_video.end(), m_audio.end()) });
            break;
        }
        const PacketRef packet(m_packet.get());
        DecodeStream* s = m_video.isActive() && packet->stream_index == m_video.index() ? &m_video
            : m_audio.isActive() && packet->stream_index == m_audio.index()             ? &m_audio
                                                                                        : nullptr;
        if (!s)
            continue;
        const std::int64_t pts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
        if (domain::Status st = decode(*s, packet.get()); !st) {
            if (domain::Status left = streamFailed(*s, st.error()); !left)
                return tl::unexpected(left.error());
            continue;
        }
        if (pts != AV_NOPTS_VALUE)
            s->noteErrorsUpTo(timeOf(*s, pts));
    }
    for (DecodeStream* s : { &m_video, &m_audio }) {
        if (s->isActive()) {
            (void)decode(*s, nullptr);  // drain what the decoder holds
            s->noteErrorsUpTo(s->end());
        }
    }
    if (m_resampler && m_audio.isActive())
        m_resampler->flush();
    summarise();
    if (m_progress)
        m_progress(1.0);
    return m_summary;
}

}  // namespace

domain::Result<DecodeSummary> FfmpegDecodePass::run(const application::DecodeRequest& request,
    application::IDecodeSink& sink, application::CancellationToken& cancel, const ProgressFn& progress)
{
    Pass pass(request, sink, cancel, progress);
    return pass.run();
}

}  // namespace reelforge::adapters
