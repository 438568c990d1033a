#include "adapters/publishing/shared/http_client.h"

#include "adapters/publishing/shared/server_message.h"
#include "application/secrets/secret_redactor.h"

#include <QEventLoop>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace reelforge::adapters {

using domain::ErrorCode;

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QNetworkRequest makeRequest(const QUrl& url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("ReelForge"));
    return request;
}

HttpClient::HttpClient(int stallTimeoutMs)
    : m_manager(std::make_unique<QNetworkAccessManager>())
    , m_stallTimeoutMs(stallTimeoutMs)
{
    m_manager->setAutoDeleteReplies(false);
}

HttpClient::~HttpClient() = default;

domain::Result<HttpResponse> HttpClient::send(
    const QByteArray& verb, QNetworkRequest request, const QByteArray& body, const Progress& uploaded)
{
    if (m_cancel && m_cancel->isCancelled())
        return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    request.setTransferTimeout(m_stallTimeoutMs);
    if (!body.isEmpty() || verb == "POST" || verb == "PUT" || verb == "PATCH")
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    // HEAD must go through head(): as a custom verb, QNAM would wait for a body that never comes.
    if (verb == "HEAD")
        return run(m_manager->head(request), {});
    if (verb == "GET" && body.isEmpty())
        return run(m_manager->get(request), {});
    return run(m_manager->sendCustomRequest(request, verb, body), uploaded);
}

domain::Result<HttpResponse> HttpClient::send(
    const QByteArray& verb, QNetworkRequest request, QIODevice* body, const Progress& uploaded)
{
    if (m_cancel && m_cancel->isCancelled())
        return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    request.setTransferTimeout(m_stallTimeoutMs);
    return run(m_manager->sendCustomRequest(request, verb, body), uploaded);
}

domain::Result<HttpResponse> HttpClient::run(QNetworkReply* raw, const Progress& uploaded)
{
    std::unique_ptr<QNetworkReply> reply(raw);
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (uploaded)
        QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &loop,
            [&](qint64 sent, qint64 total) { uploaded(sent, total); });
    bool cancelled = false;
    QTimer poll;
    if (m_cancel) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (m_cancel->isCancelled() && !cancelled) {
                cancelled = true;
                reply->abort();
            }
        });
        poll.start(100);
    }
    if (!reply->isFinished())
        loop.exec();
    if (cancelled)
        return domain::fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    // A status means the server answered; a transport failure without one is an error, and so
    // is an answer cut short (a connection dropped or stalled after the headers).
    const bool cutShort = error == QNetworkReply::RemoteHostClosedError
        || error == QNetworkReply::TimeoutError || error == QNetworkReply::OperationCanceledError;
    if (!status.isValid() || cutShort)
        // Qt's error text may quote the whole address (a pre-signed query, user information).
        return domain::fail(ErrorCode::IoError, QStringLiteral("network error"),
            application::redactSecrets(
                reply->request().url().toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                + QStringLiteral(": ") + reply->errorString()));
    HttpResponse response;
    response.status = status.toInt();
    response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    return response;
}

domain::Error httpError(const QString& what, const HttpResponse& r)
{
    // Never the body itself: a server may echo the request, credentials included.
    const QString said = serverMessage(r.body);
    const QString detail = said.isEmpty() ? QStringLiteral("HTTP %1").arg(r.status)
                                          : QStringLiteral("HTTP %1 %2").arg(r.status).arg(said);
    const QString message = what + QStringLiteral(" failed");
    if (r.status >= 500 || r.status == 408 || r.status == 429)
        return { ErrorCode::IoError, message, detail };
    if (r.status == 401)
        return { ErrorCode::AuthExpired, QStringLiteral("the account must be reconnected"), detail };
    const QByteArray lower = r.body.toLower();
    if (r.status == 403
        && (lower.contains("quota") || lower.contains("limitexceeded") || lower.contains("ratelimit")))
        return { ErrorCode::QuotaExceeded, QStringLiteral("the platform's upload quota is used up"), detail };
    if (r.status == 404 || r.status == 410)
        return { ErrorCode::NotFound, message, detail };
    if (r.status == 413)
        return { ErrorCode::UploadRejected, QStringLiteral("the file is larger than the server accepts"),
            detail };
    return { ErrorCode::UploadRejected, message, detail };
}

}  // namespace reelforge::adapters
