#include "ui/publishing/publishing_text.h"

#include "ui/common/error_text.h"
#include "ui/common/format.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace reelforge::ui::publishing_text {

using domain::ErrorCode;
using domain::Platform;
using domain::PublicationState;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PublishingText)
};

}  // namespace

QString platform(Platform platform)
{
    switch (platform) {
    case Platform::YouTube:
        return QStringLiteral("YouTube");
    case Platform::Vimeo:
        return QStringLiteral("Vimeo");
    case Platform::PeerTube:
        return QStringLiteral("PeerTube");
    case Platform::TikTok:
        return QStringLiteral("TikTok");
    case Platform::S3:
        return Text::tr("S3-compatible storage");
    case Platform::WebDav:
        return Text::tr("WebDAV server");
    case Platform::Tus:
        return Text::tr("tus upload server");
    case Platform::Folder:
        return Text::tr("Folder");
    }
    return {};
}

QString state(PublicationState state)
{
    switch (state) {
    case PublicationState::Scheduled:
        return Text::tr("Scheduled");
    case PublicationState::Uploading:
        return Text::tr("Uploading");
    case PublicationState::Processing:
        return Text::tr("Processing");
    case PublicationState::Published:
        return Text::tr("Published");
    case PublicationState::Failed:
        return Text::tr("Failed");
    case PublicationState::Cancelled:
        return Text::tr("Cancelled");
    }
    return {};
}

QString privacy(domain::Privacy privacy)
{
    switch (privacy) {
    case domain::Privacy::Private:
        return Text::tr("Private");
    case domain::Privacy::Unlisted:
        return Text::tr("Unlisted");
    case domain::Privacy::Public:
        return Text::tr("Public");
    }
    return {};
}

QString platformNotice(Platform platform)
{
    if (platform == Platform::TikTok)
        return Text::tr("TikTok lets apps it has not audited post privately only: the video is posted as "
                        "private, whatever you choose here. You can make it public in the TikTok app.");
    if (platform == Platform::YouTube)
        return Text::tr("YouTube allows about six uploads a day per project; scheduled videos stay private "
                        "until their time.");
    return {};
}

QString publishError(const domain::Error& error, const domain::Account& account)
{
    switch (error.code) {
    case ErrorCode::UploadRejected: {
        static const QRegularExpression sizes(QStringLiteral("(\\d+) bytes > (\\d+) bytes"));
        if (const auto m = sizes.match(error.detail); m.hasMatch())
            return Text::tr("This file is %1, but %2 accepts files up to %3. Make a smaller version (a "
                            "shorter cut or a lower-bitrate preset) and publish that.")
                .arg(format::bytes(m.captured(1).toLongLong()), platform(account.platform),
                    format::bytes(m.captured(2).toLongLong()));
        return Text::tr("%1 refused this file: %2").arg(platform(account.platform), error.toString());
    }
    case ErrorCode::QuotaExceeded:
        return Text::tr("The upload allowance of “%1” on %2 is used up for now. Try again later (YouTube "
                        "resets it at midnight Pacific time); nothing was uploaded.")
            .arg(account.name, platform(account.platform));
    case ErrorCode::AuthExpired:
        return Text::tr("The sign-in of “%1” has expired. Reconnect the account, then publish.")
            .arg(account.name);
    case ErrorCode::Duplicate:
        return Text::tr("This file is already published on “%1”: %2").arg(account.name, error.detail);
    case ErrorCode::FileMissing:
    case ErrorCode::EmptyFile:
        return errorText(error.code);
    default:
        break;
    }
    return error.message.isEmpty() ? errorText(error.code) : error.toString();
}

QString failure(const QString& recorded)
{
    if (recorded.isEmpty())
        return {};
    if (recorded.contains(QStringLiteral("reconnect"), Qt::CaseInsensitive)
        || recorded.contains(QStringLiteral("sign-in"), Qt::CaseInsensitive))
        return Text::tr("The sign-in has expired. Reconnect the account (Publish ▸ Accounts…), then retry.");
    if (recorded.contains(QStringLiteral("quota"), Qt::CaseInsensitive))
        return Text::tr("The platform's upload allowance is used up for now. Retry later.");
    QString text = recorded;
    text[0] = text[0].toUpper();
    return text;
}

QString speed(double bytesPerSecond)
{
    if (bytesPerSecond <= 0.0)
        return {};
    return Text::tr("%1/s").arg(format::bytes(static_cast<qint64>(bytesPerSecond)));
}

QString eta(double seconds)
{
    if (seconds < 0.0 || !std::isfinite(seconds))
        return {};
    if (seconds < 60.0)
        return Text::tr("less than a minute left");
    const int minutes = static_cast<int>(std::ceil(seconds / 60.0));
    if (minutes < 60)
        return Text::tr("about %n min left", nullptr, minutes);
    return Text::tr("about %1 left").arg(format::duration(seconds));
}

}  // namespace reelforge::ui::publishing_text
