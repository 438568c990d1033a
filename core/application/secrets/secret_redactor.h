#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <mutex>

namespace reelforge::application {

// What a removed secret is replaced with.
QString redactionMark();

// Removes credentials from a text before it is stored, logged or printed: the values of
// Authorization, Proxy-Authorization, Cookie and other credential headers; Basic and Bearer
// credentials wherever they appear; password, token, OAuth (access_token, refresh_token,
// id_token, client_secret, code, code_verifier) and key fields in query strings, forms, JSON and
// XML; pre-signed URL parameters (X-Amz-Signature, X-Amz-Credential, X-Amz-Security-Token, ...)
// and AWS Signature V4 credentials; the user information of URLs (https://user:pass@host).
// Pure, idempotent and thread-safe; the rest of the text is kept as it is.
QString redactSecrets(const QString& text);
domain::Error redactSecrets(const domain::Error& error);

// redactSecrets, plus the secret values this process knows (passwords, tokens, keys read from
// or written to the keychain): their exact echoes, percent-encoded, JSON-escaped or base64
// forms, and base64 text that decodes to something containing one (HTTP Basic credentials
// echoed without their scheme) are removed too. Secrets shorter than kMinimumLength are not
// remembered (they would blank out ordinary words). Thread-safe: one instance is shared by the
// upload workers, the repositories and the command line of a process.
class SecretRedactor {
public:
    static constexpr int kMinimumLength = 6;
    static constexpr int kMaximumRemembered = 256;  // the oldest are forgotten first

    void remember(const QString& secret);
    // A keychain entry (the JSON object the credential store keeps): remembers its secret
    // values (password, tokens, client secret, secret access key, session token).
    void rememberCredential(const QByteArray& stored);

    QString redact(const QString& text) const;
    domain::Error redact(const domain::Error& error) const;

private:
    QString redactKnown(const QString& text) const;

    mutable std::mutex m_mutex;
    QStringList m_secrets;  // raw values, oldest first
};

}  // namespace reelforge::application
