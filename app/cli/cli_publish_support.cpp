#include "cli/cli_publish_support.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace reelforge::app::cli {

using domain::ErrorCode;
using domain::Platform;

namespace {

bool endpointRequired(Platform p)
{
    return p == Platform::PeerTube || p == Platform::S3 || p == Platform::WebDav || p == Platform::Tus;
}

domain::Result<QString> inputFile(AppContext& context, const QString& input, QString& artifactId)
{
    if (QFileInfo(input).isFile())
        return QFileInfo(input).absoluteFilePath();
    auto jobs = context.jobs().list();
    if (jobs) {
        for (const domain::Job& job : *jobs) {
            auto artifacts = context.jobs().artifacts(job.id());
            if (!artifacts)
                continue;
            for (const domain::Artifact& a : *artifacts) {
                if (a.id == input) {
                    artifactId = a.id;
                    return a.path;
                }
            }
        }
    }
    return domain::fail(ErrorCode::FileMissing, QStringLiteral("no such file or artifact id"), input);
}

domain::Result<QString> destinationFor(
    const domain::Account& account, const Invocation& inv, const QString& fileName)
{
    const QString path = inv.option(QStringLiteral("path"));
    switch (account.platform) {
    case Platform::S3: {
        const QString bucket = inv.options.contains(QStringLiteral("bucket"))
            ? inv.option(QStringLiteral("bucket"))
            : account.settings.value(QStringLiteral("bucket")).toString();
        if (bucket.isEmpty())
            return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("s3 needs --bucket"));
        const QString key
            = inv.options.contains(QStringLiteral("key")) ? inv.option(QStringLiteral("key")) : fileName;
        return bucket + QLatin1Char('/') + key;
    }
    case Platform::WebDav: {
        QString folder = path;
        while (folder.endsWith(QLatin1Char('/')))
            folder.chop(1);
        return folder + QLatin1Char('/') + fileName;
    }
    case Platform::Folder:
        return inv.options.contains(QStringLiteral("account")) ? path : QString();
    case Platform::YouTube:
    case Platform::Vimeo:
    case Platform::PeerTube:
    case Platform::TikTok:
    case Platform::Tus:
        break;
    }
    return QString();
}

}  // namespace

QJsonObject accountSettingsFrom(const Invocation& inv)
{
    QJsonObject settings;
    const QList<QPair<QString, QString>> names { { QStringLiteral("region"), QStringLiteral("region") },
        { QStringLiteral("bucket"), QStringLiteral("bucket") },
        { QStringLiteral("client-id"), QStringLiteral("clientId") },
        { QStringLiteral("username"), QStringLiteral("username") },
        { QStringLiteral("channel"), QStringLiteral("channel") },
        // OAuth endpoints other than the platform's (a company or test identity provider)
        { QStringLiteral("auth-url"), QStringLiteral("authorizeUrl") },
        { QStringLiteral("token-url"), QStringLiteral("tokenUrl") } };
    for (const auto& [option, key] : names)
        if (inv.options.contains(option))
            settings.insert(key, inv.option(option));
    if (inv.flag(QStringLiteral("nextcloud")))
        settings.insert(QStringLiteral("nextcloud"), true);  // WebDAV: Nextcloud's chunked upload
    return settings;
}

