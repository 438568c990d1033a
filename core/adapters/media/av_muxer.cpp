#include "adapters/media/av_muxer.h"

#include "adapters/media/av_encoder.h"

namespace reelforge::adapters {

Muxer::Muxer(TranscodeOutput output)
    : m_output(std::move(output))
{
}

domain::Result<Muxer> Muxer::create(const QString& path, const char* formatName)
{
    auto output = TranscodeOutput::create(path, QByteArray(formatName));
    if (!output)
        return tl::unexpected(output.error());
    return Muxer(std::move(*output));
}

bool Muxer::needsGlobalHeader() const
{
    return m_output.needsGlobalHeader();
}

domain::Result<int> Muxer::addStream(const Encoder& encoder)
{
    return m_output.addEncodedStream(encoder.context(), nullptr);
}

domain::Status Muxer::writeHeader(const AvOptionList& options)
{
    return m_output.writeHeader(options);
}

domain::Status Muxer::write(AVPacket& packet, int streamIndex, AVRational timeBase)
{
    return m_output.write(packet, streamIndex, timeBase);
}

domain::Status Muxer::finish()
{
    return m_output.finish();
}

}  // namespace reelforge::adapters
