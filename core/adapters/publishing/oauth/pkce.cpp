#include "adapters/publishing/oauth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace reelforge::adapters {

QByteArray Pkce::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator* random = QRandomGenerator::system();  // cryptographically secure
    for (char& c : raw)
        c = static_cast<char>(random->bounded(256));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray Pkce::challengeFor(const QByteArray& verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Pkce Pkce::generate()
{
    Pkce p;
    p.verifier = randomToken(48);  // 64 characters
    p.challenge = challengeFor(p.verifier);
    return p;
}

}  // namespace reelforge::adapters
