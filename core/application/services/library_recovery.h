#pragma once

#include "application/cancellation_token.h"
#include "application/dtos/recovery_dtos.h"
#include "application/interfaces/i_asset_repository.h"
#include "application/interfaces/i_clock.h"
#include "application/interfaces/i_media_probe.h"
#include "application/interfaces/i_media_storage.h"
#include "application/interfaces/i_process_registry.h"
#include "application/interfaces/i_thumbnail_grabber.h"
#include "application/progress.h"

namespace reelforge::application {

struct RecoveryPorts {
    IAssetRepository& assets;
    IMediaProbe& probe;
    IMediaStorage& storage;
    IThumbnailGrabber& thumbnails;
    IClock& clock;
    IProcessRegistry& processes;  // owns the thumbnails it writes until they are recorded
};

// Finds and repairs a lost library index: the database has no assets while originals/ still
// holds the library's content-addressed copies. Re-creating the records needs only those
// files: each is hashed (its sha256 must match its name), probed and given a new thumbnail;
// what the database alone knew (where the file came from, its title, jobs, analysis) is gone,
// so the title is the file's own title tag, else the first 12 characters of its stored name.
//
// Runs on the calling thread (any thread: the ports are thread-safe); long work takes a
// CancellationToken and reports through a ProgressSink. Each asset is one write, so an
// interrupted rebuild keeps what it made and a second run carries on.
class LibraryRecovery {
public:
    explicit LibraryRecovery(RecoveryPorts ports);

    // How many stored originals the index has lost: the number of files under originals/
    // when the index holds no asset at all, else 0.
    domain::Result<int> lostOriginals();

    // How many stored originals have no record (e.g. imported after the backup a restore
    // brought back); `library rebuild` adds them.
    domain::Result<int> unindexedOriginals();

    domain::Result<RebuildReport> rebuild(CancellationToken& cancel, ProgressSink* progress = nullptr);

    static QString titleFor(const StoredOriginal& original, const domain::MediaInfo& info);

private:
    domain::Result<domain::MediaAsset> recordOne(const StoredOriginal& original, CancellationToken& cancel);

    RecoveryPorts m_ports;
};

}  // namespace reelforge::application
