#include "application/services/output_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace reelforge::application {

using domain::ErrorCode;

OutputFiles::OutputFiles(QString folder, QString jobId, QString attemptId)
    : m_folder(std::move(folder))
    , m_jobId(std::move(jobId))
    , m_attemptId(std::move(attemptId))
{
}

OutputFiles::~OutputFiles()
{
    discard();
}

domain::Result<QString> OutputFiles::reserve(const QString& finalName)
{
    if (!QDir().mkpath(m_folder))
        return domain::fail(
            ErrorCode::PermissionDenied, QStringLiteral("cannot create the output folder"), m_folder);
    const QFileInfo folder(m_folder);
    if (!folder.isWritable())
        return domain::fail(
            ErrorCode::PermissionDenied, QStringLiteral("output folder is not writable"), m_folder);
    std::lock_guard lock(m_mutex);
    const QString suffix = QFileInfo(finalName).suffix();
    const QString temp = QStringLiteral("%1/.reelforge-%2-%3-%4.part%5")
                             .arg(m_folder, m_jobId, m_attemptId)
                             .arg(m_reserved.size())
                             .arg(suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    m_reserved.emplace_back(temp, finalName);
    return temp;
}

domain::Result<std::vector<std::pair<QString, QString>>> OutputFiles::commit(const QSet<QString>& keep)
{
    std::lock_guard lock(m_mutex);
    std::vector<std::pair<QString, QString>> done;
    for (const auto& [temp, name] : m_reserved) {
        if (!QFileInfo::exists(temp) || !keep.contains(temp))
            continue;
        // Another job may take the same name between the check and the rename (QFile::rename
        // never replaces an existing file): try the next free name a few times.
        QString target;
        bool renamed = false;
        for (int attempt = 0; attempt < 20 && !renamed; ++attempt) {
            target = m_folder + QLatin1Char('/') + uniqueName(m_folder, name);
            renamed = QFile::rename(temp, target);
        }
        if (!renamed) {
            for (const auto& [t, f] : done)
                QFile::rename(f, t);  // put back what was already moved: all or nothing
            return domain::fail(
                ErrorCode::IoError, QStringLiteral("cannot move the output into place"), target);
        }
        done.emplace_back(temp, target);
    }
    m_committed = done;
    // What was not kept (the outputs of earlier steps) goes now.
    for (const auto& [temp, name] : m_reserved) {
        if (!keep.contains(temp))
            QFile::remove(temp);
    }
    return done;
}

void OutputFiles::rollback()
{
    std::lock_guard lock(m_mutex);
    for (const auto& [temp, final] : m_committed)
        QFile::rename(final, temp);
    m_committed.clear();
}

void OutputFiles::discard()
{
    std::lock_guard lock(m_mutex);
    // Not a structured binding: clang before 16 (Apple's too) cannot capture one in a lambda.
    for (const auto& reserved : m_reserved) {
        const QString& temp = reserved.first;
        const bool placed = std::any_of(
            m_committed.begin(), m_committed.end(), [&](const auto& entry) { return entry.first == temp; });
        if (!placed)
            QFile::remove(temp);
    }
    m_reserved.clear();
}

void OutputFiles::removeStale(const QString& folder, const QString& jobId, const QString& attemptId)
{
    // Attempts made before leases existed had no id: their files are numbered right after the
    // job id. Only the given attempt's files match, never another attempt's.
    const QString attempt
        = attemptId.isEmpty() ? QString() : QRegularExpression::escape(attemptId) + QLatin1Char('-');
    const QRegularExpression pattern(
        QStringLiteral("^\\.reelforge-%1-%2\\d+\\.part").arg(QRegularExpression::escape(jobId), attempt));
    const QDir dir(folder);
    for (const QString& name :
        dir.entryList({ QStringLiteral(".reelforge-*") }, QDir::Files | QDir::Hidden)) {
        if (pattern.match(name).hasMatch())
            QFile::remove(dir.filePath(name));
    }
}

QString OutputFiles::uniqueName(const QString& folder, const QString& fileName)
{
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString ext = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString candidate = fileName;
    for (int n = 2; QFileInfo::exists(folder + QLatin1Char('/') + candidate); ++n)
        candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(ext);
    return candidate;
}

QString expandOutputTemplate(const QString& pattern, const QString& title, const QString& preset,
    const QString& ext, const QString& date)
{
    QString name = pattern;
    name.replace(QStringLiteral("{title}"), title)
        .replace(QStringLiteral("{preset}"), preset)
        .replace(QStringLiteral("{ext}"), ext)
        .replace(QStringLiteral("{date}"), date);
    static const QRegularExpression forbidden(QStringLiteral("[<>:\"/\\\\|?*\\x00-\\x1f]"));
    name.replace(forbidden, QStringLiteral("_"));
    name = name.trimmed();
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    return name.isEmpty() ? QStringLiteral("output") : name;
}

}  // namespace reelforge::application
