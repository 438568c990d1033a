#include "adapters/secrets/keychain_credential_store.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace reelforge::adapters {

using domain::ErrorCode;

namespace {

// Runs a started-or-not job to completion and maps its error (the key is named in the detail,
// the secret never).
domain::Status await(QKeychain::Job& job, const QString& key)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    switch (job.error()) {
    case QKeychain::NoError:
        return domain::ok();
    case QKeychain::EntryNotFound:
        return domain::fail(ErrorCode::NotFound, QStringLiteral("no keychain entry"), key);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return domain::fail(ErrorCode::PermissionDenied, QStringLiteral("the keychain refused access"), key);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return domain::fail(ErrorCode::IoError, QStringLiteral("the keychain is not available"),
        key + QStringLiteral(": ") + job.errorString());
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{
}

domain::Result<QByteArray> KeychainCredentialStore::read(const QString& key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (domain::Status s = await(job, key); !s)
        return tl::unexpected(s.error());
    return job.binaryData();
}

domain::Status KeychainCredentialStore::write(const QString& key, const QByteArray& secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setBinaryData(secret);
    return await(job, key);
}

domain::Status KeychainCredentialStore::remove(const QString& key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    domain::Status s = await(job, key);
    if (!s && s.error().code == ErrorCode::NotFound)
        return domain::ok();
    return s;
}

} // namespace reelforge::adapters
