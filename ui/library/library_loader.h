#pragma once

#include "application/dtos/asset_summary.h"
#include "application/services/library_service.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <vector>

namespace reelforge::ui {

// Lists the library on a worker thread (a SQLite query that can take a while for thousands
// of assets) and hands the rows back on the GUI thread. Reload requests that arrive while a
// listing runs are folded into one more listing afterwards. The destructor waits for a
// running listing, so the service must outlive this object.
class LibraryLoader : public QObject {
    Q_OBJECT
public:
    explicit LibraryLoader(application::LibraryService& library, QObject* parent = nullptr);
    ~LibraryLoader() override;

    void reload();
    bool isLoading() const { return m_watcher.isRunning(); }

signals:
    void loaded(const std::vector<reelforge::application::AssetSummary>& assets);
    void failed(const reelforge::domain::Error& error);

private:
    using Listing = domain::Result<std::vector<application::AssetSummary>>;
    void onFinished();

    application::LibraryService& m_library;
    QThreadPool m_pool;  // one thread: one database connection for listings
    QFutureWatcher<Listing> m_watcher;
    bool m_again = false;
};

}  // namespace reelforge::ui
