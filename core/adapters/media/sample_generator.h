#pragma once

#include "application/interfaces/i_sample_media_generator.h"

namespace reelforge::adapters {

// Generates the "Add sample videos" clips in-process with libavfilter sources, libavcodec
// encoders and libavformat muxing: colour bars with a tone, and a moving test pattern.
class FfmpegSampleGenerator final : public application::ISampleMediaGenerator {
public:
    domain::Result<QStringList> generate(
        const QString& folder, application::CancellationToken& cancel) override;
};

}  // namespace reelforge::adapters
