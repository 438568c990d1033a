#pragma once

#include "adapters/media/av_handles.h"
#include "adapters/media/lavfi_source.h"
#include "domain/result.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <vector>

extern "C" {
#include <libavcodec/codec_id.h>
}

namespace reelforge::adapters {

// Which encoder to use, in order of preference: each named encoder with its own private
// options (a preset means different things to different encoders), then every encoder this
// libav build has for each fallback codec. The first that opens wins, so a missing libx264 or an
// NVENC wrapper without a GPU costs a try, not the job.
struct EncoderChoice {
    struct Named {
        QByteArray name;
        AvOptionList options;
    };
    std::vector<Named> named;
    std::vector<AVCodecID> fallbackCodecs;
};

struct EncodeSettings {
    std::int64_t bitRate = 0;  // bits/s; 0 keeps the encoder's own default (CRF 23 for x264)
    int maxBFrames = -1;  // -1 keeps the encoder's default
    bool globalHeader = false;  // the muxer wants codec headers out of band (Muxer::needsGlobalHeader)
};

// An open libavcodec encoder. Takes frames in the time base it was opened with (the source's)
// and hands finished packets, in that same time base, to a sink. Move-only; one thread at a time.
// Errors: UnsupportedCodec (no candidate encoder opens), InvalidArgument (format the encoder
// cannot take), whatever the packet sink returns, Internal.
class Encoder {
public:
    using PacketSink = std::function<domain::Status(AVPacket& packet)>;

    static domain::Result<Encoder> openVideo(
        const VideoFormat& input, const EncoderChoice& choice, const EncodeSettings& settings);
    static domain::Result<Encoder> openAudio(
        const AudioFormat& input, const EncoderChoice& choice, const EncodeSettings& settings);

    // Encodes `frame` (nullptr: end of stream, drains the encoder) and passes every packet that
    // is ready to `sink`. Video frames get their picture type cleared first: sources mark every
    // frame as an I-frame and encoders would obey it.
    domain::Status encode(AVFrame* frame, const PacketSink& sink);

    const AVCodecContext& context() const { return *m_context; }
    AVRational timeBase() const;
    int audioFrameSize() const;  // samples per frame the encoder needs; 0 when any size will do
    QString encoderName() const;

private:
    Encoder() = default;
    template<typename Configure>
    static domain::Result<Encoder> openFirst(const EncoderChoice& choice, Configure&& configure);

    CodecContextPtr m_context;
    PacketPtr m_packet;
};

}  // namespace reelforge::adapters
