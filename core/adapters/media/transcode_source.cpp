#include "adapters/media/transcode_source.h"

extern "C" {
#include <libavformat/avformat.h>
}

namespace reelforge::adapters {

bool indexReachesPastEnd(const AVFormatContext& input, int stream)
{
    if (!input.pb || stream < 0 || unsigned(stream) >= input.nb_streams)
        return false;
    const std::int64_t size = avio_size(input.pb);
    AVStream* st = input.streams[stream];
    const int entries = avformat_index_get_entries_count(st);
    if (size <= 0 || entries <= 0)
        return false;
    const AVIndexEntry* last = avformat_index_get_entry(st, entries - 1);
    return last && last->pos + last->size > size;
}

std::int64_t inputOrigin(const AVFormatContext& input)
{
    return input.start_time == AV_NOPTS_VALUE ? 0 : input.start_time;
}

}  // namespace reelforge::adapters
