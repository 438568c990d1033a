#pragma once

#include "adapters/publishing/shared/http_client.h"
#include "application/interfaces/i_publisher.h"

#include <QUrl>

#include <functional>
#include <map>

namespace reelforge::adapters {

// Nextcloud's chunked upload, version 2: MKCOL of an upload folder under
// remote.php/dav/uploads/USER/ (with the final file as Destination), PUT of numbered chunks
// (1..10000, 5 MiB to 5 GiB each but the last) into it, then MOVE of its ".file" to the
// destination, which assembles the chunks on the server. A big file then survives a dropped
// connection or a restart: PROPFIND lists the chunks the server holds and only the rest is
// sent. Blocking, on the publisher's worker thread; the chunks are streamed from disk.
class NextcloudChunkedUpload {
public:
    static constexpr qint64 kMinChunk = 5LL * 1024 * 1024;
    static constexpr qint64 kMaxChunk = 5LL * 1024 * 1024 * 1024;
    static constexpr qint64 kDefaultChunk = 10LL * 1024 * 1024;
    static constexpr int kMaxChunks = 10000;

    // Adds authentication to a request.
    using Prepare = std::function<QNetworkRequest(const QUrl& url)>;

    NextcloudChunkedUpload(HttpClient& http, Prepare prepare);

    // ".../remote.php/dav/uploads/USER/" for a files endpoint ".../remote.php/dav/files/USER/...";
    // invalid when the endpoint is not a Nextcloud files URL.
    static QUrl uploadsRoot(const QUrl& filesEndpoint);
    // The chunk size for a file: at least kMinChunk, and large enough for kMaxChunks chunks.
    static qint64 chunkSizeFor(qint64 fileSize, qint64 wanted);

    domain::Status create(const QUrl& folder, const QUrl& destination);
    // The chunks the server holds: number -> size. NotFound when the folder is gone (expired).
    domain::Result<std::map<int, qint64>> chunks(const QUrl& folder);
    // Sends the chunks the server lacks; session.uploadId is the folder, session.url the
    // destination, session.extra["chunk"] the chunk size.
    domain::Result<application::UploadSession> sendRest(const QString& filePath,
        const application::UploadSession& session, application::UploadContext& context);
    // MOVE .file: the server assembles the file at the destination (never over an existing one).
    domain::Status assemble(const QUrl& folder, const QUrl& destination, qint64 total);
    domain::Status remove(const QUrl& folder);

private:
    static QUrl child(const QUrl& folder, const QString& name);

    HttpClient& m_http;
    Prepare m_prepare;
};

}  // namespace reelforge::adapters
