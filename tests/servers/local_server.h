#pragma once

// Starts the small local test servers (tests/servers/*.mjs, rclone) on 127.0.0.1 for the
// publishing integration tests, and stops them with the test. Header-only so that any test
// executable can use it without a build change.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace reelforge::testing {

// The folder `./dev test` installs the npm servers into ($REELFORGE_TEST_SERVERS, else
// build/test-servers beside the test binaries); empty when they are not installed.
inline QString testServersDir()
{
    QString dir = qEnvironmentVariable("REELFORGE_TEST_SERVERS");
    if (dir.isEmpty())
        dir = QDir(QCoreApplication::applicationDirPath())
                  .absoluteFilePath(QStringLiteral("../test-servers"));
    return QFileInfo::exists(dir + QStringLiteral("/node_modules")) ? QDir(dir).absolutePath() : QString();
}

// True when the servers are expected (CI, ./dev test): then a missing install is a failure,
// not a skip.
inline bool testServersRequired()
{
    return !qEnvironmentVariableIsEmpty("REELFORGE_TEST_SERVERS");
}

inline QString serverScript(const QString& name)
{
    // QT_TESTCASE_SOURCEDIR (set by Qt Test's CMake support) is the absolute tests/ folder;
    // __FILE__ may be relative when the compiler cache rewrites paths.
    return QDir(QStringLiteral(QT_TESTCASE_SOURCEDIR "/servers")).filePath(name);
}

inline int freeLoopbackPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

class LocalServer {
public:
    LocalServer() = default;
    LocalServer(const LocalServer&) = delete;
    LocalServer& operator=(const LocalServer&) = delete;
    ~LocalServer() { stop(); }

    // Runs `node tests/servers/<script> args...`; waits for its {"ready":true,"port":N} line.
    bool startNode(const QString& script, const QStringList& args, QString* error = nullptr)
    {
        const QString modules = testServersDir();
        if (modules.isEmpty()) {
            if (error)
                *error = QStringLiteral("test servers not installed (run ./dev test)");
            return false;
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("REELFORGE_TEST_SERVERS"), modules);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("node"), QStringList { serverScript(script) } + args);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000) {
            if (m_process.canReadLine()) {
                const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
                if (ready.value(QStringLiteral("ready")).toBool()) {
                    m_port = ready.value(QStringLiteral("port")).toInt();
                    m_info = ready;
                    return true;
                }
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(100);
        }
        if (error)
            *error = QStringLiteral("%1 did not start: %2")
                         .arg(script, QString::fromUtf8(m_process.readAllStandardError()));
        stop();
        return false;
    }

    // Runs any program that listens on `port`; waits until the port accepts connections.
    bool startProgram(const QString& program, const QStringList& args, int port, QString* error = nullptr)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(program, args);
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 20000 && m_process.state() != QProcess::NotRunning) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(port));
            if (socket.waitForConnected(200)) {
                m_port = port;
                return true;
            }
            QThread::msleep(100);
        }
        if (error)
            *error
                = QStringLiteral("%1 did not start: %2").arg(program, QString::fromUtf8(m_process.readAll()));
        stop();
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000)) {
                m_process.kill();
                m_process.waitForFinished(3000);
            }
        }
    }

    int port() const { return m_port; }
    QString url(const QString& path = {}) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    QJsonObject info() const { return m_info; }
    QByteArray output() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    int m_port = 0;
    QJsonObject m_info;
};

}  // namespace reelforge::testing

// In a test slot: skips when the servers are not installed and nobody asked for them, fails
// when ./dev test (REELFORGE_TEST_SERVERS) promised them.
#define REELFORGE_START_SERVER(server, ...)                                                                  \
    do {                                                                                                     \
        QString why_;                                                                                        \
        if (!(server).startNode(__VA_ARGS__, &why_)) {                                                       \
            if (reelforge::testing::testServersRequired())                                                   \
                QFAIL(qPrintable(why_));                                                                     \
            QSKIP(qPrintable(why_));                                                                         \
        }                                                                                                    \
    } while (false)
