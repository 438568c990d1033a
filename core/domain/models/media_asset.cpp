#include "domain/models/media_asset.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

namespace reelforge::domain {

QString importModeName(ImportMode mode)
{
    return mode == ImportMode::Copy ? QStringLiteral("copy") : QStringLiteral("reference");
}

Result<ImportMode> parseImportMode(const QString& name)
{
    if (name == QLatin1String("copy"))
        return ImportMode::Copy;
    if (name == QLatin1String("reference"))
        return ImportMode::Reference;
    return fail(ErrorCode::InvalidArgument, QStringLiteral("unknown import mode"), name);
}

namespace {
bool isSha256Hex(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(s).hasMatch();
}
}  // namespace

Result<MediaAsset> MediaAsset::create(Fields f)
{
    if (f.id.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("asset id is empty"));
    if (f.storedPath.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("asset has no stored path"), f.id);
    if (!isSha256Hex(f.contentHash))
        return fail(
            ErrorCode::InvalidArgument, QStringLiteral("content hash is not sha256 hex"), f.contentHash);
    if (!f.importedAt.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("import time is missing"), f.id);
    if (Status s = f.info.validate(); !s)
        return tl::unexpected(s.error());
    if (f.title.trimmed().isEmpty())
        f.title = titleFromFileName(f.originalPath.isEmpty() ? f.storedPath : f.originalPath);
    return MediaAsset(std::move(f));
}

QString MediaAsset::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString MediaAsset::titleFromFileName(const QString& path)
{
    QString base = QFileInfo(path).completeBaseName();
    base.replace(QLatin1Char('_'), QLatin1Char(' '));
    return base.trimmed().isEmpty() ? QStringLiteral("Untitled") : base.trimmed();
}

Status MediaAsset::rename(const QString& title)
{
    if (title.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("title is empty"));
    m_f.title = title.trimmed();
    return ok();
}

}  // namespace reelforge::domain
