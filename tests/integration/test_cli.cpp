#include "support/media_fixtures.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

#include <unistd.h>

using namespace reelforge::testing;

// Drives the real reelforge-cli binary on generated media: the contract automation relies on
// (JSON shapes, exit codes) and the promise that a failed item changes nothing.
class TestCli final : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    QTemporaryDir m_dir;
    QString m_media;
    QString m_clipA;
    QString m_clipB;
    QString m_audio;

    Run cli(const QStringList& args, const QString& library = {}, const QStringList& prefix = {},
        QString program = {})
    {
        if (program.isEmpty())
            program = cliPath();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("REELFORGE_LIBRARY"));
        p.setProcessEnvironment(env);
        QStringList all;
        if (!library.isEmpty())
            all << QStringLiteral("--library") << library;
        all << args;
        if (prefix.isEmpty()) {
            p.start(program, all);
        } else {
            p.start(prefix.front(), prefix.mid(1) + QStringList { program } + all);
        }
        if (!p.waitForFinished(120000))
            qWarning() << "cli timed out";
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError() };
    }

    // Every file under the library with its size and sha256: "exactly as before" means this
    // snapshot is unchanged (the database is checked through `list`).
    static QStringList snapshot(const QString& root)
    {
        QStringList out;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String(".db")) || path.endsWith(QLatin1String("-wal"))
                || path.endsWith(QLatin1String("-shm")))
                continue;  // SQLite's own files change on open; their content is checked via list
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                out << path + QLatin1Char(' ')
                        + QString::fromLatin1(
                            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
        }
        out.sort();
        return out;
    }

    QString writeBytes(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write fixture");
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(!cliPath().isEmpty());
        m_media = m_dir.filePath(QStringLiteral("media"));
        QDir().mkpath(m_media);
        m_clipA = m_media + QStringLiteral("/clip_a.mp4");
        m_clipB = m_media + QStringLiteral("/clip b.mov");
        m_audio = m_media + QStringLiteral("/voice.wav");
        QVERIFY(makeClip(m_clipA, {}));
        ClipSpec b;
        b.width = 640;
        b.height = 360;
        b.frameRate = QStringLiteral("30000/1001");
        b.source = QStringLiteral("mandelbrot");
        QVERIFY(makeClip(m_clipB, b));
        ClipSpec a;
        a.video = false;
        a.audioCodec = QStringLiteral("pcm_s16le");
        QVERIFY(makeClip(m_audio, a));
    }

    void versionAndHelp()
    {
        const Run v = cli({ QStringLiteral("--version") });
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("reelforge-cli "));
        const Run h = cli({ QStringLiteral("--help") });
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("import PATH"));
    }

    void usageErrorsExitWithTwo()
    {
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("frobnicate") }).exitCode, 2);
        QCOMPARE(cli({ QStringLiteral("probe") }).exitCode, 2);
        const Run bad = cli({ QStringLiteral("list"), QStringLiteral("--bogus"), QStringLiteral("--json") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.out.isEmpty());
        const QJsonObject err
            = QJsonDocument::fromJson(bad.err).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("InvalidArgument"));
    }

    void probeMatchesFfprobe()
    {
        const Run r = cli({ QStringLiteral("probe"), m_clipB, QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject ours = r.json().object();
        const QJsonObject ref = QJsonDocument::fromJson(ffprobeJson(m_clipB)).object();
        const QJsonObject format = ref.value(QStringLiteral("format")).toObject();
        QCOMPARE(ours.value(QStringLiteral("path")).toString(), m_clipB);
        QCOMPARE(ours.value(QStringLiteral("container")).toString(),
            format.value(QStringLiteral("format_name")).toString());
        QVERIFY(qAbs(ours.value(QStringLiteral("durationSeconds")).toDouble()
                    - format.value(QStringLiteral("duration")).toString().toDouble())
            < 0.001);
        QCOMPARE(ours.value(QStringLiteral("sizeBytes")).toInteger(),
            format.value(QStringLiteral("size")).toString().toLongLong());
        QCOMPARE(ours.value(QStringLiteral("bitRate")).toInteger(),
            format.value(QStringLiteral("bit_rate")).toString().toLongLong());
        const QJsonObject v = ours.value(QStringLiteral("video")).toArray().at(0).toObject();
        QCOMPARE(v.value(QStringLiteral("codec")).toString(), QStringLiteral("h264"));
        QCOMPARE(v.value(QStringLiteral("width")).toInt(), 640);
        QCOMPARE(v.value(QStringLiteral("height")).toInt(), 360);
        QCOMPARE(v.value(QStringLiteral("frameRateRational")).toString(), QStringLiteral("30000/1001"));
        QCOMPARE(v.value(QStringLiteral("pixelFormat")).toString(), QStringLiteral("yuv420p"));
        QCOMPARE(v.value(QStringLiteral("rotation")).toInt(), 0);
        const QJsonObject a = ours.value(QStringLiteral("audio")).toArray().at(0).toObject();
        QCOMPARE(a.value(QStringLiteral("codec")).toString(), QStringLiteral("aac"));
        QCOMPARE(a.value(QStringLiteral("sampleRate")).toInt(), 48000);
        QCOMPARE(a.value(QStringLiteral("channels")).toInt(), 2);
        QCOMPARE(a.value(QStringLiteral("channelLayout")).toString(), QStringLiteral("stereo"));
    }

    void probeOfANonMediaFileFailsWithExitOne()
    {
        const Run r = cli({ QStringLiteral("probe"),
            writeBytes(QStringLiteral("notes.mov"), "shopping list\n"), QStringLiteral("--json") });
        QCOMPARE(r.exitCode, 1);
        const QJsonObject err
            = QJsonDocument::fromJson(r.err).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(err.value(QStringLiteral("code")).toString(), QStringLiteral("NotMedia"));
    }

    void importListShowRemoveRoundTrip()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-roundtrip"));
        const Run imp = cli({ QStringLiteral("import"), m_media, QStringLiteral("--json") }, lib);
        QCOMPARE(imp.exitCode, 0);
        const QJsonObject report = imp.json().object();
        QCOMPARE(report.value(QStringLiteral("imported")).toArray().size(), 3);
        QCOMPARE(report.value(QStringLiteral("failed")).toArray().size(), 0);

        const Run again = cli({ QStringLiteral("import"), m_clipA, QStringLiteral("--json") }, lib);
        QCOMPARE(again.exitCode, 0);
        const QJsonArray skipped = again.json().object().value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QCOMPARE(
            skipped.at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("duplicate"));

        const Run list = cli({ QStringLiteral("list"), QStringLiteral("--json") }, lib);
        QCOMPARE(list.exitCode, 0);
        const QJsonArray assets = list.json().array();
        QCOMPARE(assets.size(), 3);
        QJsonObject b;
        for (const QJsonValue& v : assets)
            if (v.toObject().value(QStringLiteral("title")).toString() == QLatin1String("clip b"))
                b = v.toObject();
        QVERIFY(!b.isEmpty());
        QCOMPARE(b.value(QStringLiteral("width")).toInt(), 640);
        QCOMPARE(b.value(QStringLiteral("height")).toInt(), 360);
        QVERIFY(qAbs(b.value(QStringLiteral("durationSeconds")).toDouble() - 2.0) < 0.1);
        QVERIFY(QDateTime::fromString(b.value(QStringLiteral("importedAt")).toString(), Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(b.value(QStringLiteral("path")).toString().startsWith(lib + QStringLiteral("/originals/")));
        QVERIFY(QFileInfo::exists(b.value(QStringLiteral("path")).toString()));

        const QString id = b.value(QStringLiteral("id")).toString();
        const Run show = cli({ QStringLiteral("show"), id, QStringLiteral("--json") }, lib);
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = show.json().object();
        QCOMPARE(shown.value(QStringLiteral("originalPath")).toString(), m_clipB);
        QVERIFY(QFileInfo::exists(shown.value(QStringLiteral("thumbnailPath")).toString()));
        QCOMPARE(
            shown.value(QStringLiteral("media")).toObject().value(QStringLiteral("video")).toArray().size(),
            1);

        const QString stored = b.value(QStringLiteral("path")).toString();
        QCOMPARE(cli({ QStringLiteral("remove"), id }, lib).exitCode, 0);
        QVERIFY(!QFileInfo::exists(stored));
        QVERIFY(QFileInfo::exists(m_clipB));  // the creator's own file is never touched
        QCOMPARE(cli({ QStringLiteral("list"), QStringLiteral("--json") }, lib).json().array().size(), 2);
        QCOMPARE(cli({ QStringLiteral("show"), id }, lib).exitCode, 1);
    }

    void referenceModeImportsInPlace()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-ref"));
        const Run imp = cli({ QStringLiteral("import"), QStringLiteral("--mode"), QStringLiteral("reference"),
                                m_clipA, QStringLiteral("--json") },
            lib);
        QCOMPARE(imp.exitCode, 0);
        const QJsonArray list = cli({ QStringLiteral("list"), QStringLiteral("--json") }, lib).json().array();
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("path")).toString(), m_clipA);
        QCOMPARE(
            cli({ QStringLiteral("import"), QStringLiteral("--mode"), QStringLiteral("move"), m_clipA }, lib)
                .exitCode,
            2);
    }

    void badInputFailsWithReasonsAndChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("zero-byte") << "zero"
                                   << "EmptyFile";
        QTest::newRow("truncated mp4") << "truncated"
                                       << "MediaUnreadable";
        QTest::newRow("random bytes .mp4") << "random"
                                           << "NotMedia";
        QTest::newRow("text named .mov") << "text"
                                         << "NotMedia";
        QTest::newRow("missing path") << "missing"
                                      << "FileMissing";
        QTest::newRow("folder without media") << "emptydir"
                                              << "NotMedia";
    }

    void badInputFailsWithReasonsAndChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, code);
        const QString lib = m_dir.filePath(QStringLiteral("lib-bad-") + kind);
        QCOMPARE(cli({ QStringLiteral("import"), m_clipA }, lib).exitCode, 0);
        const QStringList before = snapshot(lib);
        const QByteArray listBefore = cli({ QStringLiteral("list"), QStringLiteral("--json") }, lib).out;

        QString bad;
        if (kind == QLatin1String("zero")) {
            bad = writeBytes(QStringLiteral("zero.mp4"), {});
        } else if (kind == QLatin1String("truncated")) {
            QFile f(m_clipB);
            QVERIFY(f.open(QIODevice::ReadOnly));
            bad = writeBytes(QStringLiteral("truncated.mp4"), f.read(f.size() / 3));
        } else if (kind == QLatin1String("random")) {
            QByteArray noise(200000, '\0');
            for (int i = 0; i < noise.size(); ++i)
                noise[i] = static_cast<char>((i * 7919 + 13) % 256);
            bad = writeBytes(QStringLiteral("noise.mp4"), noise);
        } else if (kind == QLatin1String("text")) {
            bad = writeBytes(QStringLiteral("readme.mov"), "This is not a movie.\n");
        } else if (kind == QLatin1String("missing")) {
            bad = m_dir.filePath(QStringLiteral("does-not-exist.mp4"));
        } else {
            bad = m_dir.filePath(QStringLiteral("no media here"));
            QDir().mkpath(bad);
            writeBytes(QStringLiteral("no media here/notes.txt"), "x");
        }

        const Run r = cli({ QStringLiteral("import"), bad, m_clipA, QStringLiteral("--json") }, lib);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = r.json().object();
        const QJsonArray failed = report.value(QStringLiteral("failed")).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).toObject().value(QStringLiteral("path")).toString(), bad);
        QCOMPARE(failed.at(0)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code"))
                     .toString(),
            code);
        QVERIFY(!failed.at(0)
                     .toObject()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString()
                     .isEmpty());
        QCOMPARE(report.value(QStringLiteral("skipped")).toArray().size(), 1);  // clip A again: duplicate
        QCOMPARE(snapshot(lib), before);
        QCOMPARE(cli({ QStringLiteral("list"), QStringLiteral("--json") }, lib).out, listBefore);

        const Run plain = cli({ QStringLiteral("import"), bad }, lib);
        QCOMPARE(plain.exitCode, 1);
        QVERIFY(plain.err.contains(QFileInfo(bad).fileName().toUtf8()));  // the error names the file
    }

    void unreadableFileIsRefused()
    {
        // Root reads anything, so the check runs the CLI as an unprivileged user when we are root.
        const QString dir = m_dir.filePath(QStringLiteral("perm"));
        QDir().mkpath(dir);
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
        QFile::setPermissions(dir, QFileDevice::Permissions(0x7777));
        const QString locked = dir + QStringLiteral("/locked.mp4");
        QVERIFY(QFile::copy(m_clipA, locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        const QString lib = dir + QStringLiteral("/lib");
        QStringList prefix;
        QString program = cliPath();
        if (::geteuid() == 0) {
            prefix = { QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups") };
            // The build tree may sit in a folder the unprivileged user cannot enter: run a copy.
            program = dir + QStringLiteral("/reelforge-cli");
            QVERIFY(QFile::copy(cliPath(), program));
            QVERIFY(QFile::setPermissions(program, QFileDevice::Permissions(0x7555)));
        }
        const Run r
            = cli({ QStringLiteral("import"), locked, QStringLiteral("--json") }, lib, prefix, program);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject f = r.json().object().value(QStringLiteral("failed")).toArray().at(0).toObject();
        QCOMPARE(f.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
            QStringLiteral("PermissionDenied"));
    }

    void folderImportListsWhatItCannotRead()
    {
        // A folder with one good clip, a file nobody may read, a folder nobody may enter and a
        // file whose name is not valid UTF-8: each of the last three is a listed failure.
        const QString dir = m_dir.filePath(QStringLiteral("walk"));
        QDir().mkpath(dir + QStringLiteral("/closed"));
        QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7777));
        QFile::setPermissions(dir, QFileDevice::Permissions(0x7777));
        QVERIFY(QFile::copy(m_clipA, dir + QStringLiteral("/good.mp4")));
        const QString locked = dir + QStringLiteral("/locked.mp4");
        QVERIFY(QFile::copy(m_clipB, locked));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::WriteOwner));
        QVERIFY(QFile::copy(m_audio, dir + QStringLiteral("/closed/inside.wav")));
        QVERIFY(QFile::setPermissions(dir + QStringLiteral("/closed"), QFileDevice::Permissions {}));
        const std::string badName = QFile::encodeName(dir).toStdString() + "/caf\xe9 latin-1.mp4";
        std::filesystem::copy_file(QFile::encodeName(m_clipB).toStdString(), badName);
        const QString lib = dir + QStringLiteral("-lib");
        QStringList prefix;
        QString program = cliPath();
        if (::geteuid() == 0) {
            prefix = { QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups") };
            program = m_dir.filePath(QStringLiteral("reelforge-cli-walk"));
            QVERIFY(QFile::copy(cliPath(), program));
            QVERIFY(QFile::setPermissions(program, QFileDevice::Permissions(0x7555)));
        }
        const Run r = cli({ QStringLiteral("import"), dir, QStringLiteral("--json") }, lib, prefix, program);
        QFile::setPermissions(dir + QStringLiteral("/closed"), QFileDevice::Permissions(0x7777));
        QCOMPARE(r.exitCode, 1);  // some items failed
        const QJsonObject report = r.json().object();
        QCOMPARE(report.value(QStringLiteral("imported")).toArray().size(), 1);
        QMap<QString, QString> codes;  // file name -> error code
        for (const QJsonValue& v : report.value(QStringLiteral("failed")).toArray()) {
            const QJsonObject f = v.toObject();
            codes.insert(QFileInfo(f.value(QStringLiteral("path")).toString()).fileName(),
                f.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString());
        }
        QCOMPARE(codes.value(QStringLiteral("locked.mp4")), QStringLiteral("PermissionDenied"));
        QCOMPARE(codes.value(QStringLiteral("closed")), QStringLiteral("PermissionDenied"));
        QCOMPARE(codes.size(), 3);
        QVERIFY2(
            codes.values().contains(QStringLiteral("BadFileName")), qPrintable(QString::fromUtf8(r.out)));
    }

    void nonAsciiPathsWithSpacesWork()
    {
        const QString dir = m_dir.filePath(QStringLiteral("Été 2026 — 東京"));
        QDir().mkpath(dir);
        const QString clip = dir + QStringLiteral("/Ünïcødé clip ✓.mp4");
        ClipSpec s;
        s.source = QStringLiteral("smptebars");
        QVERIFY(makeClip(clip, s));
        const QString lib = m_dir.filePath(QStringLiteral("Bibliothèque ü"));
        const Run r = cli({ QStringLiteral("import"), dir, QStringLiteral("--json") }, lib);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = cli({ QStringLiteral("list"), QStringLiteral("--json") }, lib).json().array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("title")).toString(),
            QStringLiteral("Ünïcødé clip ✓"));
    }

    void libraryComesFromTheEnvironmentWhenNotGiven()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib-env"));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REELFORGE_LIBRARY"), lib);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(cliPath(), { QStringLiteral("import"), m_audio, QStringLiteral("--json") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFileInfo::exists(lib + QStringLiteral("/library.db")));
        QCOMPARE(cli({ QStringLiteral("list"), QStringLiteral("--json") }, lib).json().array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
