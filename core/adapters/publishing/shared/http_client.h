#pragma once

#include "application/cancellation_token.h"
#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QNetworkRequest>
#include <QPair>

#include <functional>
#include <memory>

class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;

namespace reelforge::adapters {

// An HTTP answer (any status). Transport failures are errors instead (see HttpClient).
struct HttpResponse {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray& name) const;  // case-insensitive; empty when absent
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// Blocking HTTP over the calling thread's own QNetworkAccessManager (publishing runs on worker
// threads; each has its own client). Redirects are never followed automatically (a resumable
// upload's 308 is an answer, not a redirect). TLS verification stays on. Any HTTP status is
// returned as a response; transport failures (refused, reset, timed out, dropped mid-body) are
// IoError (transient), an abort through the cancellation token is Cancelled.
class HttpClient {
public:
    using Progress = std::function<void(qint64 sent, qint64 total)>;

    explicit HttpClient(int stallTimeoutMs = 60000);
    ~HttpClient();
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;

    void setCancellation(application::CancellationToken* cancel) { m_cancel = cancel; }

    domain::Result<HttpResponse> send(const QByteArray& verb, QNetworkRequest request,
        const QByteArray& body = {}, const Progress& uploaded = {});
    // Streams `body` (opened, positioned); Content-Length must be set by the caller.
    domain::Result<HttpResponse> send(
        const QByteArray& verb, QNetworkRequest request, QIODevice* body, const Progress& uploaded);

private:
    domain::Result<HttpResponse> run(QNetworkReply* reply, const Progress& uploaded);

    std::unique_ptr<QNetworkAccessManager> m_manager;
    application::CancellationToken* m_cancel = nullptr;
    int m_stallTimeoutMs;
};

// Lets `token` abort the client's requests for the scope's lifetime.
class CancellationScope {
public:
    CancellationScope(HttpClient& http, application::CancellationToken& token)
        : m_http(http)
    {
        m_http.setCancellation(&token);
    }
    ~CancellationScope() { m_http.setCancellation(nullptr); }
    CancellationScope(const CancellationScope&) = delete;
    CancellationScope& operator=(const CancellationScope&) = delete;

private:
    HttpClient& m_http;
};

// A request with the settings every publisher uses.
QNetworkRequest makeRequest(const QUrl& url);

// Maps a non-success answer to the contract's error codes: 5xx, 408 and 429 are IoError
// (transient), 401 AuthExpired, 403 with a quota reason QuotaExceeded, 404/410 NotFound, other
// 4xx UploadRejected. `what` names the step ("tus PATCH"); the detail carries the status and
// the server's short error code and message (serverMessage: redacted, never the raw body).
domain::Error httpError(const QString& what, const HttpResponse& response);

}  // namespace reelforge::adapters
