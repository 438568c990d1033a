#pragma once

#include "application/interfaces/i_asset_repository.h"
#include "application/interfaces/i_media_storage.h"
#include "application/interfaces/i_process_registry.h"

namespace reelforge::application {

// Takes away what crashed processes left in the library folder (run at start): temporary files
// of processes that are gone (a copy killed half-way), and copies or thumbnails that no record
// refers to (an import killed between moving its copy into place and committing).
//
// Files are matched to records by name inside originals/ and thumbnails/, under the library's
// write lock, so an import in progress in another process is never touched. When no record
// refers to any file at all, nothing that has a final name is deleted: that is a lost index,
// not litter (see the library's index check).
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
