#include "adapters/publishing/tiktok/tiktok_publisher.h"

#include "adapters/publishing/shared/server_message.h"

#include "adapters/publishing/shared/chunk_size.h"
#include "adapters/publishing/shared/file_slice.h"
#include "adapters/publishing/shared/upload_meter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace reelforge::adapters {

using application::UploadSession;
using domain::ErrorCode;

namespace {

constexpr int kMaxPolls = 120;

QString privacyLevel(domain::Privacy privacy)
{
    switch (privacy) {
    case domain::Privacy::Public:
        return QStringLiteral("PUBLIC_TO_EVERYONE");
    case domain::Privacy::Unlisted:
        return QStringLiteral("FOLLOWER_OF_CREATOR");
    case domain::Privacy::Private:
        return QStringLiteral("SELF_ONLY");
    }
    return QStringLiteral("SELF_ONLY");
}

}  // namespace

TikTokPublisher::TikTokPublisher(QUrl apiBase, OAuthConfig oauth, application::ICredentialStore& credentials,
    QString credentialKey, int pollIntervalMs)
    : m_apiBase(std::move(apiBase))
    , m_oauth(m_http, std::move(oauth))
    , m_tokens(credentials, std::move(credentialKey), m_oauth)
    , m_pollIntervalMs(pollIntervalMs)
{
}

std::pair<qint64, int> TikTokPublisher::chunking(qint64 size, qint64 wanted)
{
    if (size < kMinChunk)
        return { size, 1 };
    const qint64 chunk = qBound(kMinChunk, wanted, kMaxChunk);
    return { chunk, static_cast<int>(qMax<qint64>(1, size / chunk)) };  // the last chunk takes the rest
}

domain::Result<QJsonObject> TikTokPublisher::call(const QString& path, const QJsonObject& body)
{
    QNetworkRequest r = makeRequest(m_apiBase.resolved(QUrl(path)));
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=UTF-8"));
    auto reply = m_tokens.send(m_http, "POST", r, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!reply)
        return tl::unexpected(reply.error());
    const QJsonObject answer = QJsonDocument::fromJson(reply->body).object();
    const QString code
        = answer.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    if (reply->isSuccess() && (code.isEmpty() || code == QLatin1String("ok")))
        return answer.value(QStringLiteral("data")).toObject();
    if (code == QLatin1String("access_token_invalid") || reply->status == 401)
        return domain::fail(ErrorCode::AuthExpired,
            QStringLiteral("TikTok refused the account's sign-in: reconnect it"), code);
    if (code == QLatin1String("spam_risk_too_many_posts") || code == QLatin1String("rate_limit_exceeded")
        || code == QLatin1String("spam_risk_user_banned_from_posting"))
        return domain::fail(ErrorCode::QuotaExceeded,
            QStringLiteral("TikTok does not accept more posts from this account for now"), code);
    domain::Error e = httpError(QStringLiteral("TikTok ") + path.section(QLatin1Char('/'), -3, -2), *reply);
    if (!code.isEmpty())
        e.detail = QStringLiteral("HTTP %1 %2").arg(reply->status).arg(shortServerText(code));
    return tl::unexpected(e);
}

domain::Result<UploadSession> TikTokPublisher::begin(const application::PublishRequest& request)
{
    auto creator = call(QStringLiteral("/v2/post/publish/creator_info/query/"), {});
    if (!creator)
        return tl::unexpected(creator.error());
    const QJsonArray allowed = creator->value(QStringLiteral("privacy_level_options")).toArray();
    QString privacy = privacyLevel(request.publication.privacy);
    const bool privateOnly = !allowed.contains(privacy);
    if (privateOnly)
        privacy = QStringLiteral("SELF_ONLY");  // unaudited apps may only post privately
    const auto [chunk, count] = chunking(request.fileSize, chunkSizeFor(request, kDefaultChunk));
    const QJsonObject body { { QStringLiteral("post_info"),
                                 QJsonObject {
                                     { QStringLiteral("title"), request.publication.title.left(2200) },
                                     { QStringLiteral("privacy_level"), privacy } } },
        { QStringLiteral("source_info"),
            QJsonObject { { QStringLiteral("source"), QStringLiteral("FILE_UPLOAD") },
                { QStringLiteral("video_size"), request.fileSize }, { QStringLiteral("chunk_size"), chunk },
                { QStringLiteral("total_chunk_count"), count } } } };
    auto init = call(QStringLiteral("/v2/post/publish/video/init/"), body);
    if (!init)
        return tl::unexpected(init.error());
    UploadSession session;
    session.url = init->value(QStringLiteral("upload_url")).toString();
    session.uploadId = init->value(QStringLiteral("publish_id")).toString();
    if (session.url.isEmpty() || session.uploadId.isEmpty())
        return domain::fail(ErrorCode::UploadRejected, QStringLiteral("TikTok gave no upload URL"));
    session.total = request.fileSize;
    session.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);  // upload URLs live one hour
    session.extra = QJsonObject { { QStringLiteral("chunkBytes"), chunk },
        { QStringLiteral("chunks"), count }, { QStringLiteral("privateOnly"), privateOnly } };
    return session;
}

