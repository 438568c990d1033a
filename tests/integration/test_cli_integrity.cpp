#include "support/media_fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace reelforge::testing;

// What `probe`, `analyze` and `import` say about paths that are not whole audio or video
// files: devices and pipes (refused at once, never read), folders, text, still images and
// files cut short. Every run has a time limit, so a command that hangs fails the test.
class TestCliIntegrity final : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;  // -2: did not finish in time
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;
        QJsonObject error() const
        {
            return QJsonDocument::fromJson(err).object().value(QStringLiteral("error")).toObject();
        }
        QJsonObject firstFailure() const
        {
            const QJsonArray failed
                = QJsonDocument::fromJson(out).object().value(QStringLiteral("failed")).toArray();
            return failed.at(0).toObject().value(QStringLiteral("error")).toObject();
        }
    };

    QTemporaryDir m_dir;
    QString m_fifo;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run cli(const QStringList& args, int timeoutMs = 20000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        p.start(cliPath(), QStringList { QStringLiteral("--library"), path(QStringLiteral("lib")) } + args);
        Run r;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            r.exitCode = -2;
        } else {
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        }
        r.elapsedMs = timer.elapsed();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    static QString describe(const Run& r)
    {
        return QStringLiteral("exit %1 after %2 ms; stdout: %3; stderr: %4")
            .arg(r.exitCode)
            .arg(r.elapsedMs)
            .arg(QString::fromUtf8(r.out.left(400)), QString::fromUtf8(r.err.left(400)));
    }

    // A single-command error (probe, analyze): exit 1 with one JSON error on stderr.
    static void verifyError(const Run& r, const QString& code, const QString& messagePart)
    {
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        const QJsonObject e = r.error();
        QVERIFY2(e.value(QStringLiteral("code")).toString() == code, qPrintable(describe(r)));
        QVERIFY2(
            e.value(QStringLiteral("message")).toString().contains(messagePart), qPrintable(describe(r)));
    }

    static void verifyImportFailure(
        const Run& r, const QString& file, const QString& code, const QString& messagePart)
    {
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        const QJsonObject e = r.firstFailure();
        QVERIFY2(e.value(QStringLiteral("code")).toString() == code, qPrintable(describe(r)));
        QVERIFY2(
            e.value(QStringLiteral("message")).toString().contains(messagePart), qPrintable(describe(r)));
        QVERIFY2(e.value(QStringLiteral("detail")).toString().contains(QFileInfo(file).fileName()),
            qPrintable(describe(r)));
    }

    bool writeFile(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

    // The first `bytes` of `source`, as `name`.
    QString cutCopy(const QString& source, const QString& name, qint64 bytes)
    {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        const QString out = path(name);
        return writeFile(out, in.read(bytes)) ? out : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!cliPath().isEmpty());
#ifdef Q_OS_UNIX
        m_fifo = path(QStringLiteral("pipe.mp4"));
        QCOMPARE(::mkfifo(QFile::encodeName(m_fifo).constData(), 0600), 0);
#endif
    }

    // Nothing writes to the pipe: a command that opens it for reading waits forever.
    void aPipeIsRefusedAtOnceAsNotARegularFile()
    {
        if (m_fifo.isEmpty())
            QSKIP("named pipes are made with mkfifo (POSIX)");
        for (const QString& command : { QStringLiteral("probe"), QStringLiteral("analyze") }) {
            const Run r = cli({ command, m_fifo, QStringLiteral("--json") });
            verifyError(r, QStringLiteral("NotMedia"), QStringLiteral("not a regular file"));
            QVERIFY2(r.error().value(QStringLiteral("detail")).toString() == m_fifo, qPrintable(describe(r)));
        }
        const Run imported = cli({ QStringLiteral("import"), m_fifo, QStringLiteral("--json") });
        verifyImportFailure(
            imported, m_fifo, QStringLiteral("NotMedia"), QStringLiteral("not a regular file"));
    }

    // /dev/zero never ends: hashing or demuxing it would run until the disk or memory is full.
    void aCharacterDeviceIsRefusedAtOnce()
    {
        if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero here");
        for (const QString& command : { QStringLiteral("probe"), QStringLiteral("analyze") }) {
            const Run r = cli({ command, QStringLiteral("/dev/zero"), QStringLiteral("--json") });
            verifyError(r, QStringLiteral("NotMedia"), QStringLiteral("not a regular file"));
        }
    }

    void aFolderGivenAsAFileSaysItIsAFolder()
    {
        const QString folder = path(QStringLiteral("some folder"));
        QVERIFY(QDir().mkpath(folder));
        for (const QString& command : { QStringLiteral("probe"), QStringLiteral("analyze") }) {
            const Run r = cli({ command, folder, QStringLiteral("--json") });
            verifyError(r, QStringLiteral("NotMedia"), QStringLiteral("folder"));
        }
    }

    void textAndStillImagesAreNotAnalysedOrImported()
    {
        const QString text = path(QStringLiteral("readme.txt"));
        QVERIFY(writeFile(text, "Notes for the shoot:\n- bring batteries\n- check the light\n"));
        verifyError(cli({ QStringLiteral("analyze"), text, QStringLiteral("--json") }),
            QStringLiteral("NotMedia"), QString());
        verifyImportFailure(cli({ QStringLiteral("import"), text, QStringLiteral("--json") }), text,
            QStringLiteral("NotMedia"), QString());

        const QString png = path(QStringLiteral("frame.png"));
        QVERIFY(runFfmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=160x90"), QStringLiteral("-frames:v"), QStringLiteral("1"), png }));
        verifyError(cli({ QStringLiteral("analyze"), png, QStringLiteral("--json") }),
            QStringLiteral("NotMedia"), QStringLiteral("still image"));
        verifyImportFailure(cli({ QStringLiteral("import"), png, QStringLiteral("--json") }), png,
            QStringLiteral("NotMedia"), QStringLiteral("still image"));
    }

    // An MP4 with its index first, cut to 1%: the index promises six seconds that are not there.
    void aFileCutShortIsRefusedAsIncomplete()
    {
        const QString whole = path(QStringLiteral("whole.mp4"));
        ClipSpec spec;
        spec.seconds = 6.0;
        spec.width = 640;
        spec.height = 360;
        spec.extraOutputArgs
            = { QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-b:v"),
                  QStringLiteral("4M"), QStringLiteral("-movflags"), QStringLiteral("+faststart") };
        QVERIFY(makeClip(whole, spec));
        const QString cut = cutCopy(whole, QStringLiteral("cut.mp4"), QFileInfo(whole).size() / 100);
        QVERIFY(!cut.isEmpty());
        const Run imported = cli({ QStringLiteral("import"), cut, QStringLiteral("--json") });
        verifyImportFailure(imported, cut, QStringLiteral("MediaUnreadable"), QStringLiteral("incomplete"));
        const Run probed = cli({ QStringLiteral("probe"), cut, QStringLiteral("--json") });
        verifyError(probed, QStringLiteral("MediaUnreadable"), QStringLiteral("incomplete"));
    }

    // An MP4 whose index is at the end, cut before it: libav cannot open it at all. The error
    // still says which file.
    void anUnreadableFileIsNamedInTheError()
    {
        const QString whole = path(QStringLiteral("index_last.mp4"));
        QVERIFY(makeClip(whole, {}));
        const QString cut = cutCopy(whole, QStringLiteral("no_index.mp4"), QFileInfo(whole).size() / 3);
        QVERIFY(!cut.isEmpty());
        for (const QString& command : { QStringLiteral("probe"), QStringLiteral("analyze") }) {
            const Run r = cli({ command, cut, QStringLiteral("--json") });
            verifyError(r, QStringLiteral("MediaUnreadable"), QString());
            QVERIFY2(r.error().value(QStringLiteral("detail")).toString() == cut, qPrintable(describe(r)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliIntegrity)
#include "test_cli_integrity.moc"
