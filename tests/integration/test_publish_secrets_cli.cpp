#include "servers/keyring_session.h"
#include "servers/local_server.h"
#include "support/media_fixtures.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace reelforge;
using namespace reelforge::testing;

// What a creator runs, against a server that echoes the request (credentials included) into
// its error answers (echo_fake.mjs): `accounts add` with a WebDAV password on stdin,
// `publish`, `publications list`. Neither the library (rows and files), nor stdout, nor stderr
// with every ReelForge log category on, holds the password or the Basic credentials made of
// it; a library written by an earlier version is scrubbed when the CLI opens it. Runs in a
// private D-Bus session with an unlocked gnome-keyring of its own (see main()).
class TestPublishSecretsCli final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalServer m_echo;
    const QString m_password = QStringLiteral("Cli-echo-pa55word");

    QString library() const { return m_dir.filePath(QStringLiteral("lib")); }

    QStringList secrets() const
    {
        return { m_password,
            QString::fromLatin1((QStringLiteral("creator:") + m_password).toUtf8().toBase64()) };
    }

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList& args, const QByteArray& input = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("reelforge.*=true"));
        env.remove(QStringLiteral("REELFORGE_LIBRARY"));
        p.setProcessEnvironment(env);
        p.start(cliPath(), QStringList { QStringLiteral("--library"), library() } + args);
        if (!input.isNull()) {
            p.write(input);
            p.closeWriteChannel();
        }
        p.waitForFinished(60000);
        return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
    }

    void verifyClean(const QByteArray& text, const char* where) const
    {
        for (const QString& secret : secrets())
            QVERIFY2(!text.contains(secret.toUtf8()),
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(where), QString::fromUtf8(text))));
    }

    QByteArray libraryFiles() const
    {
        QByteArray all;
        QDirIterator files(library(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

    // The publications' errors, read from library.db directly.
    QStringList storedErrors() const
    {
        QStringList errors;
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(library() + QStringLiteral("/library.db"));
            if (db.open()) {
                QSqlQuery q(QStringLiteral("SELECT error FROM publications"), db);
                while (q.next())
                    errors << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return errors;
    }

    bool storeError(const QString& error) const
    {
        const QString name = QUuid::createUuid().toString();
        bool done = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(library() + QStringLiteral("/library.db"));
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("UPDATE publications SET error = ?"));
                q.addBindValue(error);
                done = q.exec() && q.numRowsAffected() > 0;
            }
        }
        QSqlDatabase::removeDatabase(name);
        return done;
    }

private slots:
    void initTestCase()
    {
        // The first answer is a transient 503, so the upload logs a retry with the error.
        REELFORGE_START_SERVER(
            m_echo, QStringLiteral("echo_fake.mjs"), { QStringLiteral("--first"), QStringLiteral("503") });
    }

    void publishingToAnEchoingServerNeverStoresOrPrintsTheCredentials()
    {
        const Run added
            = cli({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Echo"),
                      QStringLiteral("--target"), QStringLiteral("webdav"), QStringLiteral("--endpoint"),
                      m_echo.url(QStringLiteral("/dav/")), QStringLiteral("--username"),
                      QStringLiteral("creator"), QStringLiteral("--secret-stdin") },
                m_password.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());

        QDir().mkpath(m_dir.filePath(QStringLiteral("media")));
        QFile file(m_dir.filePath(QStringLiteral("media/trip.mp4")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(20000, 'v'));
        file.close();

        const Run published = cli({ QStringLiteral("publish"), file.fileName(), QStringLiteral("--account"),
            QStringLiteral("Echo"), QStringLiteral("--json") });
        QCOMPARE(published.exitCode, 1);
        verifyClean(published.out, "publish stdout");
        verifyClean(published.err, "publish stderr");
        // The test sees the paths it guards: the retry was logged, the server's words were kept.
        QVERIFY2(published.err.contains("attempt 1 failed"), published.err.constData());
        QVERIFY2(published.out.contains("HTTP 400 echo: request echo"), published.out.constData());

        const Run listed
            = cli({ QStringLiteral("--json"), QStringLiteral("publications"), QStringLiteral("list") });
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray all
            = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("publications")).toArray();
        QCOMPARE(all.size(), 1);
        const QString error = all.first().toObject().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("authorization: [redacted]")), qPrintable(error));
        verifyClean(listed.out, "list --json stdout");
        verifyClean(listed.err, "list --json stderr");
        const Run human = cli({ QStringLiteral("publications"), QStringLiteral("list") });
        verifyClean(human.out, "list stdout");

        const QStringList stored = storedErrors();
        QCOMPARE(stored.size(), 1);
        verifyClean(stored.first().toUtf8(), "publications.error");
        verifyClean(libraryFiles(), "library files");
    }

    void aLibraryWrittenByAnEarlierVersionIsScrubbedWhenOpened()
    {
        // As an earlier version stored it: the start of the echoing server's body.
        const QString basic = secrets().at(1);
        QVERIFY(storeError(
            QStringLiteral("WebDAV PUT failed: HTTP 400: {\"error\":{\"code\":\"echo\",\"message\":"
                           "\"request echo\\nPUT /dav/.trip.mp4.reelforge-part\\nauthorization: Basic ")
            + basic + QStringLiteral("\\nbasic user creator password ") + m_password));
        QVERIFY(libraryFiles().contains(basic.toUtf8()));  // the test sees what it looks for

        const Run listed = cli({ QStringLiteral("publications"), QStringLiteral("list") });
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains("WebDAV PUT failed: HTTP 400"), listed.out.constData());
        verifyClean(listed.out, "list stdout");
        verifyClean(listed.err, "list stderr");
        // Scrubbed in the database: rows and files.
        QCOMPARE(storedErrors().size(), 1);
        QVERIFY(!storedErrors().first().contains(QStringLiteral("authorization: Basic ") + basic));
        QVERIFY2(!libraryFiles().contains(basic.toUtf8()), "the Basic credentials are still in the files");
    }
};

int main(int argc, char* argv[])
{
    if (const std::optional<int> outer = reelforge::testing::rerunInKeyringSession(argc, argv))
        return *outer;
    QCoreApplication app(argc, argv);
    TestPublishSecretsCli test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_publish_secrets_cli.moc"
