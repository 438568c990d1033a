#pragma once

#include "adapters/media/av_handles.h"
#include "domain/result.h"

#include <QByteArray>

#include <cstdint>
#include <functional>

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/pixfmt.h>
#include <libavutil/rational.h>
#include <libavutil/samplefmt.h>
}

struct AVBufferRef;

namespace reelforge::adapters {

// One named libavcodec encoder, opened exactly as the transcode spec says (unlike Encoder,
// which tries a list of candidates): colour tags, hardware frame pools and every option from
// the spec go in before avcodec_open2, and the codec runs its own threads (thread_count 0).
// Packets come out in timeBase() with a duration set, ready for TranscodeOutput::write.
// Move-only; one thread at a time.
// Errors: UnsupportedCodec (not in this build, or it refuses to open: the detail has libav's
// reason), whatever the packet sink returns, Internal.
class TranscodeEncoder {
public:
    using PacketSink = std::function<domain::Status(AVPacket& packet)>;

    struct Video {
        int width = 0;
        int height = 0;
        AVPixelFormat format = AV_PIX_FMT_NONE;
        AVRational timeBase { 0, 1 };
        AVRational frameRate { 0, 1 };
        AVBufferRef* hardwareFrames = nullptr;  // borrowed; VAAPI surfaces from hwupload
        AVColorPrimaries primaries = AVCOL_PRI_UNSPECIFIED;
        AVColorTransferCharacteristic transfer = AVCOL_TRC_UNSPECIFIED;
        AVColorSpace space = AVCOL_SPC_UNSPECIFIED;
        AVColorRange range = AVCOL_RANGE_UNSPECIFIED;
    };
    struct Audio {
        int sampleRate = 0;
        AVSampleFormat format = AV_SAMPLE_FMT_NONE;
        const AVChannelLayout* layout = nullptr;
    };

    static domain::Result<TranscodeEncoder> openVideo(
        const QByteArray& name, const Video& video, const AvOptionList& options, bool globalHeader);
    static domain::Result<TranscodeEncoder> openAudio(
        const QByteArray& name, const Audio& audio, const AvOptionList& options, bool globalHeader);

    // What the audio encoder `name` should be fed: the source's sample format when it takes it
    // (no conversion), else its first; the source's layout when it takes it, else one of its
    // layouts with `channels` channels, else libav's default for that count.
    static AVSampleFormat sampleFormatFor(const QByteArray& name, AVSampleFormat source);
    static void channelLayoutFor(
        const QByteArray& name, const AVChannelLayout& source, int channels, AVChannelLayout& into);

    // Encodes `frame` (nullptr: drain at end of stream) and hands every ready packet to `sink`.
    domain::Status encode(AVFrame* frame, const PacketSink& sink);

    const AVCodecContext& context() const { return *m_context; }
    AVRational timeBase() const;
    int audioFrameSize() const;  // samples per frame the encoder needs; 0 when any size will do
    QByteArray name() const;

private:
    TranscodeEncoder() = default;
    static domain::Result<TranscodeEncoder> open(CodecContextPtr context, const AvOptionList& options);

    CodecContextPtr m_context;
    PacketPtr m_packet;
    std::int64_t m_frameDuration = 0;  // video, in timeBase(); fills packets the encoder leaves at 0
};

// The send/receive loop every encoder wrapper runs: sends `frame` (nullptr: drain at end of
// stream) to `encoder` and hands each ready packet to `sink`, through `packet` (reused). Video
// frames get their picture type cleared first: the encoder places keyframes, not the source.
// A packet the encoder leaves without a duration gets `frameDuration` (0: left as it is).
domain::Status encodeFrame(AVCodecContext& encoder, AVPacket& packet, AVFrame* frame,
    const std::function<domain::Status(AVPacket&)>& sink, std::int64_t frameDuration = 0);

// Samples per frame an audio encoder needs; 0 when any size will do (or not audio).
int requiredAudioFrameSize(const AVCodecContext& encoder);

}  // namespace reelforge::adapters
