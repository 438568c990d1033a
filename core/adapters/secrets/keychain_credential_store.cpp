#include "adapters/secrets/keychain_credential_store.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QMutex>
#include <QThread>

#include <functional>

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

// The one thread all keychain jobs run on, started on first use and stopped when the
// application object goes away. A job started from that thread itself runs in place.
class KeychainThread {
public:
    static void run(const std::function<void()>& work)
    {
        QObject* context = instance();
        if (!context || QThread::currentThread() == context->thread()) {
            work();
            return;
        }
        QMetaObject::invokeMethod(context, work, Qt::BlockingQueuedConnection);
    }

private:
    static QObject* instance()
    {
        static QMutex mutex;
        static QThread* thread = nullptr;
        static QObject* context = nullptr;
        QMutexLocker lock(&mutex);
        if (!thread && QCoreApplication::instance()) {
            thread = new QThread;
            thread->setObjectName(QStringLiteral("keychain"));
            context = new QObject;
            context->moveToThread(thread);
            QObject::connect(thread, &QThread::finished, context, &QObject::deleteLater);
            thread->start();
            qAddPostRoutine([] {
                QMutexLocker lock(&mutex);
                thread->quit();
                thread->wait();
                delete thread;
                thread = nullptr;
                context = nullptr;
            });
        }
        return context;
    }
};

}  // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{
}

domain::Result<QByteArray> KeychainCredentialStore::read(const QString& key)
{
    domain::Result<QByteArray> result;
    KeychainThread::run([&] {
        QKeychain::ReadPasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        job.setKey(key);
        if (domain::Status s = await(job, key); !s)
            result = tl::unexpected(s.error());
        else
            result = job.binaryData();
    });
    return result;
}

domain::Status KeychainCredentialStore::write(const QString& key, const QByteArray& secret)
{
    domain::Status result;
    KeychainThread::run([&] {
        QKeychain::WritePasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        job.setKey(key);
        job.setBinaryData(secret);
        result = await(job, key);
    });
    return result;
}

domain::Status KeychainCredentialStore::remove(const QString& key)
{
    domain::Status result;
    KeychainThread::run([&] {
        QKeychain::DeletePasswordJob job(m_service);
        job.setAutoDelete(false);
        job.setInsecureFallback(false);
        job.setKey(key);
        result = await(job, key);
    });
    if (!result && result.error().code == ErrorCode::NotFound)
        return domain::ok();
    return result;
}

}  // namespace reelforge::adapters
