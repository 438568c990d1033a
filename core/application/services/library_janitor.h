#pragma once

#include "application/interfaces/i_asset_repository.h"
#include "application/interfaces/i_media_storage.h"
#include "application/interfaces/i_process_registry.h"

namespace reelforge::application {

// Takes away what crashed processes left in the library folder (run at start): temporary files
// of processes that are gone (a copy killed half-way), thumbnails that no record refers to, and
// copies that an import placed before it died without committing their record (recognised by
// their second name, a temporary file of the dead process: see IMediaStorage::place).
//
// Files are matched to records by name inside originals/ and thumbnails/, under the library's
// write lock, so an import in progress in another process is never touched. A copy with no
// record and no such sign (an index restored from an older backup, a file system without hard
// links) is never deleted: `library rebuild` adds it back.
class LibraryJanitor {
public:
    LibraryJanitor(IAssetRepository& assets, IMediaStorage& storage, IProcessRegistry& processes);

    // How many files were removed.
    domain::Result<int> sweep();

private:
    IAssetRepository& m_assets;
    IMediaStorage& m_storage;
    IProcessRegistry& m_processes;
};

}  // namespace reelforge::application
