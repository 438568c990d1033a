#include "infrastructure/system/process_liveness.h"

#include <QFile>
#include <QSysInfo>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace reelforge::infrastructure {

QString thisMachine()
{
    return QSysInfo::machineHostName() + QLatin1Char('/') + QString::fromLatin1(QSysInfo::bootUniqueId());
}

bool processExists(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_WIN)
    HANDLE process = OpenProcess(SYNCHRONIZE, FALSE, static_cast<DWORD>(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    const bool running = WaitForSingleObject(process, 0) == WAIT_TIMEOUT;
    CloseHandle(process);
    return running;
#else
    // Signal 0 checks existence and permission without sending anything; EPERM means it exists
    // but belongs to someone else.
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM)
        return false;
#if defined(Q_OS_LINUX)
    // A killed process that its parent has not reaped yet still has a pid: it runs nothing.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close > 0 && close + 2 < line.size() && (line[close + 2] == 'Z' || line[close + 2] == 'X'))
            return false;
    }
#endif
    return true;
#endif
}

}  // namespace reelforge::infrastructure
