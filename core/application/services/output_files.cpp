#include "application/services/output_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace reelforge::application {

using domain::ErrorCode;

OutputFiles::OutputFiles(QString folder, QString jobId)
    : m_folder(std::move(folder))
    , m_jobId(std::move(jobId))
{
}

OutputFiles::~OutputFiles()
{
    if (!m_committed)
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
    const QString temp = QStringLiteral("%1/.reelforge-%2-%3.part%4")
                             .arg(m_folder, m_jobId)
                             .arg(m_reserved.size())
                             .arg(suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    m_reserved.emplace_back(temp, finalName);
    return temp;
}

domain::Result<std::vector<std::pair<QString, QString>>> OutputFiles::commit()
{
    std::lock_guard lock(m_mutex);
    std::vector<std::pair<QString, QString>> done;
    for (const auto& [temp, name] : m_reserved) {
        if (!QFileInfo::exists(temp))
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
    m_committed = true;
    return done;
}

void OutputFiles::discard()
{
    std::lock_guard lock(m_mutex);
    for (const auto& entry : m_reserved)
        QFile::remove(entry.first);
    m_reserved.clear();
}

void OutputFiles::removeStale(const QString& folder, const QString& jobId)
{
    const QDir dir(folder);
    const QStringList stale
        = dir.entryList({ QStringLiteral(".reelforge-%1-*.part*").arg(jobId) }, QDir::Files | QDir::Hidden);
    for (const QString& name : stale)
        QFile::remove(dir.filePath(name));
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
