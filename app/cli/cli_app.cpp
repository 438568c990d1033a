#include "cli/cli_app.h"

#include "cli/cli_commands.h"
#include "cli/cli_json.h"

#include "application/secrets/secret_redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <map>

namespace reelforge::app::cli {

using domain::Error;
using domain::ErrorCode;

void Output::document(const QJsonValue& value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    // Indented for people; a long list is for programs, and compact is several times faster.
    const bool large = value.isArray() && value.toArray().size() > 100;
    m_out << doc.toJson(large ? QJsonDocument::Compact : QJsonDocument::Indented);
    if (large)
        m_out << '\n';
    m_out.flush();
}

void Output::line(const QString& text)
{
    m_out << text << '\n';
    m_out.flush();
}

void Output::progress(const QString& text)
{
    if (m_json)
        return;
    m_err << '\r' << text << "\033[K";
    m_err.flush();
}

int Output::error(const Error& unsafe, int exitCode)
{
    const Error error = application::redactSecrets(unsafe);  // whatever built it, it is printed
    if (m_json) {
        m_err << QJsonDocument(QJsonObject { { QStringLiteral("error"), errorJson(error) } })
                     .toJson(QJsonDocument::Compact);
    } else {
        m_err << "reelforge-cli: " << error.toString() << " [" << error.codeName() << "]\n";
    }
    m_err.flush();
    return exitCode;
}

QString usageText()
{
    return QStringLiteral(
        "Usage: reelforge-cli [--library DIR] [--json] COMMAND [ARGS]\n"
        "\n"
        "Commands:\n"
        "  probe FILE                 show what a media file contains\n"
        "  import PATH...             import files and folders into the library\n"
        "                             (--mode copy|reference, default from settings: copy)\n"
        "  list                       list the library\n"
        "  show ID                    show one asset with its full media information\n"
        "  remove ID                  remove an asset (and the library's copy of it)\n"
        "  presets list|show NAME|import FILE|export NAME [--out FILE]\n"
        "                             output presets (built-in and your own)\n"
        "  process FILE|ASSET_ID... (--preset NAME | --recipe NAME|FILE) --out DIR\n"
        "          [--print-ffmpeg] [--priority N] [--hardware auto|off|nvenc|vaapi|qsv] [--no-fallback]\n"
        "                             queue jobs and wait for them (progress on stderr)\n"
        "  queue list|run|pause ID|resume ID|cancel ID|retry ID [--concurrency N]\n"
        "                             the persistent processing queue\n"
        "  publish FILE|ARTIFACT_ID --target youtube|vimeo|peertube|tiktok|s3|webdav|tus|folder\n"
        "          [--account NAME] [--endpoint URL] [--bucket B --key K] [--path DIR] [--title T]\n"
        "          [--description D] [--tags a,b] [--privacy private|unlisted|public] [--at ISO8601]\n"
        "          [--thumbnail FILE] [--category ID] [--playlist ID] [--channel ID] [--made-for-kids]\n"
        "          [--limit-rate BYTES/S] [--force] [--nextcloud (webdav: chunked upload)]\n"
        "                             upload (resumable: run the same command again to continue)\n"
        "  publications list|run|retry ID|cancel ID\n"
        "                             publications and scheduled publications\n"
        "  accounts list|add NAME --target T [--endpoint URL] [--client-id ID] [--secret-stdin]\n"
        "          [--username U] [--nextcloud] [--connect [--auth-url URL --token-url URL]]\n"
        "          |remove NAME\n"
        "                             connected accounts (secrets go to the OS keychain)\n"
        "  analyze FILE|ASSET_ID [--only scenes,silences,loudness,waveform,faces,thumbnails,speech]\n"
        "          [--silence-threshold DB] [--silence-min SECONDS] [--srt FILE] [--vtt FILE] [--no-cache]\n"
        "          [--queue [--priority N]]\n"
        "                             scenes, silences, loudness, faces, thumbnails and speech in one\n"
        "                             pass (results are kept in the library; face boxes are fractions\n"
        "                             of the frame); --queue runs it as a job of the processing queue\n"
        "  library rebuild            re-create the library's index from the files in originals/\n"
        "                             (when library.db was lost; adds only files it lacks)\n"
        "  library backups            the automatic backups of the index (newest first)\n"
        "  library restore [BACKUP]   bring back the newest (or the named) backup of the index\n"
        "\n"
        "Options:\n"
        "  --library DIR              library folder (default: $REELFORGE_LIBRARY, then the\n"
        "                             studio's setting, then the platform data folder)\n"
        "  --json                     print one JSON document on stdout\n"
        "  --help, --version\n"
        "\n"
        "Exit codes: 0 success, 1 some item failed, 2 usage error.\n");
}

namespace {

using Handler = std::function<int(const Invocation&, Output&)>;

const std::map<QString, Handler>& commands()
{
    static const std::map<QString, Handler> kCommands {
        { QStringLiteral("probe"), probeCommand },
        { QStringLiteral("import"), importCommand },
        { QStringLiteral("list"), listCommand },
        { QStringLiteral("show"), showCommand },
        { QStringLiteral("remove"), removeCommand },
        { QStringLiteral("presets"), presetsCommand },
        { QStringLiteral("process"), processCommand },
        { QStringLiteral("queue"), queueCommand },
        { QStringLiteral("publish"), publishCommand },
        { QStringLiteral("publications"), publicationsCommand },
        { QStringLiteral("accounts"), accountsCommand },
        { QStringLiteral("analyze"), analyzeCommand },
        { QStringLiteral("library"), libraryCommand },
    };
    return kCommands;
}

const QSet<QString> kValueOptions { QStringLiteral("preset"), QStringLiteral("recipe"), QStringLiteral("out"),
    QStringLiteral("priority"), QStringLiteral("hardware"), QStringLiteral("name"),
    QStringLiteral("concurrency"),
    // publish, publications, accounts
    QStringLiteral("target"), QStringLiteral("account"), QStringLiteral("endpoint"), QStringLiteral("bucket"),
    QStringLiteral("key"), QStringLiteral("path"), QStringLiteral("title"), QStringLiteral("description"),
    QStringLiteral("tags"), QStringLiteral("privacy"), QStringLiteral("at"), QStringLiteral("thumbnail"),
    QStringLiteral("category"), QStringLiteral("playlist"), QStringLiteral("channel"),
    QStringLiteral("region"), QStringLiteral("client-id"), QStringLiteral("username"),
    QStringLiteral("chunk-size"), QStringLiteral("limit-rate"), QStringLiteral("auth-url"),
    QStringLiteral("token-url"),
    // analyze
    QStringLiteral("only"), QStringLiteral("silence-threshold"), QStringLiteral("silence-min"),
    QStringLiteral("srt"), QStringLiteral("vtt") };
const QSet<QString> kFlags { QStringLiteral("print-ffmpeg"), QStringLiteral("no-fallback"),
    QStringLiteral("force"), QStringLiteral("made-for-kids"), QStringLiteral("secret-stdin"),
    QStringLiteral("connect"), QStringLiteral("no-cache"), QStringLiteral("nextcloud"),
    QStringLiteral("queue") };

// Returns an error text on a usage problem.
QString parse(const QStringList& arguments, Invocation& inv, bool& help, bool& version)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        const auto valueOf = [&](const QString& name, QString& into) -> bool {
            if (a == name) {
                if (i + 1 >= arguments.size())
                    return false;
                into = arguments[++i];
                return true;
            }
            into = a.mid(name.size() + 1);
            return true;
        };
        if (a == QLatin1String("--json")) {
            inv.json = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else if (a == QLatin1String("--version")) {
            version = true;
        } else if (a == QLatin1String("--library") || a.startsWith(QLatin1String("--library="))) {
            if (!valueOf(QStringLiteral("--library"), inv.library))
                return QStringLiteral("--library needs a folder");
        } else if (a == QLatin1String("--mode") || a.startsWith(QLatin1String("--mode="))) {
            if (!valueOf(QStringLiteral("--mode"), inv.importMode))
                return QStringLiteral("--mode needs copy or reference");
        } else if (kValueOptions.contains(a.mid(2).section(QLatin1Char('='), 0, 0))) {
            const QString name = a.mid(2).section(QLatin1Char('='), 0, 0);
            QString value;
            if (!valueOf(QStringLiteral("--") + name, value))
                return QStringLiteral("--%1 needs a value").arg(name);
            inv.options.insert(name, value);
        } else if (kFlags.contains(a.mid(2))) {
            inv.flags.insert(a.mid(2));
        } else if (a == QLatin1String("--")) {
            inv.args += arguments.mid(i + 1);
            break;
        } else if (a.startsWith(QLatin1String("--"))) {
            return QStringLiteral("unknown option ") + a;
        } else if (inv.command.isEmpty()) {
            inv.command = a;
        } else {
            inv.args.append(a);
        }
    }
    return {};
}

}  // namespace

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Invocation inv;
    inv.json = arguments.contains(QStringLiteral("--json"));  // errors found while parsing are JSON too
    bool help = false;
    bool version = false;
    const QString problem = parse(arguments, inv, help, version);
    Output output(out, err, inv.json);
    if (!problem.isEmpty())
        return output.error({ ErrorCode::InvalidArgument, problem, {} }, kExitUsage);
    if (version) {
        output.line(QStringLiteral("reelforge-cli " REELFORGE_VERSION));
        return kExitOk;
    }
    if (help || inv.command.isEmpty()) {
        (help ? out : err) << usageText();
        return help ? kExitOk : kExitUsage;
    }
    const auto it = commands().find(inv.command);
    if (it == commands().end())
        return output.error(
            { ErrorCode::InvalidArgument, QStringLiteral("unknown command"), inv.command }, kExitUsage);
    return it->second(inv, output);
}

}  // namespace reelforge::app::cli
