#pragma once

#include "application/interfaces/i_asset_repository.h"
#include "application/interfaces/i_media_storage.h"

#include <QString>

#include <vector>

namespace reelforge::application {

// The files of one library change, written under temporary names (see IMediaStorage). moves()
// gives the FileMoves that put them under their final names inside the recording transaction
// (and back, if it fails). Once the change is committed, release() drops the temporary names
// that place() kept as second links. Otherwise the destructor deletes whatever is still under a
// temporary name: a failed or duplicate import leaves nothing behind, and never touches a file
// it did not write.
class StagedFiles {
public:
    explicit StagedFiles(IMediaStorage& storage);
    ~StagedFiles();
    StagedFiles(const StagedFiles&) = delete;
    StagedFiles& operator=(const StagedFiles&) = delete;

    void add(const QString& temporary, const QString& finalPath);
    bool empty() const { return m_files.empty(); }
    // Where the file that will be `finalPath` is now (to read it before it is placed).
    QString temporaryOf(const QString& finalPath) const;
    FileMoves moves();
    void release();

private:
    struct File {
        QString temporary;
        QString finalPath;
        bool placed = false;
    };
    domain::Status placeAll();
    void unplaceAll();

    IMediaStorage& m_storage;
    std::vector<File> m_files;
    bool m_released = false;
};

}  // namespace reelforge::application
