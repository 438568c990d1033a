#include "adapters/media/decoder_error_log.h"

#include <algorithm>
#include <cstring>
#include <mutex>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavutil/log.h>
}

namespace reelforge::adapters {

namespace {

// The logs that are attached now. A context's opaque field may hold anything (another part
// of the program may use it), so it is only trusted once found here.
struct Registry {
    std::mutex mutex;
    std::vector<DecoderErrorLog*> logs;
};

Registry& registry()
{
    static Registry r;
    return r;
}

}  // namespace

DecoderErrorLog::~DecoderErrorLog()
{
    if (!m_attached)
        return;
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.logs.erase(std::remove(r.logs.begin(), r.logs.end(), this), r.logs.end());
}

void DecoderErrorLog::attach(AVCodecContext& decoder)
{
    decoder.opaque = this;  // copied into every frame-thread context by libavcodec
    if (m_attached)
        return;
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    r.logs.push_back(this);
    m_attached = true;
}

void DecoderErrorLog::noteLogLine(void* avcl, int level, const char* format)
{
    if (!avcl || level > AV_LOG_INFO)
        return;
    // libavcodec's error resilience says this once per frame it repaired (at info level).
    static constexpr char kConcealing[] = "concealing ";
    const bool concealed
        = level > AV_LOG_ERROR && format && std::strncmp(format, kConcealing, sizeof(kConcealing) - 1) == 0;
    if (level > AV_LOG_ERROR && !concealed)
        return;
    const AVClass* cls = *static_cast<const AVClass* const*>(avcl);
    if (cls != avcodec_get_class())
        return;
    void* tag = static_cast<const AVCodecContext*>(avcl)->opaque;
    if (!tag)
        return;
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    if (std::find(r.logs.begin(), r.logs.end(), tag) == r.logs.end())
        return;
    auto* log = static_cast<DecoderErrorLog*>(tag);
    (concealed ? log->m_concealed : log->m_errors).fetch_add(1, std::memory_order_relaxed);
}

}  // namespace reelforge::adapters
