#pragma once

#include "domain/models/account.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace reelforge::domain {

enum class PublicationState { Scheduled, Uploading, Processing, Published, Failed, Cancelled };
enum class Privacy { Private, Unlisted, Public };

QString publicationStateName(PublicationState state);
QString privacyName(Privacy privacy);

// One file going to one destination, now or at a set time.
struct Publication {
    QString id;
    QString artifactPath;
    QString accountId;
    QString title;
    QString description;
    QStringList tags;
    Privacy privacy = Privacy::Private;
    std::optional<QDateTime> publishAt;
    PublicationState state = PublicationState::Scheduled;
    std::int64_t bytesSent = 0;
    std::int64_t bytesTotal = 0;
    QString remoteUrl;
    QString error;
    QString artifactId {};  // the library artifact, when published from the library
    QString destination {};  // where on the account (bucket/key, folder, ...): with the file, the dedupe key
    QJsonObject options {};  // platform options (category, playlist, thumbnail, madeForKids, ...)
    int attempts = 0;
    QDateTime createdAt {};
    QDateTime updatedAt {};

    Status validate() const;
    bool isDue(const QDateTime& now) const;
};

}  // namespace reelforge::domain
