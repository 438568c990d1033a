#pragma once

#include "application/cancellation_token.h"
#include "application/dtos/recovery_dtos.h"
#include "application/progress.h"
#include "domain/result.h"

#include <QString>

#include <memory>

namespace reelforge::app {

// The way back for a library whose index is lost (see AppContext::open): rebuild the records
// from the files under originals/. Builds only what that needs, with no QObjects, so it can be
// made and used on any one thread; use one object from one thread at a time.
class LibraryRepair {
public:
    explicit LibraryRepair(const QString& libraryPath);
    ~LibraryRepair();
    LibraryRepair(const LibraryRepair&) = delete;
    LibraryRepair& operator=(const LibraryRepair&) = delete;

    domain::Result<application::RebuildReport> rebuild(
        application::CancellationToken& cancel, application::ProgressSink* progress = nullptr);

private:
    struct Parts;
    struct Index;
    domain::Result<Index*> index();

    std::unique_ptr<Parts> m_parts;
};

}  // namespace reelforge::app
