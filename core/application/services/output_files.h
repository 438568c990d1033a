#pragma once

#include "application/interfaces/i_processor.h"

#include <QSet>
#include <QString>

#include <mutex>
#include <vector>

namespace reelforge::application {

// The outputs of one job attempt in one folder. reserve() hands out a hidden temporary name
// tagged with the job and the attempt, so that no other attempt (in this process or another)
// ever writes the same file; commit() renames each to its final name, adding " (2)", " (3)"...
// rather than overwriting; rollback() undoes a commit; whatever is not committed is deleted
// with the object. The temporaries of an attempt whose process died are removed with
// removeStale().
class OutputFiles final : public IOutputFiles {
public:
    OutputFiles(QString folder, QString jobId, QString attemptId);
    ~OutputFiles() override;

    domain::Result<QString> reserve(const QString& finalName) override;
    // Temp path -> final path, for every reserved file in `keep` that exists; the other
    // reserved files are deleted. All or nothing.
    domain::Result<std::vector<std::pair<QString, QString>>> commit(const QSet<QString>& keep);
    // Moves committed files back to their temporary names (deleted with the object).
    void rollback();
    void discard();

    static void removeStale(const QString& folder, const QString& jobId, const QString& attemptId);
    static QString uniqueName(const QString& folder, const QString& fileName);

private:
    QString m_folder;
    QString m_jobId;
    QString m_attemptId;
    std::mutex m_mutex;
    std::vector<std::pair<QString, QString>> m_reserved;  // temp path, final name
    std::vector<std::pair<QString, QString>> m_committed;  // temp path, final path
};

// Expands an output name template: {title}, {preset}, {ext}, {date}; characters that are not
// allowed in file names on any platform become '_'.
QString expandOutputTemplate(const QString& pattern, const QString& title, const QString& preset,
    const QString& ext, const QString& date);

}  // namespace reelforge::application
