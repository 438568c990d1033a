#include "adapters/media/av_handles.h"

#include "adapters/media/decoder_error_log.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <array>
#include <mutex>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavfilter/avfilter.h>
#include <libavformat/avformat.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/frame.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
#include <libswresample/swresample.h>
#include <libswscale/swscale.h>
}

namespace reelforge::adapters {

namespace {
// Off by default below warnings: libav's errors are expected on hostile input and the adapters
// turn them into Results; enable "reelforge.libav.info=true" to see them when debugging.
Q_LOGGING_CATEGORY(lcLibav, "reelforge.libav", QtWarningMsg)
}  // namespace

void InputFormatDeleter::operator()(AVFormatContext* ctx) const noexcept
{
    avformat_close_input(&ctx);
}

void OutputFormatDeleter::operator()(AVFormatContext* ctx) const noexcept
{
    if (!ctx)
        return;
    if (ctx->oformat && !(ctx->oformat->flags & AVFMT_NOFILE))
        avio_closep(&ctx->pb);
    avformat_free_context(ctx);
}

void CodecContextDeleter::operator()(AVCodecContext* ctx) const noexcept
{
    avcodec_free_context(&ctx);
}

void FrameDeleter::operator()(AVFrame* frame) const noexcept
{
    av_frame_free(&frame);
}

void PacketDeleter::operator()(AVPacket* packet) const noexcept
{
    av_packet_free(&packet);
}

void SwsContextDeleter::operator()(SwsContext* ctx) const noexcept
{
    sws_freeContext(ctx);
}

void SwrContextDeleter::operator()(SwrContext* ctx) const noexcept
{
    swr_free(&ctx);
}

void FilterGraphDeleter::operator()(AVFilterGraph* graph) const noexcept
{
    avfilter_graph_free(&graph);
}

void FilterInOutDeleter::operator()(AVFilterInOut* list) const noexcept
{
    avfilter_inout_free(&list);
}

void DictionaryDeleter::operator()(AVDictionary* dict) const noexcept
{
    av_dict_free(&dict);
}

void AvioDeleter::operator()(AVIOContext* io) const noexcept
{
    avio_closep(&io);
}

void CustomAvioDeleter::operator()(AVIOContext* io) const noexcept
{
    if (!io)
        return;
    av_freep(&io->buffer);
    avio_context_free(&io);
}

void PacketUnref::operator()(AVPacket* packet) const noexcept
{
    av_packet_unref(packet);
}

void FrameUnref::operator()(AVFrame* frame) const noexcept
{
    av_frame_unref(frame);
}

DictionaryPtr toDictionary(const AvOptionList& options)
{
    AVDictionary* dict = nullptr;
    for (const auto& [key, value] : options)
        av_dict_set(&dict, key.constData(), value.constData(), 0);
    return DictionaryPtr(dict);
}

FramePtr makeFrame()
{
    return FramePtr(av_frame_alloc());
}

PacketPtr makePacket()
{
    return PacketPtr(av_packet_alloc());
}

QString avErrorText(int err)
{
    std::array<char, AV_ERROR_MAX_STRING_SIZE> text {};
    if (av_strerror(err, text.data(), text.size()) < 0)
        return QStringLiteral("libav error %1").arg(err);
    return QString::fromUtf8(text.data());
}

QByteArray avFileUrl(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
#ifdef Q_OS_WIN
    return QByteArrayLiteral("file:") + absolute.toUtf8();
#else
    return QByteArrayLiteral("file:") + QFile::encodeName(absolute);
#endif
}

namespace {

void logToCategory(void* avcl, int level, const char* fmt, va_list args)
{
    DecoderErrorLog::noteLogLine(avcl, level, fmt);  // concealed damage leaves no other trace
    if (level > av_log_get_level())
        return;
    // libav builds a line out of several calls; the prefix state must follow the thread.
    thread_local int printPrefix = 1;
    std::array<char, 1024> line {};
    av_log_format_line2(avcl, level, fmt, args, line.data(), static_cast<int>(line.size()), &printPrefix);
    const QString text = QString::fromUtf8(line.data()).trimmed();
    if (text.isEmpty())
        return;
    if (level <= AV_LOG_FATAL)
        qCWarning(lcLibav).noquote() << text;
    else
        qCInfo(lcLibav).noquote() << text;
}

}  // namespace

void installLibavLogging()
{
    static std::once_flag once;
    std::call_once(once, [] {
        av_log_set_level(AV_LOG_ERROR);
        av_log_set_callback(logToCategory);
    });
}

}  // namespace reelforge::adapters
