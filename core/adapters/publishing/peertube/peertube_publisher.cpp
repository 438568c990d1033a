#include "adapters/publishing/peertube/peertube_publisher.h"

#include "adapters/publishing/oauth/pkce.h"
#include "adapters/publishing/shared/chunk_size.h"
#include "adapters/publishing/shared/google_resumable_upload.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace reelforge::adapters {

using application::UploadSession;
using domain::ErrorCode;

namespace {

int peerTubePrivacy(domain::Privacy privacy)
{
    switch (privacy) {
    case domain::Privacy::Public:
        return 1;
    case domain::Privacy::Unlisted:
        return 2;
    case domain::Privacy::Private:
        return 3;
    }
    return 3;
}

}  // namespace

PeerTubePublisher::PeerTubePublisher(QUrl instance, QString username, QString password, QString channelId)
    : m_instance(std::move(instance))
    , m_username(std::move(username))
    , m_password(std::move(password))
    , m_channelId(std::move(channelId))
{
}

QNetworkRequest PeerTubePublisher::request(const QString& path) const
{
    QNetworkRequest r = makeRequest(m_instance.resolved(QUrl(path)));
    if (!m_bearer.isEmpty())
        r.setRawHeader("Authorization", m_bearer);
    return r;
}

domain::Status PeerTubePublisher::signIn()
{
    if (!m_bearer.isEmpty())
        return domain::ok();
    auto client = m_http.send("GET", request(QStringLiteral("/api/v1/oauth-clients/local")));
    if (!client)
        return tl::unexpected(client.error());
    if (!client->isSuccess())
        return tl::unexpected(httpError(QStringLiteral("PeerTube client"), *client));
    const QJsonObject c = QJsonDocument::fromJson(client->body).object();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("client_id"), c.value(QStringLiteral("client_id")).toString());
    form.addQueryItem(QStringLiteral("client_secret"), c.value(QStringLiteral("client_secret")).toString());
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
    form.addQueryItem(QStringLiteral("username"), m_username);
    form.addQueryItem(QStringLiteral("password"), m_password);
    QNetworkRequest r = request(QStringLiteral("/api/v1/users/token"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    auto token = m_http.send("POST", r, form.toString(QUrl::FullyEncoded).toUtf8());
    if (!token)
        return tl::unexpected(token.error());
    if (token->status == 400 || token->status == 401)  // the body may echo the form: not copied
        return domain::fail(ErrorCode::AuthExpired,
            QStringLiteral("PeerTube refused the user name or password: reconnect the account"),
            m_instance.host());
    if (!token->isSuccess())
        return tl::unexpected(httpError(QStringLiteral("PeerTube sign-in"), *token));
    m_bearer = "Bearer "
        + QJsonDocument::fromJson(token->body)
              .object()
              .value(QStringLiteral("access_token"))
              .toString()
              .toUtf8();
    return domain::ok();
}

domain::Result<QString> PeerTubePublisher::channel()
{
    if (!m_channelId.isEmpty())
        return m_channelId;
    auto me = m_http.send("GET", request(QStringLiteral("/api/v1/users/me")));
    if (!me)
        return tl::unexpected(me.error());
    if (!me->isSuccess())
        return tl::unexpected(httpError(QStringLiteral("PeerTube account"), *me));
    const QJsonArray channels
        = QJsonDocument::fromJson(me->body).object().value(QStringLiteral("videoChannels")).toArray();
    if (channels.isEmpty())
        return domain::fail(
            ErrorCode::InvalidArgument, QStringLiteral("the PeerTube account has no channel"));
    return QString::number(channels.first().toObject().value(QStringLiteral("id")).toInteger());
}

domain::Result<UploadSession> PeerTubePublisher::begin(const application::PublishRequest& req)
{
    if (domain::Status s = signIn(); !s)
        return tl::unexpected(s.error());
    const QString channelOption = req.publication.options.value(QStringLiteral("channel")).toString();
    if (!channelOption.isEmpty())
        m_channelId = channelOption;
    auto channelId = channel();
    if (!channelId)
        return tl::unexpected(channelId.error());
    const domain::Publication& p = req.publication;
    QJsonObject body { { QStringLiteral("name"), p.title.left(120) },
        { QStringLiteral("channelId"), channelId->toLongLong() },
        { QStringLiteral("privacy"), peerTubePrivacy(p.privacy) },
        { QStringLiteral("filename"), QFileInfo(req.filePath).fileName() },
        { QStringLiteral("description"), p.description },
        { QStringLiteral("tags"), QJsonArray::fromStringList(p.tags.mid(0, 5)) } };  // PeerTube takes 5
    QNetworkRequest r = request(QStringLiteral("/api/v1/videos/upload-resumable"));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("X-Upload-Content-Length", QByteArray::number(req.fileSize));
    r.setRawHeader("X-Upload-Content-Type", req.contentType.toUtf8());
    auto reply = m_http.send("POST", r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess())
        return tl::unexpected(httpError(QStringLiteral("PeerTube upload start"), *reply));
    auto uri = GoogleResumableUpload::sessionFrom(r.url(), *reply);
    if (!uri)
        return tl::unexpected(uri.error());
    UploadSession session;
    session.url = uri->toString(QUrl::FullyEncoded);
    session.total = req.fileSize;
    return session;
}

domain::Result<UploadSession> PeerTubePublisher::resume(
    const application::PublishRequest& req, const UploadSession& session, application::UploadContext& context)
{
    if (domain::Status s = signIn(); !s)
        return tl::unexpected(s.error());
    GoogleResumableUpload upload(m_http, [this](QNetworkRequest& r) -> domain::Status {
        r.setRawHeader("Authorization", m_bearer);
        return domain::ok();
    });
    auto done
        = upload.sendRest(req.filePath, session, context, chunkSizeFor(req, kDefaultChunkBytes, 256 * 1024));
    if (!done && done.error().code == ErrorCode::AuthExpired) {
        m_bearer.clear();  // the token expired: sign in again and continue
        return domain::fail(ErrorCode::IoError, QStringLiteral("PeerTube session renewed during the upload"));
    }
    return done;
}

domain::Status PeerTubePublisher::setThumbnail(const QString& videoId, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::fail(ErrorCode::FileMissing, QStringLiteral("the thumbnail file is missing"), path);
    // A small image: one multipart/form-data body in memory.
    const QByteArray boundary = "reelforge-" + Pkce::randomToken(12);
    QByteArray body = "--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"thumbnailfile\"; filename=\""
        + QFileInfo(path).fileName().toUtf8() + "\"\r\nContent-Type: image/jpeg\r\n\r\n" + file.readAll()
        + "\r\n--" + boundary + "--\r\n";
    QNetworkRequest r = request(QStringLiteral("/api/v1/videos/") + videoId);
    r.setHeader(QNetworkRequest::ContentTypeHeader, "multipart/form-data; boundary=" + boundary);
    auto reply = m_http.send("PUT", r, body);
    if (!reply)
        return tl::unexpected(reply.error());
    if (!reply->isSuccess())
        return tl::unexpected(httpError(QStringLiteral("PeerTube thumbnail"), *reply));
    return domain::ok();
}

domain::Result<application::PublishedRef> PeerTubePublisher::finish(
    const application::PublishRequest& req, const UploadSession& session)
{
    const QJsonObject video = session.extra.value(QStringLiteral("resource"))
                                  .toObject()
                                  .value(QStringLiteral("video"))
                                  .toObject();
    const QString id = QString::number(video.value(QStringLiteral("id")).toInteger());
    const QString shortId
        = video.value(QStringLiteral("shortUUID")).toString(video.value(QStringLiteral("uuid")).toString());
    if (shortId.isEmpty())
        return domain::fail(ErrorCode::UploadRejected, QStringLiteral("PeerTube did not return the video"));
    if (const QString thumb = req.publication.options.value(QStringLiteral("thumbnail")).toString();
        !thumb.isEmpty()) {
        if (domain::Status s = signIn(); !s)
            return tl::unexpected(s.error());
        if (domain::Status s = setThumbnail(id, thumb); !s)
            return tl::unexpected(s.error());
    }
    return application::PublishedRef { shortId,
        m_instance.resolved(QUrl(QStringLiteral("/w/") + shortId)).toString(), false };
}

domain::Status PeerTubePublisher::abort(const UploadSession& session)
{
    if (session.url.isEmpty())
        return domain::ok();
    if (domain::Status s = signIn(); !s)
        return s;
    // PeerTube documents DELETE on the resumable session as "cancel the upload".
    GoogleResumableUpload upload(m_http, [this](QNetworkRequest& r) -> domain::Status {
        r.setRawHeader("Authorization", m_bearer);
        return domain::ok();
    });
    return upload.cancel(QUrl(session.url));
}

}  // namespace reelforge::adapters
