#include "support/media_fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace reelforge::testing;

// A library the user cannot write (here: `chmod -R a-w`, the CLI run as an unprivileged user
// when the tests run as root) opens read-only: reading commands work, writing ones fail with
// LibraryReadOnly saying so, never with SQLite's "attempt to write a readonly database".
class TestLibraryReadOnly final : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
        QJsonObject error() const
        {
            return QJsonDocument::fromJson(err).object().value(QStringLiteral("error")).toObject();
        }
    };

    QTemporaryDir m_dir;
    QStringList m_clips;
    QStringList m_prefix;  // setpriv as nobody, when root
    QString m_program;

    Run cli(const QString& library, const QStringList& args, bool unprivileged = false)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("REELFORGE_LIBRARY"));
        p.setProcessEnvironment(env);
        const QStringList all = QStringList { QStringLiteral("--library"), library } + args;
        if (unprivileged && !m_prefix.isEmpty())
            p.start(m_prefix.front(), m_prefix.mid(1) + QStringList { m_program } + all);
        else
            p.start(unprivileged ? m_program : cliPath(), all);
        if (!p.waitForFinished(180000))
            qWarning() << "cli timed out";
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }

    static void setWritable(const QString& folder, bool writable)
    {
        QCOMPARE(QProcess::execute(QStringLiteral("chmod"),
                     { QStringLiteral("-R"), writable ? QStringLiteral("u+w") : QStringLiteral("a-w,a+rX"),
                         folder }),
            0);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!cliPath().isEmpty());
        // The unprivileged user must reach everything the test makes.
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777)));
        const QString media = m_dir.filePath(QStringLiteral("media"));
        QDir().mkpath(media);
        QDir().mkpath(m_dir.filePath(QStringLiteral("config")));
        QVERIFY(QFile::setPermissions(
            m_dir.filePath(QStringLiteral("config")), QFileDevice::Permissions(0x7777)));
        m_clips << media + QStringLiteral("/one.mp4") << media + QStringLiteral("/two.mp4");
        QVERIFY(makeClip(m_clips[0], {}));
        ClipSpec s;
        s.source = QStringLiteral("mandelbrot");
        QVERIFY(makeClip(m_clips[1], s));
        m_program = cliPath();
        if (::geteuid() == 0) {
            m_prefix = { QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups") };
            // The build tree may sit in a folder the unprivileged user cannot enter: run a copy.
            m_program = m_dir.filePath(QStringLiteral("reelforge-cli"));
            QVERIFY(QFile::copy(cliPath(), m_program));
            QVERIFY(QFile::setPermissions(m_program, QFileDevice::Permissions(0x7555)));
        }
    }

    void readingCommandsWorkAndWritingOnesSayTheLibraryIsReadOnly()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-read-only"));
        QCOMPARE(cli(lib, QStringList { QStringLiteral("import") } + m_clips).exitCode, 0);
        const QJsonArray before
            = cli(lib, { QStringLiteral("list"), QStringLiteral("--json") }).json().array();
        QCOMPARE(before.size(), 2);
        const QString id = before.at(0).toObject().value(QStringLiteral("id")).toString();
        setWritable(lib, false);
        const auto as = [&](const QStringList& args) { return cli(lib, args, true); };

        const Run list = as({ QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY2(list.exitCode == 0, list.err.constData());
        QCOMPARE(list.json().array(), before);
        QCOMPARE(as({ QStringLiteral("show"), id, QStringLiteral("--json") }).exitCode, 0);
        QCOMPARE(as({ QStringLiteral("probe"), m_clips.front() }).exitCode, 0);
        QCOMPARE(
            as({ QStringLiteral("queue"), QStringLiteral("list"), QStringLiteral("--json") }).exitCode, 0);
        QCOMPARE(
            as({ QStringLiteral("publications"), QStringLiteral("list"), QStringLiteral("--json") }).exitCode,
            0);
        QCOMPARE(as({ QStringLiteral("library"), QStringLiteral("backups") }).exitCode, 0);

        const QString clip = m_dir.filePath(QStringLiteral("extra.mp4"));
        ClipSpec s;
        s.source = QStringLiteral("smptebars");
        QVERIFY(makeClip(clip, s));
        QVERIFY(QFile::setPermissions(clip, QFileDevice::Permissions(0x7444)));
        const Run import = as({ QStringLiteral("import"), clip, QStringLiteral("--json") });
        QCOMPARE(import.exitCode, 1);
        const QJsonObject error = import.json()
                                      .object()
                                      .value(QStringLiteral("failed"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("error"))
                                      .toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("LibraryReadOnly"));
        QCOMPARE(
            error.value(QStringLiteral("message")).toString(), QStringLiteral("the library is read-only"));
        QCOMPARE(error.value(QStringLiteral("detail")).toString(), lib);
        const Run remove = as({ QStringLiteral("remove"), id });
        QCOMPARE(remove.exitCode, 1);
        QVERIFY2(remove.err.contains("the library is read-only") && remove.err.contains("[LibraryReadOnly]"),
            remove.err.constData());
        QVERIFY(!remove.err.contains("attempt to write"));
        const Run rebuild
            = as({ QStringLiteral("library"), QStringLiteral("rebuild"), QStringLiteral("--json") });
        QCOMPARE(rebuild.exitCode, 1);
        QCOMPARE(rebuild.error().value(QStringLiteral("code")).toString(), QStringLiteral("LibraryReadOnly"));
        // Nothing was written: not even SQLite's journal files.
        QCOMPARE(
            QDir(lib).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("library.db") });
        setWritable(lib, true);
        QCOMPARE(cli(lib, { QStringLiteral("list"), QStringLiteral("--json") }).json().array(), before);
    }

    void aReadOnlyLibraryOfAnOlderVersionAsksForWriteAccessOnce()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-read-only-old"));
        QCOMPARE(cli(lib, { QStringLiteral("list") }).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(lib + QStringLiteral("/library.db"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 4")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        setWritable(lib, false);
        const Run list = cli(lib, { QStringLiteral("list"), QStringLiteral("--json") }, true);
        QCOMPARE(list.exitCode, 1);
        QCOMPARE(list.error().value(QStringLiteral("code")).toString(), QStringLiteral("LibraryReadOnly"));
        QVERIFY(
            list.error().value(QStringLiteral("message")).toString().contains(QLatin1String("write access")));
        setWritable(lib, true);
    }
};

QTEST_GUILESS_MAIN(TestLibraryReadOnly)
#include "test_library_read_only.moc"
