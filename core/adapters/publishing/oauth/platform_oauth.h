#pragma once

#include "adapters/publishing/oauth/oauth_client.h"
#include "domain/models/account.h"

#include <optional>

namespace reelforge::adapters {

// The OAuth endpoints and scopes of the platforms that sign in with OAuth (YouTube, Vimeo,
// TikTok), with the client id from the account's settings ("clientId"), the client secret
// the platform issues to installed apps (from the keychain, may be empty) and, for tests, a
// token URL override in the settings ("tokenUrl"). nullopt for other platforms.
std::optional<OAuthConfig> platformOAuth(const domain::Account& account, const QString& clientSecret);

}  // namespace reelforge::adapters
