#pragma once

#include "domain/error.h"
#include "domain/models/account.h"
#include "domain/models/publication.h"

#include <QString>

namespace reelforge::ui::publishing_text {

// The words the publishing screens use for platforms, states and problems. Core errors carry
// codes and technical English; these turn them into sentences a creator understands.

QString platform(domain::Platform platform);  // "YouTube", "S3-compatible storage", ...
QString state(domain::PublicationState state);  // "Scheduled", "Uploading", ...
QString privacy(domain::Privacy privacy);
// A note shown whenever the platform is a destination ("TikTok posts privately ..."); empty if none.
QString platformNotice(domain::Platform platform);
// Why publishing `fileSize` bytes to `account` was refused, in plain words (size and quota
// limits explained, an expired sign-in named with its account).
QString publishError(const domain::Error& error, const domain::Account& account);
// Why a publication failed, from the reason the service recorded.
QString failure(const QString& recorded);
QString speed(double bytesPerSecond);  // "2.4 MB/s"
QString eta(double seconds);  // "about 3 min left"

}  // namespace reelforge::ui::publishing_text
