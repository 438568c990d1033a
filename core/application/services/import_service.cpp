#include "application/services/import_service.h"

#include "application/services/media_files.h"
#include "application/services/staged_files.h"

#include <QFile>
#include <QFileInfo>

namespace reelforge::application {

using domain::ErrorCode;
using domain::MediaAsset;

namespace {

domain::Status validateReadableFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return domain::fail(ErrorCode::FileMissing, QStringLiteral("file does not exist"), path);
    if (!info.isFile())
        return domain::fail(ErrorCode::NotMedia, QStringLiteral("not a regular file"), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::fail(ErrorCode::PermissionDenied, QStringLiteral("file cannot be read"), path);
    if (file.size() == 0)
        return domain::fail(ErrorCode::EmptyFile, QStringLiteral("file is empty (0 bytes)"), path);
    return domain::ok();
}

}  // namespace

ImportService::ImportService(ImportPorts ports, QObject* parent)
    : QObject(parent)
    , m_ports(ports)
{
    qRegisterMetaType<reelforge::application::Progress>();
    qRegisterMetaType<reelforge::application::ImportReport>();
    m_pool.setMaxThreadCount(1);  // requests run one after the other, in order
}

ImportService::~ImportService()
{
    cancelAll();
    m_pool.waitForDone();
}

std::vector<ImportService::Candidate> ImportService::expand(
    const QStringList& paths, ImportReport& report) const
{
    std::vector<Candidate> out;
    for (const QString& given : paths) {
        const QFileInfo info(given);
        if (info.isDir()) {
            const FolderScan scan = scanFolder(info.absoluteFilePath());
            // What could not even be looked at is listed, never dropped in silence.
            report.failed.insert(report.failed.end(), scan.problems.begin(), scan.problems.end());
            if (scan.files.isEmpty() && scan.problems.empty()) {
                report.failed.push_back({ given,
                    { ErrorCode::NotMedia, QStringLiteral("folder contains no media files"), given } });
            }
            for (const QString& f : scan.files)
                out.push_back({ f, given });
        } else {
            // Named files are always tried, so a wrong one gets a reason rather than silence.
            out.push_back({ info.exists() ? info.absoluteFilePath() : given, given });
        }
    }
    return out;
}

ImportReport ImportService::run(
    const ImportRequest& request, CancellationToken& cancel, ProgressSink* progress)
{
    ImportReport report;
    if (domain::Status s = m_ports.storage.ensureLayout(); !s) {
        for (const QString& p : request.paths)
            report.failed.push_back({ p, s.error() });
        return report;
    }
    const std::vector<Candidate> files = expand(request.paths, report);
    const int total = static_cast<int>(files.size());
    for (int i = 0; i < total; ++i) {
        if (cancel.isCancelled()) {
            report.cancelled = true;
            break;
        }
        const Candidate& file = files[static_cast<std::size_t>(i)];
        const auto bytes = [&](qint64 done, qint64 all) {
            if (progress && all > 0) {
                const double within = static_cast<double>(done) / static_cast<double>(all);
                progress->report({ (i + within) / total, -1.0, 0.0, i, total, file.path });
            }
        };
        if (progress)
            progress->report({ static_cast<double>(i) / total, -1.0, 0.0, i, total, file.path });
        importOne(file, request.mode, cancel, bytes, report);
    }
    if (progress)
        progress->report({ 1.0, 0.0, 0.0, total, total, {} }, true);
    notifyDone(report);
    return report;
}

void ImportService::importOne(const Candidate& file, domain::ImportMode mode, CancellationToken& cancel,
    const IMediaStorage::ByteProgress& bytes, ImportReport& report)
{
    domain::Result<MediaAsset> asset = importFile(file.path, mode, cancel, bytes, report);
    if (asset) {
        report.imported.push_back({ asset->id(), asset->storedPath(), asset->title() });
        return;
    }
    if (asset.error().code == ErrorCode::Duplicate)
        return;  // importFile recorded it under skipped
    if (asset.error().code == ErrorCode::Cancelled) {
        report.cancelled = true;
        return;
    }
    report.failed.push_back({ file.path, asset.error() });
}

domain::Result<MediaAsset> ImportService::importFile(const QString& path, domain::ImportMode mode,
    CancellationToken& cancel, const IMediaStorage::ByteProgress& bytes, ImportReport& report)
{
    if (domain::Status s = validateReadableFile(path); !s)
        return tl::unexpected(s.error());

    domain::Result<domain::MediaInfo> info = m_ports.probe.probe(path);
    if (!info)
        return tl::unexpected(info.error());
    if (domain::Status s = info->validate(); !s)
        return tl::unexpected(domain::Error { s.error().code, s.error().message, path });

    domain::Result<QString> hash = m_ports.storage.contentHash(path, cancel);
    if (!hash)
        return tl::unexpected(hash.error());
    const auto duplicate = [&](const QString& existingId) {
        report.skipped.push_back({ path, QStringLiteral("duplicate"), existingId });
        return domain::fail(ErrorCode::Duplicate, QStringLiteral("already in the library"), existingId);
    };
    // Known already: nothing to copy. (Checked again when recording, which is what counts.)
    domain::Result<std::optional<MediaAsset>> existing = m_ports.assets.findByHash(*hash);
    if (!existing)
        return tl::unexpected(existing.error());
    if (existing->has_value())
        return duplicate((*existing)->id());

    // Everything is written under temporary names of this process's; they are deleted when this
    // import does not end as a record (the StagedFiles guard), and moved into place when it does.
    const QString owner = m_ports.processes.selfId();
    StagedFiles staged(m_ports.storage);
    const QString id = MediaAsset::newId();
    QString stored = QFileInfo(path).absoluteFilePath();
    if (mode == domain::ImportMode::Copy) {
        domain::Result<QString> copied = m_ports.storage.stageOriginal(path, *hash, owner, cancel, bytes);
        if (!copied)
            return tl::unexpected(copied.error());
        stored = m_ports.storage.originalPath(*hash, QFileInfo(path).suffix());
        staged.add(*copied, stored);
    }
    QString thumbnail;
    if (info->hasVideo()) {
        // A missing thumbnail is not worth failing an import for: the grid shows a placeholder.
        const QString readable = staged.empty() ? stored : staged.temporaryOf(stored);
        if (domain::Result<QByteArray> jpeg = m_ports.thumbnails.grab(readable, *info, 480)) {
            if (domain::Result<QString> saved = m_ports.storage.stageThumbnail(owner, *jpeg)) {
                thumbnail = m_ports.storage.thumbnailPath(id);
                staged.add(*saved, thumbnail);
            }
        }
    }

    domain::Result<MediaAsset> asset = MediaAsset::create({ id, MediaAsset::titleFromFileName(path),
        QFileInfo(path).absoluteFilePath(), stored, *hash, mode, m_ports.clock.now(), *info, thumbnail });
    if (!asset)
        return asset;
    auto added = m_ports.assets.addUnlessPresent(*asset, staged.moves());
    if (!added)
        return tl::unexpected(added.error());
    if (added->has_value())
        return duplicate(**added);  // another process recorded the same content first
    staged.release();
    return asset;
}

void ImportService::notifyDone(const ImportReport& report)
{
    if (report.imported.empty() && report.failed.empty())
        return;
    m_ports.notifier.notify(domain::makeNotification(QStringLiteral("import.finished"),
        report.failed.empty() ? domain::NotificationLevel::Success : domain::NotificationLevel::Warning,
        report.imported.size() == 1 ? report.imported.front().id : QString(),
        QStringLiteral("%1 imported, %2 failed").arg(report.imported.size()).arg(report.failed.size()), {},
        m_ports.clock.now()));
}

void ImportService::start(const ImportRequest& request)
{
    auto token = std::make_shared<CancellationToken>();
    {
        std::lock_guard lock(m_mutex);
        m_active.push_back(token);
    }
    m_pool.start([this, request, token] {
        ProgressSink sink([this](const Progress& p) {
            QMetaObject::invokeMethod(
                this, [this, p] { emit progressed(p); }, Qt::QueuedConnection);
        });
        ImportReport report = run(request, *token, &sink);
        {
            std::lock_guard lock(m_mutex);
            std::erase(m_active, token);
        }
        QMetaObject::invokeMethod(
            this, [this, report] { emit finished(report); }, Qt::QueuedConnection);
    });
}

void ImportService::cancelAll()
{
    std::lock_guard lock(m_mutex);
    for (const auto& token : m_active)
        token->cancel();
}

bool ImportService::isBusy() const
{
    std::lock_guard lock(m_mutex);
    return !m_active.empty();
}

void ImportService::waitForIdle()
{
    m_pool.waitForDone();
}

}  // namespace reelforge::application
