#include "adapters/secrets/keychain_credential_store.h"
#include "servers/keyring_session.h"
#include "servers/local_server.h"

#include <QCoreApplication>
#include <QProcess>

#include <QTest>
#include <QUuid>
#include <atomic>
#include <thread>
#include <vector>

using namespace reelforge;
using namespace reelforge::adapters;

// The real OS keychain (Secret Service via QtKeychain): secrets written, read back, replaced
// and removed. CI has no session bus, so main() runs this test again inside a private
// dbus-run-session with an unlocked gnome-keyring of its own (tests/servers/with_keyring.sh).
class TestPublishKeychain final : public QObject {
    Q_OBJECT

    const QString m_key = QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private slots:
    void writesReadsReplacesAndRemoves()
    {
        KeychainCredentialStore store(QStringLiteral("ReelForge tests"));
        const QByteArray secret = R"({"refreshToken":"r-1","accessToken":"a-1"})";
        QVERIFY2(store.write(m_key, secret), "write");
        auto back = store.read(m_key);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().toString()));
        QCOMPARE(*back, secret);
        QVERIFY(store.write(m_key, "rotated"));
        QCOMPARE(*store.read(m_key), QByteArray("rotated"));
        QVERIFY(store.remove(m_key));
        auto gone = store.read(m_key);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, domain::ErrorCode::NotFound);
        QVERIFY(!gone.error().toString().contains(QStringLiteral("rotated")));
        QVERIFY(store.remove(m_key));  // removing what is not there is fine
    }

    void entriesAreSeparatedByKeyAndService()
    {
        KeychainCredentialStore a(QStringLiteral("ReelForge tests"));
        KeychainCredentialStore b(QStringLiteral("ReelForge other tests"));
        QVERIFY(a.write(m_key + QStringLiteral("/1"), "one"));
        QVERIFY(a.write(m_key + QStringLiteral("/2"), "two"));
        QCOMPARE(*a.read(m_key + QStringLiteral("/1")), QByteArray("one"));
        QCOMPARE(*a.read(m_key + QStringLiteral("/2")), QByteArray("two"));
        QVERIFY(!b.read(m_key + QStringLiteral("/1")));
        QVERIFY(a.remove(m_key + QStringLiteral("/1")));
        QVERIFY(a.remove(m_key + QStringLiteral("/2")));
    }

    // Uploads read and rotate tokens on worker threads while the window reads account states
    // on the GUI thread: every answer must still be right, and nothing may crash.
    void usableFromWorkerThreadsAndTheMainThreadAtOnce()
    {
        KeychainCredentialStore store(QStringLiteral("ReelForge tests"));
        std::atomic<int> wrong { 0 };
        std::vector<std::thread> workers;
        for (int w = 0; w < 4; ++w) {
            workers.emplace_back([&store, &wrong, w, this] {
                const QString key = m_key + QStringLiteral("/worker-%1").arg(w);
                for (int i = 0; i < 10; ++i) {
                    const QByteArray value = QByteArray("token-") + QByteArray::number(w * 100 + i);
                    if (!store.write(key, value) || store.read(key).value_or(QByteArray()) != value)
                        ++wrong;
                }
                if (!store.remove(key))
                    ++wrong;
            });
        }
        QVERIFY(store.write(m_key + QStringLiteral("/main"), "main"));
        for (int i = 0; i < 10; ++i)
            QCOMPARE(store.read(m_key + QStringLiteral("/main")).value_or(QByteArray()), QByteArray("main"));
        for (std::thread& t : workers)
            t.join();
        QCOMPARE(wrong.load(), 0);
        QVERIFY(store.remove(m_key + QStringLiteral("/main")));
    }
};

int main(int argc, char* argv[])
{
    if (const std::optional<int> outer = reelforge::testing::rerunInKeyringSession(argc, argv))
        return *outer;
    QCoreApplication app(argc, argv);
    TestPublishKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_publish_keychain.moc"
