#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

// libav handles are C structs; forward-declaring them keeps <libav*/...> out of every header
// that only passes a handle around.
struct AVCodecContext;
struct AVDictionary;
struct AVFilterGraph;
struct AVFilterInOut;
struct AVFormatContext;
struct AVFrame;
struct AVIOContext;
struct AVPacket;
struct SwrContext;
struct SwsContext;

namespace reelforge::adapters {

// One deleter per libav handle kind, so that every handle has exactly one owner and every
// error path frees it. Deleters accept nullptr and never throw.

// An AVFormatContext opened by avformat_open_input (demuxing). If the caller supplied its own
// AVIOContext (AVFMT_FLAG_CUSTOM_IO) that one is not closed here: own it with an AvioPtr.
struct InputFormatDeleter {
    void operator()(AVFormatContext* ctx) const noexcept;
};

// An AVFormatContext made by avformat_alloc_output_context2 (muxing). Closes the file the
// muxer wrote to (unless the format needs no file) and frees the context. It does not write
// the trailer: a muxer destroyed without one is an abandoned, incomplete file.
struct OutputFormatDeleter {
    void operator()(AVFormatContext* ctx) const noexcept;
};

struct CodecContextDeleter {
    void operator()(AVCodecContext* ctx) const noexcept;
};

struct FrameDeleter {
    void operator()(AVFrame* frame) const noexcept;
};

struct PacketDeleter {
    void operator()(AVPacket* packet) const noexcept;
};

struct SwsContextDeleter {
    void operator()(SwsContext* ctx) const noexcept;
};

struct SwrContextDeleter {
    void operator()(SwrContext* ctx) const noexcept;
};

// Frees the graph and every filter context in it (AVFilterContext is owned by its graph).
struct FilterGraphDeleter {
    void operator()(AVFilterGraph* graph) const noexcept;
};

// The open-input/open-output lists handed to avfilter_graph_parse_ptr.
struct FilterInOutDeleter {
    void operator()(AVFilterInOut* list) const noexcept;
};

// Options handed to libav open/init calls. Those calls take AVDictionary** and hand back the
// options they did not consume: release() into the call and reset() with what comes back.
struct DictionaryDeleter {
    void operator()(AVDictionary* dict) const noexcept;
};

// An AVIOContext opened with avio_open/avio_open2 (it owns its protocol handle and buffer).
struct AvioDeleter {
    void operator()(AVIOContext* io) const noexcept;
};

// An AVIOContext made with avio_alloc_context over caller callbacks: frees the (possibly
// reallocated) buffer too, which avio_context_free leaves to the caller.
struct CustomAvioDeleter {
    void operator()(AVIOContext* io) const noexcept;
};

using InputFormatPtr = std::unique_ptr<AVFormatContext, InputFormatDeleter>;
using OutputFormatPtr = std::unique_ptr<AVFormatContext, OutputFormatDeleter>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextDeleter>;
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;
using PacketPtr = std::unique_ptr<AVPacket, PacketDeleter>;
using SwsContextPtr = std::unique_ptr<SwsContext, SwsContextDeleter>;
using SwrContextPtr = std::unique_ptr<SwrContext, SwrContextDeleter>;
using FilterGraphPtr = std::unique_ptr<AVFilterGraph, FilterGraphDeleter>;
using FilterInOutPtr = std::unique_ptr<AVFilterInOut, FilterInOutDeleter>;
using DictionaryPtr = std::unique_ptr<AVDictionary, DictionaryDeleter>;
using AvioPtr = std::unique_ptr<AVIOContext, AvioDeleter>;
using CustomAvioPtr = std::unique_ptr<AVIOContext, CustomAvioDeleter>;

// Options for libav open calls (muxer, encoder, protocol), as key/value strings.
using AvOptionList = std::vector<std::pair<QByteArray, QByteArray>>;
DictionaryPtr toDictionary(const AvOptionList& options);

// Allocation helpers: nullptr only when memory is exhausted.
FramePtr makeFrame();
PacketPtr makePacket();

// Clears a packet/frame for reuse by the next receive call (keeps the struct allocated).
struct PacketUnref {
    void operator()(AVPacket* packet) const noexcept;
};
struct FrameUnref {
    void operator()(AVFrame* frame) const noexcept;
};
// Scope guard: the packet read or received into is unreferenced when the scope ends, even on
// an early return, so a reused packet never leaks its payload.
using PacketRef = std::unique_ptr<AVPacket, PacketUnref>;
using FrameRef = std::unique_ptr<AVFrame, FrameUnref>;

// libav's message for an AVERROR code, e.g. "Invalid data found when processing input".
QString avErrorText(int err);

// A local path as a libav URL. The "file:" prefix stops names such as "concat:x" or "a:b.mp4"
// from being taken as protocols; the encoding is the one libav's file protocol expects
// (UTF-8 on Windows, the local 8-bit file name encoding elsewhere).
QByteArray avFileUrl(const QString& path);

// Routes libav's log through the "reelforge.libav" logging category at most once per process.
// libav logs to stderr by default, which for hostile input means pages of noise; after this
// call only fatal messages are warnings, errors are info (enable with QT_LOGGING_RULES).
void installLibavLogging();

}  // namespace reelforge::adapters
