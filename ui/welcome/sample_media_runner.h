#pragma once

#include "application/cancellation_token.h"
#include "application/interfaces/i_sample_media_generator.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QThreadPool>

namespace reelforge::ui {

// Runs ISampleMediaGenerator::generate on a worker thread and reports on the GUI thread.
// The destructor cancels a running generation and waits for it, so the generator must
// outlive this object.
class SampleMediaRunner : public QObject {
    Q_OBJECT
public:
    explicit SampleMediaRunner(application::ISampleMediaGenerator& generator, QObject* parent = nullptr);
    ~SampleMediaRunner() override;

    void start(const QString& folder);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void generated(const QStringList& files);
    void failed(const reelforge::domain::Error& error);

private:
    using Outcome = domain::Result<QStringList>;
    void onFinished();

    application::ISampleMediaGenerator& m_generator;
    application::CancellationToken m_cancel;
    QThreadPool m_pool;
    QFutureWatcher<Outcome> m_watcher;
};

}  // namespace reelforge::ui
