#pragma once

#include "adapters/publishing/shared/http_client.h"
#include "application/interfaces/i_publisher.h"

#include <QUrl>

namespace reelforge::adapters {

// The tus 1.0 resumable upload protocol (tus.io): create an upload, ask for its offset (HEAD),
// send the rest (PATCH with Upload-Offset) in chunks, each chunk streamed from disk. Used by
// the tus destination and by Vimeo (which hands out a tus upload link). The offset the server
// reports always wins over the saved one.
class TusProtocol {
public:
    TusProtocol(HttpClient& http, qint64 chunkBytes);

    // POST to a creation endpoint; returns the upload URL (Location resolved against it).
    domain::Result<QUrl> create(
        const QUrl& endpoint, qint64 length, const QList<QPair<QByteArray, QString>>& metadata);
    // HEAD: the server's offset. NotFound when it forgot the upload.
    domain::Result<qint64> offset(const QUrl& upload);
    // Sends file bytes from the server's offset to the end.
    domain::Result<application::UploadSession> sendRest(const QString& filePath,
        const application::UploadSession& session, application::UploadContext& context);
    // OPTIONS: the extensions the server announces (Tus-Extension: creation, termination, ...).
    domain::Result<QByteArrayList> extensions(const QUrl& endpoint);
    // DELETE (termination extension): the server drops the upload and its bytes.
    domain::Status remove(const QUrl& upload);

private:
    QNetworkRequest request(const QUrl& url) const;

    HttpClient& m_http;
    qint64 m_chunkBytes;
};

}  // namespace reelforge::adapters
