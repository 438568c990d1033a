#include "ui/welcome/sample_media_runner.h"

#include <QtConcurrent/QtConcurrentRun>

namespace reelforge::ui {

SampleMediaRunner::SampleMediaRunner(application::ISampleMediaGenerator& generator, QObject* parent)
    : QObject(parent)
    , m_generator(generator)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &SampleMediaRunner::onFinished);
}

SampleMediaRunner::~SampleMediaRunner()
{
    m_watcher.disconnect(this);
    m_cancel.cancel();
    m_pool.waitForDone();
}

void SampleMediaRunner::start(const QString& folder)
{
    if (isRunning())
        return;
    m_cancel.reset();
    application::ISampleMediaGenerator& generator = m_generator;
    application::CancellationToken& cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(
        &m_pool, [&generator, &cancel, folder] { return generator.generate(folder, cancel); }));
}

void SampleMediaRunner::cancel()
{
    m_cancel.cancel();
}

void SampleMediaRunner::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome)
        emit generated(*outcome);
    else
        emit failed(outcome.error());
}

}  // namespace reelforge::ui