domain::Result<domain::Account> accountFor(AppContext& context, const Invocation& inv)
{
    if (inv.options.contains(QStringLiteral("account")))
        return context.accounts().find(inv.option(QStringLiteral("account")));
    if (!inv.options.contains(QStringLiteral("target")))
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("give --target T or --account NAME"));
    auto platform = domain::parsePlatform(inv.option(QStringLiteral("target")));
    if (!platform)
        return tl::unexpected(platform.error());
    domain::Account draft;
    draft.platform = *platform;
    if (*platform == Platform::Folder) {
        if (inv.option(QStringLiteral("path")).isEmpty())
            return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("folder needs --path DIR"));
        draft.endpoint = QDir(inv.option(QStringLiteral("path"))).absolutePath();
    } else {
        draft.endpoint = inv.option(QStringLiteral("endpoint"));
        if (endpointRequired(*platform) && draft.endpoint.isEmpty())
            return domain::fail(
                ErrorCode::InvalidArgument, QStringLiteral("this target needs --endpoint URL"));
    }
    draft.name = draft.endpoint.isEmpty()
        ? domain::platformName(*platform)
        : domain::platformName(*platform) + QLatin1Char(' ') + draft.endpoint;
    draft.settings = accountSettingsFrom(inv);
    draft.settings.remove(QStringLiteral("bucket"));  // per publication here
    auto account = context.accounts().ensure(draft);
    if (!account)
        return account;
    // S3 keys from the usual environment variables go to the keychain, not the database.
    const QByteArray keyId = qgetenv("AWS_ACCESS_KEY_ID");
    const QByteArray secret = qgetenv("AWS_SECRET_ACCESS_KEY");
    if (*platform == Platform::S3 && !keyId.isEmpty() && !secret.isEmpty()) {
        const QJsonObject keys { { QStringLiteral("accessKeyId"), QString::fromUtf8(keyId) },
            { QStringLiteral("secretAccessKey"), QString::fromUtf8(secret) } };
        if (domain::Status s
            = context.accounts().storeSecret(*account, QJsonDocument(keys).toJson(QJsonDocument::Compact));
            !s)
            return tl::unexpected(s.error());
    }
    return account;
}

domain::Result<application::PublishOrder> publishOrderFor(AppContext& context, const Invocation& inv)
{
    application::PublishOrder order;
    auto file = inputFile(context, inv.args.value(0), order.artifactId);
    if (!file)
        return tl::unexpected(file.error());
    order.filePath = *file;
    auto account = accountFor(context, inv);
    if (!account)
        return tl::unexpected(account.error());
    order.accountId = account->id;
    auto destination = destinationFor(*account, inv, QFileInfo(*file).fileName());
    if (!destination)
        return tl::unexpected(destination.error());
    order.destination = *destination;
    order.title = inv.option(QStringLiteral("title"));
    order.description = inv.option(QStringLiteral("description"));
    if (inv.options.contains(QStringLiteral("tags")))
        order.tags = inv.option(QStringLiteral("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString privacy = inv.option(QStringLiteral("privacy"));
    if (privacy == QLatin1String("public"))
        order.privacy = domain::Privacy::Public;
    else if (privacy == QLatin1String("unlisted"))
        order.privacy = domain::Privacy::Unlisted;
    else if (!privacy.isEmpty() && privacy != QLatin1String("private"))
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("--privacy is private, unlisted or public"));
    if (inv.options.contains(QStringLiteral("at"))) {
        const QDateTime at = QDateTime::fromString(inv.option(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid())
            return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("--at needs an ISO 8601 time"),
                inv.option(QStringLiteral("at")));
        order.publishAt = at.toUTC();
    }
    for (const QString& name :
        { QStringLiteral("category"), QStringLiteral("playlist"), QStringLiteral("channel") })
        if (inv.options.contains(name))
            order.options.insert(name, inv.option(name));
    if (inv.options.contains(QStringLiteral("thumbnail")))
        order.options.insert(QStringLiteral("thumbnail"),
            QFileInfo(inv.option(QStringLiteral("thumbnail"))).absoluteFilePath());
    if (inv.options.contains(QStringLiteral("chunk-size")))
        order.options.insert(
            QStringLiteral("chunkBytes"), inv.option(QStringLiteral("chunk-size")).toLongLong());
    if (inv.flag(QStringLiteral("made-for-kids")))
        order.options.insert(QStringLiteral("madeForKids"), true);
    order.force = inv.flag(QStringLiteral("force"));
    return order;
}

}  // namespace reelforge::app::cli
