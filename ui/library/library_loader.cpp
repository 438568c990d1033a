#include "ui/library/library_loader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace reelforge::ui {

LibraryLoader::LibraryLoader(application::LibraryService& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Listing>::finished, this, &LibraryLoader::onFinished);
}

LibraryLoader::~LibraryLoader()
{
    m_watcher.disconnect(this);
    m_pool.waitForDone();
}

void LibraryLoader::reload()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    application::LibraryService& library = m_library;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [&library] { return library.list({}); }));
}

void LibraryLoader::onFinished()
{
    Listing result = m_watcher.result();
    if (m_again)
        reload();
    if (result)
        emit loaded(*result);
    else
        emit failed(result.error());
}

}  // namespace reelforge::ui
