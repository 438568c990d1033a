#pragma once

// The publishing object graph for integration tests: real SQLite repositories, lock files and
// publisher factory (real adapters), an in-memory keychain, and a PublishingService with a
// fast retry policy. Header-only; shared by the test_publish_*.cpp executables.

#include "adapters/publishing/publication_lock_files.h"
#include "adapters/publishing/publisher_factory.h"
#include "application/services/publishing_service.h"
#include "fakes/fake_clock.h"
#include "fakes/fake_credential_store.h"
#include "fakes/recording_notifier.h"
#include "infrastructure/repositories/sqlite_account_repository.h"
#include "infrastructure/repositories/sqlite_database.h"
#include "infrastructure/repositories/sqlite_publication_repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

namespace reelforge::testing {

struct PublishWorld {
    infrastructure::SqliteDatabase db;
    infrastructure::SqliteAccountRepository accounts { db };
    infrastructure::SqlitePublicationRepository publications { db };
    FakeCredentialStore credentials;
    adapters::PublicationLockFiles locks;
    adapters::PublisherFactory factory { credentials };
    FakeClock clock { QDateTime::currentDateTimeUtc() };
    RecordingNotifier notifier;
    std::unique_ptr<application::PublishingService> service;
    domain::Account account;

    static QString made(const QString& dir)
    {
        QDir().mkpath(dir);
        return dir;
    }

    PublishWorld(const QString& dir, domain::Account destination, const QByteArray& secret)
        : db(made(dir) + QStringLiteral("/lib.db"))
        , locks(dir + QStringLiteral("/locks"))
        , account(std::move(destination))
    {
        if (!db.open())
            qFatal("cannot open the test database");
        account.credentialKey = QStringLiteral("account/") + account.id;
        account.connectedAt = clock.now();
        if (!accounts.add(account))
            qFatal("cannot add the test account");
        if (!secret.isEmpty())
            (void)credentials.write(account.credentialKey, secret);
        reopen();
    }

    void reopen()
    {
        service.reset();
        service = std::make_unique<application::PublishingService>(
            application::PublishingPorts { publications, accounts, factory, locks, clock, notifier });
        service->setRetryPolicy({ 5, std::chrono::milliseconds(20), std::chrono::milliseconds(200) });
    }

    domain::Publication get(const QString& id) { return **publications.find(id); }

    // Publishes and waits for the end; returns the final publication.
    domain::Publication run(const application::PublishOrder& order)
    {
        auto p = service->publish(order);
        if (!p) {
            domain::Publication failed;
            failed.state = domain::PublicationState::Failed;
            failed.error = p.error().toString();
            return failed;
        }
        service->start();
        (void)QTest::qWaitFor(
            [&] {
                const auto s = get(p->id).state;
                return s == domain::PublicationState::Published || s == domain::PublicationState::Failed
                    || s == domain::PublicationState::Cancelled;
            },
            30000);
        return get(p->id);
    }

    application::PublishOrder order(const QString& file, const QString& title = QStringLiteral("Trip")) const
    {
        application::PublishOrder o;
        o.filePath = file;
        o.accountId = account.id;
        o.title = title;
        return o;
    }
};

inline QString makeRandomFile(const QString& path, qint64 size, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    QRandomGenerator random(seed);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (qint64 left = size; left > 0;) {
        random.fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        const qint64 n = qMin<qint64>(left, block.size());
        f.write(block.constData(), n);
        left -= n;
    }
    return path;
}

inline QByteArray fileSha256(const QString& path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        h.addData(&f);
    return h.result().toHex();
}

}  // namespace reelforge::testing
