#pragma once

#include "adapters/media/av_handles.h"
#include "domain/models/media_info.h"
#include "domain/models/preset.h"

#include <QByteArray>
#include <QString>

namespace reelforge::adapters {

// What a preset's quality settings mean for one encoder, as libav option names and values.
// The same list is handed to avcodec_open2 and printed as "-name:v value" on the ffmpeg
// command line, so the two cannot drift apart. Each encoder family spells quality its own way
// (x264 crf, NVENC cq, VAAPI qp, QSV global_quality); options a family does not know are left
// out rather than guessed. GOP is about two seconds for inter-frame codecs.
AvOptionList videoEncoderOptions(
    const QByteArray& encoder, const domain::VideoPreset& preset, domain::Rational frameRate);

AvOptionList audioEncoderOptions(const QByteArray& encoder, const domain::AudioPreset& preset);

// "12M", "192k", "800000": how libav and the ffmpeg CLI read bit rates.
QByteArray bitRateText(std::int64_t bps);

}  // namespace reelforge::adapters
