#pragma once

#include <memory>

extern "C" {
#include <libavutil/buffer.h>
}

namespace reelforge::adapters {

// Reference-counted libav buffers (hardware device and frame pools) are not covered by
// av_handles.h: one owner per reference, released with av_buffer_unref.
struct BufferRefDeleter {
    void operator()(AVBufferRef* ref) const noexcept { av_buffer_unref(&ref); }
};
using BufferRefPtr = std::unique_ptr<AVBufferRef, BufferRefDeleter>;

// A new reference to `ref` (nullptr stays nullptr).
inline BufferRefPtr shareBuffer(AVBufferRef* ref)
{
    return BufferRefPtr(ref ? av_buffer_ref(ref) : nullptr);
}

}  // namespace reelforge::adapters
