#include "adapters/media/decode_stream.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

namespace reelforge::adapters {

using domain::ErrorCode;
using domain::Micros;

namespace {

// Past this many undecodable packets in a row the stream is damaged beyond a glitch.
constexpr int kMaxDamagedInARow = 500;
// A stream that stops this much before the other one (or the container's duration) is
// reported: what follows was analysed from the other stream alone.
constexpr Micros kEarlyEndTolerance { 1000000 };

QString secondsText(Micros t)
{
    return QString::number(domain::toSeconds(t), 'f', 2);
}

}  // namespace

domain::Status DecodeStream::open(int index, const AVStream& stream)
{
    const AVCodec* codec = avcodec_find_decoder(stream.codecpar->codec_id);
    if (!codec) {
        return domain::fail(ErrorCode::UnsupportedCodec, QStringLiteral("no decoder for this codec"),
            QString::fromUtf8(avcodec_get_name(stream.codecpar->codec_id)));
    }
    CodecContextPtr decoder(avcodec_alloc_context3(codec));
    if (!decoder)
        return domain::fail(ErrorCode::Internal, QStringLiteral("out of memory"));
    int err = avcodec_parameters_to_context(decoder.get(), stream.codecpar);
    if (err >= 0) {
        decoder->pkt_timebase = stream.time_base;
        decoder->thread_count = 0;  // libavcodec's choice, as the ffmpeg CLI
        decoder->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
        m_errors.attach(*decoder);
        err = avcodec_open2(decoder.get(), codec, nullptr);
    }
    if (err < 0)
        return domain::fail(
            ErrorCode::MediaUnreadable, QStringLiteral("cannot open the decoder"), avErrorText(err));
    m_index = index;
    m_stream = &stream;
    m_decoder = std::move(decoder);
    return domain::ok();
}

bool DecodeStream::noteDamage(Micros at)
{
    if (m_damaged++ == 0)
        m_firstDamage = at;
    return ++m_damagedInARow <= kMaxDamagedInARow;
}

void DecodeStream::noteDecoded(Micros frameEnd)
{
    m_end = std::max(m_end, frameEnd);
    m_produced = true;
}

void DecodeStream::noteErrorsUpTo(Micros at)
{
    if (!m_errorDated && m_errors.any()) {
        m_errorDated = true;
        m_firstError = std::max(Micros(0), at);
    }
}

void DecodeStream::report(
    const QString& kind, Micros fileEnd, std::vector<domain::AnalysisIssue>& issues) const
{
    if (!isActive())
        return;
    if (m_damaged > 0)
        issues.push_back({ QStringLiteral("damaged-packets"),
            QStringLiteral("%1: %2 damaged packets or frames skipped").arg(kind).arg(m_damaged),
            m_firstDamage });
    if (m_errors.any())
        issues.push_back({ QStringLiteral("decode-errors"),
            QStringLiteral("%1: damaged data concealed by the decoder (frames repaired: %2, decoding "
                           "errors: %3), first near %4 s")
                .arg(kind)
                .arg(m_errors.concealedFrames())
                .arg(m_errors.errors())
                .arg(secondsText(m_firstError)),
            m_firstError });
    if (!m_produced)
        issues.push_back({ QStringLiteral("empty-stream"),
            QStringLiteral("%1: the stream holds nothing that decodes").arg(kind), Micros(-1) });
    else if (fileEnd - m_end > kEarlyEndTolerance)
        issues.push_back({ QStringLiteral("stream-ended-early"),
            QStringLiteral("%1 ends at %2 s of %3 s").arg(kind, secondsText(m_end), secondsText(fileEnd)),
            m_end });
}

}  // namespace reelforge::adapters
