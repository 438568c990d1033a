#include "adapters/publishing/folder/folder_publisher.h"

#include "adapters/publishing/shared/upload_meter.h"
#include "application/services/publishing_bandwidth_limiter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrl>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace reelforge::adapters {

using application::UploadSession;
using domain::ErrorCode;

namespace {

QString partPathFor(const QString& target)
{
    const QFileInfo info(target);
    return info.dir().filePath(QStringLiteral(".") + info.fileName() + QStringLiteral(".reelforge-part"));
}

QString freeName(const QDir& dir, const QString& fileName)
{
    const QFileInfo info(fileName);
    QString candidate = fileName;
    for (int n = 2; dir.exists(candidate) || QFile::exists(partPathFor(dir.filePath(candidate))); ++n) {
        candidate = info.completeSuffix().isEmpty()
            ? QStringLiteral("%1 (%2)").arg(info.baseName()).arg(n)
            : QStringLiteral("%1 (%2).%3").arg(info.baseName()).arg(n).arg(info.completeSuffix());
    }
    return candidate;
}

bool syncToDisk(QFile& file)
{
    if (!file.flush())
        return false;
#ifdef Q_OS_WIN
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

}  // namespace

FolderPublisher::FolderPublisher(QString folder)
    : m_folder(std::move(folder))
{
}

domain::Result<UploadSession> FolderPublisher::begin(const application::PublishRequest& request)
{
    QDir dir(m_folder);
    if (!request.publication.destination.isEmpty())
        dir.setPath(dir.filePath(request.publication.destination));
    if (!dir.mkpath(QStringLiteral(".")))
        return domain::fail(
            ErrorCode::PermissionDenied, QStringLiteral("cannot create the destination folder"), dir.path());
    const QString name = request.publication.options.value(QStringLiteral("fileName")).toString();
    UploadSession session;
    session.url = dir.filePath(freeName(dir, name.isEmpty() ? QFileInfo(request.filePath).fileName() : name));
    session.uploadId = partPathFor(session.url);
    session.total = request.fileSize;
    QFile part(session.uploadId);
    if (!part.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return domain::fail(ErrorCode::PermissionDenied,
            QStringLiteral("cannot write in the destination folder"), dir.path());
    return session;
}

domain::Result<UploadSession> FolderPublisher::resume(const application::PublishRequest& request,
    const UploadSession& saved, application::UploadContext& context)
{
    UploadSession session = saved;
    QFile in(request.filePath);
    QFile part(session.uploadId);
    if (!in.open(QIODevice::ReadOnly))
        return domain::fail(
            ErrorCode::FileMissing, QStringLiteral("cannot read the file to publish"), request.filePath);
    if (!part.exists())
        return domain::fail(
            ErrorCode::NotFound, QStringLiteral("the partial copy is gone"), session.uploadId);
    if (!part.open(QIODevice::ReadWrite))
        return domain::fail(
            ErrorCode::PermissionDenied, QStringLiteral("cannot write the partial copy"), session.uploadId);
    // The part file's length is the truth (like a server's offset), except beyond the file.
    session.offset = qMin(part.size(), session.total);
    if (!part.resize(session.offset) || !part.seek(session.offset) || !in.seek(session.offset))
        return domain::fail(
            ErrorCode::IoError, QStringLiteral("cannot continue the partial copy"), session.uploadId);
    UploadMeter meter(context.progress, session.offset, session.total);
    QByteArray block;
    while (session.offset < session.total) {
        if (context.cancel.isCancelled())
            return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        const qint64 want = qMin(kBlockBytes, session.total - session.offset);
        if (context.limiter) {
            const auto wait = context.limiter->reserve(want);
            if (wait.count() > 0)
                QThread::usleep(static_cast<unsigned long>(wait.count()));
        }
        block = in.read(want);
        if (block.size() != want)
            return domain::fail(ErrorCode::IoError,
                QStringLiteral("the file to publish changed or cannot be read"), request.filePath);
        if (part.write(block) != want)
            return domain::fail(
                ErrorCode::DiskFull, QStringLiteral("cannot write the copy (disk full?)"), session.uploadId);
        session.offset += want;
        context.saved(session);
        meter.report(session.offset);
    }
    if (!syncToDisk(part))
        return domain::fail(
            ErrorCode::IoError, QStringLiteral("cannot flush the copy to disk"), session.uploadId);
    meter.report(session.offset, true);
    return session;
}

domain::Result<application::PublishedRef> FolderPublisher::finish(
    const application::PublishRequest&, const UploadSession& session)
{
    if (QFileInfo(session.url).exists() && !QFileInfo::exists(session.uploadId))
        return application::PublishedRef { QFileInfo(session.url).fileName(),
            QUrl::fromLocalFile(session.url).toString(), false };
    if (QFile::exists(session.url))
        return domain::fail(
            ErrorCode::Duplicate, QStringLiteral("a file of this name appeared in the folder"), session.url);
    if (!QFile::rename(session.uploadId, session.url))
        return domain::fail(
            ErrorCode::IoError, QStringLiteral("cannot move the copy into place"), session.url);
    return application::PublishedRef { QFileInfo(session.url).fileName(),
        QUrl::fromLocalFile(session.url).toString(), false };
}

domain::Status FolderPublisher::abort(const UploadSession& session)
{
    QFile::remove(session.uploadId);
    return domain::ok();
}

}  // namespace reelforge::adapters
