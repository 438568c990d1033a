#include "cli/cli_commands.h"
#include "cli/cli_context.h"
#include "cli/cli_publish_support.h"
#include "cli/system_browser.h"

#include "adapters/publishing/oauth/oauth_client.h"
#include "adapters/publishing/oauth/platform_oauth.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace reelforge::app::cli {

using domain::ErrorCode;
using domain::Platform;

namespace {

QJsonObject accountJson(const domain::Account& a)
{
    return { { QStringLiteral("id"), a.id }, { QStringLiteral("name"), a.name },
        { QStringLiteral("target"), domain::platformName(a.platform) },
        { QStringLiteral("endpoint"), a.endpoint }, { QStringLiteral("settings"), a.settings },
        { QStringLiteral("connectedAt"), a.connectedAt.toString(Qt::ISODate) } };
}

// The secret typed or piped on stdin (never an argument: those end up in shell history and
// process lists). S3: "ACCESS_KEY_ID:SECRET_ACCESS_KEY"; WebDAV and PeerTube: the password.
domain::Result<QByteArray> secretFromStdin(Platform platform)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot read the secret from stdin"));
    const QByteArray text = in.readAll().trimmed();
    if (text.isEmpty())
        return domain::fail(ErrorCode::InvalidArgument, QStringLiteral("no secret on stdin"));
    QJsonObject secret;
    if (platform == Platform::S3) {
        const int colon = text.indexOf(':');
        if (colon <= 0)
            return domain::fail(ErrorCode::InvalidArgument,
                QStringLiteral("s3 wants ACCESS_KEY_ID:SECRET_ACCESS_KEY on stdin"));
        secret.insert(QStringLiteral("accessKeyId"), QString::fromUtf8(text.left(colon)));
        secret.insert(QStringLiteral("secretAccessKey"), QString::fromUtf8(text.mid(colon + 1)));
    } else if (platform == Platform::YouTube || platform == Platform::Vimeo || platform == Platform::TikTok) {
        secret.insert(QStringLiteral("clientSecret"), QString::fromUtf8(text));  // the app's, for OAuth
    } else {
        secret.insert(QStringLiteral("password"), QString::fromUtf8(text));
    }
    return QJsonDocument(secret).toJson(QJsonDocument::Compact);
}

// OAuth sign-in through the system browser and a loopback redirect; returns the secret to
// keep (the tokens, plus the app's client secret when there is one).
domain::Result<QByteArray> signIn(const domain::Account& draft, const QByteArray& secret, Output& out)
{
    const QJsonObject given = QJsonDocument::fromJson(secret).object();
    const auto config
        = adapters::platformOAuth(draft, given.value(QStringLiteral("clientSecret")).toString());
    if (!config)
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("this target does not sign in with OAuth"));
    if (config->clientId.isEmpty())
        return domain::fail(ErrorCode::InvalidArgument,
            QStringLiteral("--connect needs --client-id (see docs/publishing.md)"));
    adapters::HttpClient http;
    adapters::OAuthClient client(http, *config);
    auto tokens = client.connect(
        [&out](const QUrl& url) {
            out.progress(QString());
            out.line(QStringLiteral("Open this address to sign in: ") + QString::fromLatin1(url.toEncoded()));
            // The address is printed too, for a browser elsewhere ($REELFORGE_BROWSER=none).
            openInBrowser(url);
            return true;
        },
        5 * 60 * 1000);
    if (!tokens)
        return tl::unexpected(tokens.error());
    QJsonObject stored = tokens->toJson();
    if (given.contains(QStringLiteral("clientSecret")))
        stored.insert(QStringLiteral("clientSecret"), given.value(QStringLiteral("clientSecret")));
    return QJsonDocument(stored).toJson(QJsonDocument::Compact);
}

int addAccount(AppContext& context, const Invocation& inv, Output& out)
{
    auto platform = domain::parsePlatform(inv.option(QStringLiteral("target")));
    if (!platform)
        return usageError(
            out, QStringLiteral("accounts add NAME --target T [--endpoint URL] [--secret-stdin]"));
    domain::Account draft;
    draft.name = inv.args.value(1);
    draft.platform = *platform;
    draft.endpoint = *platform == Platform::Folder ? inv.option(QStringLiteral("path"))
                                                   : inv.option(QStringLiteral("endpoint"));
    draft.settings = accountSettingsFrom(inv);
    QByteArray secret;
    if (inv.flag(QStringLiteral("secret-stdin"))) {
        auto read = secretFromStdin(*platform);
        if (!read)
            return out.error(read.error(), kExitUsage);
        secret = *read;
    }
    if (inv.flag(QStringLiteral("connect"))) {
        auto tokens = signIn(draft, secret, out);
        if (!tokens)
            return out.error(tokens.error(), kExitItemFailed);
        secret = *tokens;
    }
    auto account = context.accounts().add(draft, secret);
    if (!account)
        return out.error(account.error(), kExitItemFailed);
    if (out.json())
        out.document(accountJson(*account));
    else
        out.line(QStringLiteral("added %1 (%2)").arg(account->name, domain::platformName(account->platform)));
    return kExitOk;
}

}  // namespace

int accountsCommand(const Invocation& inv, Output& out)
{
    const QString sub = inv.args.value(0);
    auto context = openLibrary(inv);
    if (!context)
        return out.error(context.error(), kExitItemFailed);
    AppContext& ctx = **context;
    if (sub == QLatin1String("list") && inv.args.size() == 1) {
        auto all = ctx.accounts().list();
        if (!all)
            return out.error(all.error(), kExitItemFailed);
        QJsonArray arr;
        for (const domain::Account& a : *all) {
            arr.append(accountJson(a));
            if (!out.json())
                out.line(
                    QStringLiteral("%1  %2  %3").arg(a.name, domain::platformName(a.platform), a.endpoint));
        }
        if (out.json())
            out.document(QJsonObject { { QStringLiteral("accounts"), arr } });
        return kExitOk;
    }
    if (sub == QLatin1String("add") && inv.args.size() == 2)
        return addAccount(ctx, inv, out);
    if (sub == QLatin1String("remove") && inv.args.size() == 2) {
        if (domain::Status s = ctx.accounts().remove(inv.args[1]); !s)
            return out.error(s.error(), kExitItemFailed);
        if (out.json())
            out.document(QJsonObject { { QStringLiteral("removed"), inv.args[1] } });
        else
            out.line(QStringLiteral("removed ") + inv.args[1]);
        return kExitOk;
    }
    return usageError(out,
        QStringLiteral(
            "accounts list | add NAME --target T [--endpoint URL] [--secret-stdin] | remove NAME"));
}

}  // namespace reelforge::app::cli