domain::Result<UploadSession> TikTokPublisher::resume(const application::PublishRequest& request,
    const UploadSession& saved, application::UploadContext& context)
{
    if (saved.expiresAt.isValid() && saved.expiresAt < QDateTime::currentDateTimeUtc())
        return domain::fail(ErrorCode::NotFound, QStringLiteral("the TikTok upload URL expired"));
    CancellationScope scope(m_http, context.cancel);
    UploadSession session = saved;
    const qint64 chunk = session.extra.value(QStringLiteral("chunkBytes")).toInteger();
    const int count = session.extra.value(QStringLiteral("chunks")).toInt();
    UploadMeter meter(context.progress, session.offset, session.total);
    // TikTok has no "how far are you" query: the chunks confirmed so far are the saved ones.
    for (int index = static_cast<int>(session.parts.size()); index < count; ++index) {
        const qint64 offset = index * chunk;
        const qint64 size = index + 1 == count ? session.total - offset : chunk;
        FileSlice slice(request.filePath, offset, size, context.limiter);
        if (!slice.open(QIODevice::ReadOnly))
            return domain::fail(
                ErrorCode::FileMissing, QStringLiteral("cannot read the file to upload"), request.filePath);
        QNetworkRequest r = makeRequest(QUrl(session.url));
        r.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType.toUtf8());
        r.setHeader(QNetworkRequest::ContentLengthHeader, size);
        r.setRawHeader("Content-Range",
            "bytes " + QByteArray::number(offset) + '-' + QByteArray::number(offset + size - 1) + '/'
                + QByteArray::number(session.total));
        auto reply = m_http.send("PUT", r, &slice, [&](qint64 sent, qint64) { meter.report(offset + sent); });
        if (!reply)
            return tl::unexpected(reply.error());
        if (!reply->isSuccess())  // 206 for a chunk, 201 for the last
            return tl::unexpected(httpError(QStringLiteral("TikTok chunk"), *reply));
        session.parts.push_back({ index + 1, offset, size, {} });
        session.offset = offset + size;
        context.saved(session);
        meter.report(session.offset);
    }
    return session;
}

domain::Result<application::PublishedRef> TikTokPublisher::finish(
    const application::PublishRequest&, const UploadSession& session)
{
    for (int poll = 0; poll < kMaxPolls; ++poll) {
        auto status = call(QStringLiteral("/v2/post/publish/status/fetch/"),
            QJsonObject { { QStringLiteral("publish_id"), session.uploadId } });
        if (!status)
            return tl::unexpected(status.error());
        const QString state = status->value(QStringLiteral("status")).toString();
        if (state == QLatin1String("PUBLISH_COMPLETE")) {
            const QJsonArray ids = status->value(QStringLiteral("publicaly_available_post_id")).toArray();
            const QString postId
                = ids.isEmpty() ? session.uploadId : QString::number(ids.first().toInteger());
            const bool privateOnly = session.extra.value(QStringLiteral("privateOnly")).toBool();
            return application::PublishedRef { postId,
                QStringLiteral("https://www.tiktok.com/video/") + postId, privateOnly };
        }
        if (state == QLatin1String("FAILED"))
            return domain::fail(ErrorCode::UploadRejected, QStringLiteral("TikTok did not publish the video"),
                status->value(QStringLiteral("fail_reason")).toString());
        QThread::msleep(static_cast<unsigned long>(m_pollIntervalMs));
    }
    return domain::fail(ErrorCode::IoError, QStringLiteral("TikTok is still processing the video"));
}

}  // namespace reelforge::adapters
