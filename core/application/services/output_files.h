#pragma once

#include "application/interfaces/i_processor.h"

#include <QString>

#include <mutex>
#include <vector>

namespace reelforge::application {

// The outputs of one job attempt in one folder. reserve() hands out a hidden temporary name
// tagged with the job id; commit() renames each to its final name, adding " (2)", " (3)"...
// rather than overwriting; discard() deletes them. Stale temporaries of a job (left by a
// crash) are removed with removeStale().
class OutputFiles final : public IOutputFiles {
public:
    OutputFiles(QString folder, QString jobId);
    ~OutputFiles() override;

    domain::Result<QString> reserve(const QString& finalName) override;
    // Temp path -> final path, for every reserved file that exists. All or nothing.
    domain::Result<std::vector<std::pair<QString, QString>>> commit();
    void discard();

    static void removeStale(const QString& folder, const QString& jobId);
    static QString uniqueName(const QString& folder, const QString& fileName);

private:
    QString m_folder;
    QString m_jobId;
    std::mutex m_mutex;
    std::vector<std::pair<QString, QString>> m_reserved;  // temp path, final name
    bool m_committed = false;
};

// Expands an output name template: {title}, {preset}, {ext}, {date}; characters that are not
// allowed in file names on any platform become '_'.
QString expandOutputTemplate(const QString& pattern, const QString& title, const QString& preset,
    const QString& ext, const QString& date);

}  // namespace reelforge::application
