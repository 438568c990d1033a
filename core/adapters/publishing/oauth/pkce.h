#pragma once

#include <QByteArray>

namespace reelforge::adapters {

// Proof Key for Code Exchange (RFC 7636), S256: a random verifier kept by the app and its
// challenge sent with the authorization request, so an intercepted code is useless.
struct Pkce {
    QByteArray verifier;  // 43 to 128 characters of [A-Za-z0-9-._~]
    QByteArray challenge;  // BASE64URL(SHA256(verifier)), no padding

    static Pkce generate();
    static QByteArray challengeFor(const QByteArray& verifier);
    static QByteArray randomToken(int bytes);  // URL-safe random text (also used for `state`)
};

}  // namespace reelforge::adapters
