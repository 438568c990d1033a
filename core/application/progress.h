#pragma once

#include <QElapsedTimer>
#include <QMetaType>
#include <QString>

#include <functional>
#include <mutex>

namespace reelforge::application {

struct Progress {
    double fraction = 0.0;  // 0..1 of the whole task
    double etaSeconds = -1.0;  // < 0: unknown
    double rate = 0.0;  // items/s, fps or bytes/s depending on the task
    int itemsDone = 0;
    int itemsTotal = 0;
    QString currentItem;
};

// Receives progress from a worker thread. Throttles to about 10 Hz and computes the ETA from
// the elapsed time, so workers can report as often as they like. The callback runs on the
// worker's thread: callers marshal to their own thread (queued signal) themselves.
class ProgressSink {
public:
    using Callback = std::function<void(const Progress&)>;

    explicit ProgressSink(Callback callback, int minIntervalMs = 100)
        : m_callback(std::move(callback))
        , m_minIntervalMs(minIntervalMs)
    {
        m_started.start();
    }

    void report(Progress p, bool force = false)
    {
        std::lock_guard lock(m_mutex);
        if (!force && m_last.isValid() && m_last.elapsed() < m_minIntervalMs)
            return;
        m_last.start();
        const double elapsed = static_cast<double>(m_started.elapsed()) / 1000.0;
        if (p.etaSeconds < 0.0 && p.fraction > 0.01 && elapsed > 0.5)
            p.etaSeconds = elapsed * (1.0 - p.fraction) / p.fraction;
        if (m_callback)
            m_callback(p);
    }

private:
    Callback m_callback;
    int m_minIntervalMs;
    std::mutex m_mutex;
    QElapsedTimer m_started;
    QElapsedTimer m_last;
};

}  // namespace reelforge::application

Q_DECLARE_METATYPE(reelforge::application::Progress)
