#include "application/services/staged_files.h"

namespace reelforge::application {

StagedFiles::StagedFiles(IMediaStorage& storage)
    : m_storage(storage)
{
}

StagedFiles::~StagedFiles()
{
    if (m_released)
        return;
    for (const File& f : m_files) {
        // Still under its temporary name: only this process ever wrote it. A removal that
        // fails leaves a temporary file that the next sweep takes away.
        if (!f.placed)
            (void)m_storage.removeOwned(f.temporary);
    }
}

void StagedFiles::release()
{
    m_released = true;
    for (const File& f : m_files) {
        // The final name is recorded; a temporary name that stays behind (the disk went away) is
        // swept once this process has gone, and the file keeps its final name.
        if (f.placed)
            (void)m_storage.removeOwned(f.temporary);
    }
}

void StagedFiles::add(const QString& temporary, const QString& finalPath)
{
    m_files.push_back({ temporary, finalPath, false });
}

QString StagedFiles::temporaryOf(const QString& finalPath) const
{
    for (const File& f : m_files) {
        if (f.finalPath == finalPath)
            return f.temporary;
    }
    return finalPath;
}

FileMoves StagedFiles::moves()
{
    return { [this] { return placeAll(); }, [this] { unplaceAll(); } };
}

domain::Status StagedFiles::placeAll()
{
    for (File& f : m_files) {
        if (domain::Status s = m_storage.place(f.temporary, f.finalPath); !s) {
            unplaceAll();  // all or nothing
            return s;
        }
        f.placed = true;
    }
    return domain::ok();
}

void StagedFiles::unplaceAll()
{
    for (File& f : m_files) {
        // Under the temporary name only (the transaction still holds the write lock, so the final
        // name is still unused by any record); deleted with this object.
        if (f.placed && m_storage.unplace(f.temporary, f.finalPath))
            f.placed = false;
    }
}

}  // namespace reelforge::application
