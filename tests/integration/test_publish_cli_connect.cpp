#include "servers/keyring_session.h"
#include "servers/local_server.h"
#include "support/media_fixtures.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using namespace reelforge::testing;

// `reelforge-cli accounts add NAME --target vimeo --connect` as a user runs it, against
// oidc-provider on 127.0.0.1 as the identity provider: the CLI prints the sign-in address
// ($REELFORGE_BROWSER=none keeps it from opening a browser), curl plays the browser and follows
// the provider's redirects back to the CLI's loopback listener, and the CLI stores the account
// in the library and the tokens in the OS keychain (never in the library). The whole test runs
// in a private D-Bus session with an unlocked gnome-keyring of its own (see main()).
class TestPublishCliConnect final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalServer m_provider;

    QString issuer() const { return m_provider.info().value(QStringLiteral("issuer")).toString(); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("REELFORGE_BROWSER"), QStringLiteral("none"));
        env.remove(QStringLiteral("REELFORGE_LIBRARY"));
        return env;
    }

    static QByteArray run(const QString& program, const QStringList& args, int* exitCode = nullptr)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(30000);
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAllStandardOutput();
    }

    QStringList addArgs(const QString& library, const QString& clientId) const
    {
        return { QStringLiteral("--library"), library, QStringLiteral("accounts"), QStringLiteral("add"),
            QStringLiteral("Studio Vimeo"), QStringLiteral("--target"), QStringLiteral("vimeo"),
            QStringLiteral("--client-id"), clientId, QStringLiteral("--auth-url"),
            issuer() + QStringLiteral("/auth"), QStringLiteral("--token-url"),
            issuer() + QStringLiteral("/token"), QStringLiteral("--connect") };
    }

    // Waits for the line with the sign-in address and returns the address.
    static QString signInAddress(QProcess& cli)
    {
        QString address;
        (void)QTest::qWaitFor(
            [&] {
                while (cli.canReadLine()) {
                    const QString line = QString::fromUtf8(cli.readLine()).trimmed();
                    const QString prefix = QStringLiteral("Open this address to sign in: ");
                    if (line.startsWith(prefix))
                        address = line.mid(prefix.size());
                }
                return !address.isEmpty() || cli.state() == QProcess::NotRunning;
            },
            20000);
        return address;
    }

private slots:
    void initTestCase() { REELFORGE_START_SERVER(m_provider, QStringLiteral("oidc_server.mjs"), {}); }

    void connectsThroughTheBrowserStepAndKeepsTheTokensInTheKeychain()
    {
        const QString library = m_dir.filePath(QStringLiteral("lib"));
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(cliPath(), addArgs(library, QStringLiteral("reelforge-test")));
        QVERIFY(cli.waitForStarted());
        const QString address = signInAddress(cli);
        QVERIFY2(!address.isEmpty(), cli.readAllStandardError().constData());
        QVERIFY(address.startsWith(issuer() + QStringLiteral("/auth?")));
        QVERIFY(address.contains(QStringLiteral("code_challenge_method=S256")));

        // The browser: sign-in and consent are approved by the provider, which redirects to the
        // CLI's loopback listener with the code.
        const QString jar = m_dir.filePath(QStringLiteral("cookies"));
        int curlExit = -1;
        run(QStringLiteral("curl"),
            { QStringLiteral("-s"), QStringLiteral("-L"), QStringLiteral("-c"), jar, QStringLiteral("-b"),
                jar, QStringLiteral("-o"), QStringLiteral("/dev/null"), address },
            &curlExit);
        QCOMPARE(curlExit, 0);
        QVERIFY(cli.waitForFinished(30000));
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QVERIFY2(out.contains("added Studio Vimeo (vimeo)"), out.constData());

        QProcess list;
        list.setProcessEnvironment(environment());
        list.start(cliPath(),
            { QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("accounts"),
                QStringLiteral("list") });
        QVERIFY(list.waitForFinished(30000));
        const QJsonArray accounts = QJsonDocument::fromJson(list.readAllStandardOutput())
                                        .object()
                                        .value(QStringLiteral("accounts"))
                                        .toArray();
        QCOMPARE(accounts.size(), 1);
        const QString id = accounts.first().toObject().value(QStringLiteral("id")).toString();

        // The tokens are in the keychain, and they are real: the refresh token works once.
        const QByteArray entry = run(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("ReelForge"),
                QStringLiteral("user"), QStringLiteral("account/") + id });
        QVERIFY2(!entry.isEmpty(), "no keychain entry for the account");
        // QtKeychain keeps binary secrets base64-encoded in the Secret Service.
        QJsonObject stored = QJsonDocument::fromJson(entry).object();
        if (stored.isEmpty())
            stored = QJsonDocument::fromJson(QByteArray::fromBase64(entry.trimmed())).object();
        const QString refresh = stored.value(QStringLiteral("refreshToken")).toString();
        QVERIFY(!stored.value(QStringLiteral("accessToken")).toString().isEmpty());
        QVERIFY(!refresh.isEmpty());
        const QJsonObject refreshed = QJsonDocument::fromJson(
            run(QStringLiteral("curl"),
                { QStringLiteral("-s"), QStringLiteral("-d"), QStringLiteral("grant_type=refresh_token"),
                    QStringLiteral("-d"), QStringLiteral("client_id=reelforge-test"),
                    QStringLiteral("--data-urlencode"), QStringLiteral("refresh_token=") + refresh,
                    issuer() + QStringLiteral("/token") }))
                                          .object();
        QVERIFY(!refreshed.value(QStringLiteral("access_token")).toString().isEmpty());

        // Nothing secret in the library.
        QDirIterator files(library, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(refresh.toUtf8()), qPrintable(f.fileName()));
        }
    }

    void aRefusedSignInAddsNoAccount()
    {
        const QString library = m_dir.filePath(QStringLiteral("lib-refused"));
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(cliPath(), addArgs(library, QStringLiteral("unknown-client")));
        QVERIFY(cli.waitForStarted());
        const QString address = signInAddress(cli);
        QVERIFY(!address.isEmpty());
        // The provider refuses the unknown client and shows an error page instead of redirecting.
        run(QStringLiteral("curl"),
            { QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"), address });
        cli.kill();  // the user gives up waiting
        QVERIFY(cli.waitForFinished(5000));
        QProcess list;
        list.setProcessEnvironment(environment());
        list.start(cliPath(),
            { QStringLiteral("--library"), library, QStringLiteral("--json"), QStringLiteral("accounts"),
                QStringLiteral("list") });
        QVERIFY(list.waitForFinished(30000));
        QVERIFY(QJsonDocument::fromJson(list.readAllStandardOutput())
                    .object()
                    .value(QStringLiteral("accounts"))
                    .toArray()
                    .isEmpty());
    }
};

int main(int argc, char* argv[])
{
    if (const std::optional<int> outer = reelforge::testing::rerunInKeyringSession(argc, argv))
        return *outer;
    QCoreApplication app(argc, argv);
    TestPublishCliConnect test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_publish_cli_connect.moc"
