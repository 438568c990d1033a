#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace reelforge::domain {

enum class Platform { YouTube, Vimeo, PeerTube, TikTok, S3, WebDav, Tus, Folder };

QString platformName(Platform platform);
Result<Platform> parsePlatform(const QString& name);

// A connected destination. Holds no secret: tokens and keys live in the OS keychain under
// credentialKey.
struct Account {
    QString id;
    QString name;  // unique, chosen by the creator ("My channel")
    Platform platform = Platform::Folder;
    QString endpoint;  // instance URL, bucket endpoint or folder
    QString credentialKey;
    QDateTime connectedAt;
    QJsonObject settings {};  // non-secret per-account settings (client id, bucket, channel, ...)

    Status validate() const;
};

}  // namespace reelforge::domain
