#include "infrastructure/repositories/sqlite_account_repository.h"
#include "infrastructure/repositories/sqlite_database.h"
#include "infrastructure/repositories/sqlite_publication_repository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace reelforge;
using namespace reelforge::infrastructure;
using domain::ErrorCode;

// Accounts, publications and upload sessions in a real SQLite file (migration 4): every field
// survives a reopen, sessions are saved from worker threads, and nothing secret has a column.
class TestPublishRepositories final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    static domain::Account account(const QString& id, const QString& name)
    {
        domain::Account a;
        a.id = id;
        a.name = name;
        a.platform = domain::Platform::S3;
        a.endpoint = QStringLiteral("http://127.0.0.1:9000");
        a.credentialKey = QStringLiteral("account/") + id;
        a.connectedAt = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
        a.settings = QJsonObject { { QStringLiteral("region"), QStringLiteral("eu-west-1") } };
        return a;
    }

    static domain::Publication publication(const QString& id, const QString& accountId)
    {
        domain::Publication p;
        p.id = id;
        p.artifactPath = QStringLiteral("/videos/trip.mp4");
        p.accountId = accountId;
        p.destination = QStringLiteral("bucket/trip.mp4");
        p.title = QStringLiteral("Trip");
        p.description = QStringLiteral("By the sea");
        p.tags = { QStringLiteral("sea"), QStringLiteral("summer") };
        p.privacy = domain::Privacy::Unlisted;
        p.publishAt = QDateTime(QDate(2026, 6, 1), QTime(18, 0), Qt::UTC);
        p.bytesTotal = 1000;
        p.options = QJsonObject { { QStringLiteral("category"), QStringLiteral("22") } };
        p.createdAt = QDateTime(QDate(2026, 5, 2), QTime(9, 0), Qt::UTC);
        p.updatedAt = p.createdAt;
        return p;
    }

