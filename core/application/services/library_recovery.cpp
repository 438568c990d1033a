#include "application/services/library_recovery.h"

#include "application/services/staged_files.h"

namespace reelforge::application {

using domain::ErrorCode;
using domain::MediaAsset;

namespace {

constexpr int kThumbnailWidth = 480;  // as imports make them

}  // namespace

LibraryRecovery::LibraryRecovery(RecoveryPorts ports)
    : m_ports(ports)
{
}

domain::Result<int> LibraryRecovery::lostOriginals()
{
    domain::Result<int> count = m_ports.assets.count();
    if (!count)
        return tl::unexpected(count.error());
    if (*count > 0)
        return 0;
    domain::Result<std::vector<StoredOriginal>> originals = m_ports.storage.listOriginals();
    if (!originals)
        return tl::unexpected(originals.error());
    return static_cast<int>(originals->size());
}

domain::Result<int> LibraryRecovery::unindexedOriginals()
{
    domain::Result<std::vector<StoredOriginal>> originals = m_ports.storage.listOriginals();
    if (!originals)
        return tl::unexpected(originals.error());
    int missing = 0;
    for (const StoredOriginal& original : *originals) {
        domain::Result<std::optional<MediaAsset>> existing = m_ports.assets.findByHash(original.sha256);
        if (!existing)
            return tl::unexpected(existing.error());
        if (!existing->has_value())
            ++missing;
    }
    return missing;
}

QString LibraryRecovery::titleFor(const StoredOriginal& original, const domain::MediaInfo& info)
{
    if (!info.title.trimmed().isEmpty())
        return info.title.trimmed();
    return original.sha256.left(12);
}

domain::Result<RebuildReport> LibraryRecovery::rebuild(CancellationToken& cancel, ProgressSink* progress)
{
    domain::Result<std::vector<StoredOriginal>> originals = m_ports.storage.listOriginals();
    if (!originals)
        return tl::unexpected(originals.error());
    RebuildReport report;
    const int total = static_cast<int>(originals->size());
    for (int i = 0; i < total; ++i) {
        const StoredOriginal& original = (*originals)[static_cast<std::size_t>(i)];
        if (cancel.isCancelled()) {
            report.cancelled = true;
            break;
        }
        if (progress)
            progress->report({ static_cast<double>(i) / total, -1.0, 0.0, i, total, original.path });
        domain::Result<std::optional<MediaAsset>> existing = m_ports.assets.findByHash(original.sha256);
        if (!existing)
            return tl::unexpected(existing.error());  // the database itself fails: stop here
        if (existing->has_value()) {
            report.alreadyIndexed.push_back({ original.path, QStringLiteral("indexed"), (*existing)->id() });
            continue;
        }
        domain::Result<MediaAsset> asset = recordOne(original, cancel);
        if (asset) {
            report.rebuilt.push_back(
                { asset->id(), asset->storedPath(), asset->title(), asset->contentHash() });
        } else if (asset.error().code == ErrorCode::Cancelled) {
            report.cancelled = true;
            break;
        } else if (asset.error().code == ErrorCode::Duplicate) {
            // Another process indexed it meanwhile.
            report.alreadyIndexed.push_back(
                { original.path, QStringLiteral("indexed"), asset.error().detail });
        } else {
            report.failed.push_back({ original.path, asset.error() });
        }
    }
    if (progress)
        progress->report({ 1.0, 0.0, 0.0, total, total, {} }, true);
    return report;
}

domain::Result<MediaAsset> LibraryRecovery::recordOne(
    const StoredOriginal& original, CancellationToken& cancel)
{
    // The name promises the content: a file that no longer matches was changed or damaged
    // after it was stored, and is reported rather than indexed under a false hash.
    domain::Result<QString> hash = m_ports.storage.contentHash(original.path, cancel);
    if (!hash)
        return tl::unexpected(hash.error());
    if (*hash != original.sha256)
        return domain::fail(ErrorCode::MediaUnreadable,
            QStringLiteral("content does not match its name: the file was changed or damaged"),
            QStringLiteral("sha256 %1").arg(*hash));

    domain::Result<domain::MediaInfo> info = m_ports.probe.probe(original.path);
    if (!info)
        return tl::unexpected(info.error());
    if (domain::Status s = info->validate(); !s)
        return tl::unexpected(domain::Error { s.error().code, s.error().message, original.path });

    const QString id = MediaAsset::newId();
    // As on import, the thumbnail is staged and placed in the transaction that records it.
    StagedFiles staged(m_ports.storage);
    QString thumbnail;
    if (info->hasVideo()) {
        // As on import, a missing thumbnail is no reason to leave the file out.
        if (domain::Result<QByteArray> jpeg
            = m_ports.thumbnails.grab(original.path, *info, kThumbnailWidth)) {
            if (auto saved = m_ports.storage.stageThumbnail(m_ports.processes.selfId(), *jpeg)) {
                thumbnail = m_ports.storage.thumbnailPath(id);
                staged.add(*saved, thumbnail);
            }
        }
    }
    const QDateTime importedAt
        = original.modified.isValid() ? original.modified.toUTC() : m_ports.clock.now();
    // Where the file came from is not recorded anywhere but in the lost index.
    domain::Result<MediaAsset> asset = MediaAsset::create({ id, titleFor(original, *info), QString(),
        original.path, original.sha256, domain::ImportMode::Copy, importedAt, *info, thumbnail });
    if (!asset)
        return asset;
    auto added = m_ports.assets.addUnlessPresent(*asset, staged.moves());
    if (!added)
        return tl::unexpected(added.error());
    if (added->has_value())
        return domain::fail(ErrorCode::Duplicate, QStringLiteral("already in the library"), **added);
    staged.release();
    return asset;
}

}  // namespace reelforge::application
