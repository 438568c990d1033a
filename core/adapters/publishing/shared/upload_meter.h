#pragma once

#include "application/progress.h"

#include <QElapsedTimer>

namespace reelforge::adapters {

// Turns "bytes confirmed so far" into Progress (fraction of the file, bytes/s since this run
// began) for a ProgressSink.
class UploadMeter {
public:
    UploadMeter(application::ProgressSink& sink, qint64 startOffset, qint64 total)
        : m_sink(sink)
        , m_startOffset(startOffset)
        , m_total(total)
    {
        m_elapsed.start();
    }

    void report(qint64 offset, bool force = false)
    {
        application::Progress p;
        p.fraction = m_total > 0 ? static_cast<double>(offset) / static_cast<double>(m_total) : 0.0;
        const double seconds = static_cast<double>(m_elapsed.nsecsElapsed()) / 1e9;
        p.rate = seconds > 0.0 ? static_cast<double>(offset - m_startOffset) / seconds : 0.0;
        if (p.rate > 0.0)
            p.etaSeconds = static_cast<double>(m_total - offset) / p.rate;
        p.currentItem = QStringLiteral("upload");
        m_sink.report(p, force);
    }

private:
    application::ProgressSink& m_sink;
    qint64 m_startOffset;
    qint64 m_total;
    QElapsedTimer m_elapsed;
};

}  // namespace reelforge::adapters