private slots:
    void accountsRoundTripAndNamesAreUnique()
    {
        const QString file = m_dir.filePath(QStringLiteral("a.db"));
        {
            SqliteDatabase db(file);
            QVERIFY(db.open());
            SqliteAccountRepository accounts(db);
            QVERIFY(accounts.add(account(QStringLiteral("1"), QStringLiteral("Archive"))));
            auto dup = accounts.add(account(QStringLiteral("2"), QStringLiteral("Archive")));
            QVERIFY(!dup);
            QCOMPARE(dup.error().code, ErrorCode::Duplicate);
        }
        SqliteDatabase db(file);
        QVERIFY(db.open());
        SqliteAccountRepository accounts(db);
        auto a = accounts.findByName(QStringLiteral("Archive"));
        QVERIFY(a && a->has_value());
        QCOMPARE((*a)->settings.value(QStringLiteral("region")).toString(), QStringLiteral("eu-west-1"));
        QCOMPARE((*a)->credentialKey, QStringLiteral("account/1"));
        QCOMPARE((*a)->connectedAt, account(QStringLiteral("1"), {}).connectedAt);
        QVERIFY(accounts.remove(QStringLiteral("1")));
        QVERIFY(accounts.list()->empty());
    }

    void publicationsAndSessionsSurviveAReopen()
    {
        const QString file = m_dir.filePath(QStringLiteral("p.db"));
        {
            SqliteDatabase db(file);
            QVERIFY(db.open());
            SqliteAccountRepository accounts(db);
            SqlitePublicationRepository publications(db);
            QVERIFY(accounts.add(account(QStringLiteral("1"), QStringLiteral("Archive"))));
            QVERIFY(publications.add(publication(QStringLiteral("p1"), QStringLiteral("1"))));
            application::UploadSession s;
            s.url = QStringLiteral("http://127.0.0.1:9000/bucket/trip.mp4");
            s.uploadId = QStringLiteral("upload-42");
            s.offset = 600;
            s.total = 1000;
            s.parts = { { 1, 0, 300, QStringLiteral("\"e1\"") }, { 2, 300, 300, QStringLiteral("\"e2\"") } };
            s.expiresAt = QDateTime(QDate(2026, 6, 8), QTime(0, 0), Qt::UTC);
            s.extra = QJsonObject { { QStringLiteral("videoId"), QStringLiteral("abc") } };
            // Workers save from their own threads.
            std::thread worker([&] { QVERIFY(publications.saveSession(QStringLiteral("p1"), s)); });
            worker.join();
            QVERIFY(publications.setProgress(QStringLiteral("p1"), 600, 1000));
        }
        SqliteDatabase db(file);
        QVERIFY(db.open());
        SqlitePublicationRepository publications(db);
        auto p = publications.find(QStringLiteral("p1"));
        QVERIFY(p && p->has_value());
        const domain::Publication expected = publication(QStringLiteral("p1"), QStringLiteral("1"));
        QCOMPARE((*p)->tags, expected.tags);
        QCOMPARE((*p)->privacy, domain::Privacy::Unlisted);
        QCOMPARE(*(*p)->publishAt, *expected.publishAt);
        QCOMPARE((*p)->destination, expected.destination);
        QCOMPARE((*p)->options, expected.options);
        QCOMPARE((*p)->bytesSent, 600);
        auto s = publications.session(QStringLiteral("p1"));
        QVERIFY(s && s->has_value());
        QCOMPARE((*s)->uploadId, QStringLiteral("upload-42"));
        QCOMPARE((*s)->offset, 600);
        QCOMPARE((*s)->parts.size(), std::size_t { 2 });
        QCOMPARE((*s)->parts[1].etag, QStringLiteral("\"e2\""));
        QCOMPARE((*s)->extra.value(QStringLiteral("videoId")).toString(), QStringLiteral("abc"));
        auto same = publications.findSame(
            QStringLiteral("/videos/trip.mp4"), QStringLiteral("1"), QStringLiteral("bucket/trip.mp4"));
        QCOMPARE(same->size(), std::size_t { 1 });
        QVERIFY(
            publications
                .findSame(QStringLiteral("/videos/trip.mp4"), QStringLiteral("1"), QStringLiteral("other"))
                ->empty());
        QVERIFY(publications.clearSession(QStringLiteral("p1")));
        QVERIFY(!*publications.session(QStringLiteral("p1")));
    }

    void removingAnAccountRemovesItsPublicationsAndSessions()
    {
        SqliteDatabase db(m_dir.filePath(QStringLiteral("r.db")));
        QVERIFY(db.open());
        SqliteAccountRepository accounts(db);
        SqlitePublicationRepository publications(db);
        QVERIFY(accounts.add(account(QStringLiteral("1"), QStringLiteral("Archive"))));
        QVERIFY(publications.add(publication(QStringLiteral("p1"), QStringLiteral("1"))));
        QVERIFY(publications.saveSession(QStringLiteral("p1"), application::UploadSession {}));
        QVERIFY(accounts.remove(QStringLiteral("1")));
        QVERIFY(publications.list()->empty());
        QVERIFY(!*publications.session(QStringLiteral("p1")));
    }

    void noColumnCanHoldASecret()
    {
        SqliteDatabase db(m_dir.filePath(QStringLiteral("s.db")));
        QVERIFY(db.open());
        auto c = db.connection();
        QVERIFY(c);
        for (const QString& table : { QStringLiteral("accounts"), QStringLiteral("publications"),
                 QStringLiteral("upload_sessions") }) {
            QSqlQuery q(*c);
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
            int columns = 0;
            while (q.next()) {
                ++columns;
                const QString name = q.value(1).toString();
                for (const char* word : { "token", "secret", "password", "key_id" })
                    QVERIFY2(
                        !name.contains(QLatin1String(word)), qPrintable(table + QLatin1Char('.') + name));
            }
            QVERIFY(columns > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestPublishRepositories)
#include "test_publish_repositories.moc"
