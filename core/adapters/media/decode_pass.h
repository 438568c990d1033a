#pragma once

#include "application/interfaces/i_decode_pass.h"

namespace reelforge::adapters {

// The FFmpeg decode pass behind analysis: one demuxer, the best video and audio streams
// decoded side by side (frame threads for video), frames scaled once by
// AnalysisVideoScaler, audio resampled by AnalysisAudioResampler. Nothing else in the file
// is read past the demuxer. Damaged packets cost their frames and are reported as issues,
// as are the errors a decoder conceals (DecodeStream keeps the account per stream).
class FfmpegDecodePass final : public application::IDecodePass {
public:
    domain::Result<application::DecodeSummary> run(const application::DecodeRequest& request,
        application::IDecodeSink& sink, application::CancellationToken& cancel,
        const ProgressFn& progress) override;
};

}  // namespace reelforge::adapters
