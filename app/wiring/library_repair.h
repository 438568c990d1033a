#pragma once

#include "application/cancellation_token.h"
#include "application/dtos/recovery_dtos.h"
#include "application/progress.h"
#include "domain/result.h"

#include <QString>

#include <memory>
#include <vector>

namespace reelforge::app {

// The ways back for a library whose index is lost (see AppContext::open): rebuild the records
// from the files under originals/, or restore one of the database's automatic backups. Builds
// only what that needs, with no QObjects, so it can be made and used on any one thread (the
// studio runs it off the GUI thread); use one object from one thread at a time.
//
// restore() refuses (LibraryInUse) while any other connection has the library open; it closes
// this object's own first.
class LibraryRepair {
public:
    explicit LibraryRepair(const QString& libraryPath);
    ~LibraryRepair();
    LibraryRepair(const LibraryRepair&) = delete;
    LibraryRepair& operator=(const LibraryRepair&) = delete;

    domain::Result<application::RebuildReport> rebuild(
        application::CancellationToken& cancel, application::ProgressSink* progress = nullptr);
    domain::Result<std::vector<application::BackupInfo>> backups() const;
    // `backup`: a name from backups() or a path; empty: the newest automatic one.
    domain::Result<application::RestoreReport> restore(const QString& backup);
    // Files under originals/ that have no record (after a restore: imported since the backup).
    domain::Result<int> unindexedOriginals();

private:
    struct Parts;
    struct Index;
    domain::Result<Index*> index();

    std::unique_ptr<Parts> m_parts;
};

}  // namespace reelforge::app
