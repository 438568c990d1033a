#include "adapters/publishing/oauth/loopback_receiver.h"

#include "adapters/publishing/shared/server_message.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

void answer(QTcpSocket& socket, bool ok)
{
    const QByteArray page = ok
        ? QByteArrayLiteral("<!doctype html><title>ReelForge</title><p>Signed in. You can close this tab and "
                            "return to ReelForge.</p>")
        : QByteArrayLiteral("<!doctype html><title>ReelForge</title><p>Sign-in did not complete. Return "
                            "to ReelForge and try again.</p>");
    socket.write("HTTP/1.1 " + QByteArray(ok ? "200 OK" : "400 Bad Request")
        + "\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\nContent-Length: "
        + QByteArray::number(page.size()) + "\r\n\r\n" + page);
    socket.flush();
    socket.waitForBytesWritten(1000);
    socket.disconnectFromHost();
}

}  // namespace

LoopbackReceiver::LoopbackReceiver() = default;

domain::Status LoopbackReceiver::listen()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        return domain::fail(ErrorCode::IoError, QStringLiteral("cannot listen on 127.0.0.1 for the sign-in"),
            m_server.errorString());
    return domain::ok();
}

QString LoopbackReceiver::redirectUri() const
{
    return QStringLiteral("http://127.0.0.1:%1/callback").arg(m_server.serverPort());
}

domain::Result<QString> LoopbackReceiver::waitForCode(
    const QByteArray& expectedState, int timeoutMs, application::CancellationToken* cancel)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < timeoutMs) {
        if (cancel && cancel->isCancelled())
            return domain::fail(ErrorCode::Cancelled, QStringLiteral("sign-in cancelled"));
        if (!m_server.hasPendingConnections() && !m_server.waitForNewConnection(100))
            continue;
        std::unique_ptr<QTcpSocket> socket(m_server.nextPendingConnection());
        QByteArray head;
        while (!head.contains("\r\n\r\n") && head.size() < 16384 && socket->waitForReadyRead(2000))
            head += socket->readAll();
        const QByteArrayList requestLine = head.left(head.indexOf("\r\n")).split(' ');
        if (requestLine.size() < 2 || requestLine[0] != "GET" || !requestLine[1].startsWith("/callback")) {
            answer(*socket, false);  // a favicon or a stray request: keep waiting
            continue;
        }
        const QUrlQuery query(QUrl::fromEncoded(requestLine[1]).query());
        const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
        const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        const bool ok = state == QString::fromLatin1(expectedState) && !code.isEmpty();
        answer(*socket, ok);
        if (!ok) {
            const QString why = query.queryItemValue(QStringLiteral("error"));
            return domain::fail(ErrorCode::AuthExpired,
                QStringLiteral("the sign-in was refused or did not match: reconnect"),
                why.isEmpty() ? QStringLiteral("state mismatch") : shortServerText(why));
        }
        return code;
    }
    return domain::fail(ErrorCode::IoError, QStringLiteral("the sign-in timed out"));
}

}  // namespace reelforge::adapters
