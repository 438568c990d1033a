#include "infrastructure/repositories/sqlite_analysis_repository.h"
#include "infrastructure/repositories/sqlite_database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace reelforge;
using application::AnalysisKey;

// The analysis cache in a real SQLite file: one row per (content, analyzer, settings), a new
// version replaces the old one, and everything known about a file can be read back merged.
class TestAnalysisRepository final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    static domain::Analysis scenesPart(std::int64_t frame)
    {
        domain::Analysis a;
        a.duration = domain::Micros(5000000);
        a.scenes = std::vector<domain::SceneChange> { { domain::Micros(frame * 40000), frame,
            domain::SceneKind::Cut, 2.0, {} } };
        return a;
    }

private slots:
    void storesAndFindsByContentAnalyzerVersionAndSettings()
    {
        infrastructure::SqliteDatabase db(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_n)));
        QVERIFY(db.open());
        infrastructure::SqliteAnalysisRepository repo(db);
        const AnalysisKey key { QStringLiteral("hash1"), QStringLiteral("scenes"), 1, {} };
        QVERIFY(repo.store(key, scenesPart(100)));
        auto found = repo.find(key);
        QVERIFY(found && found->has_value());
        QCOMPARE((**found).scenes->front().frame, 100);
        QVERIFY(!repo.find({ QStringLiteral("hash1"), QStringLiteral("scenes"), 2, {} })->has_value());
        QVERIFY(!repo.find({ QStringLiteral("hash2"), QStringLiteral("scenes"), 1, {} })->has_value());
        QVERIFY(!repo.find({ QStringLiteral("hash1"), QStringLiteral("scenes"), 1, QStringLiteral("x") })
                     ->has_value());
    }

    void aNewVersionReplacesTheOldResult()
    {
        infrastructure::SqliteDatabase db(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_n)));
        QVERIFY(db.open());
        infrastructure::SqliteAnalysisRepository repo(db);
        QVERIFY(repo.store({ QStringLiteral("h"), QStringLiteral("scenes"), 1, {} }, scenesPart(10)));
        QVERIFY(repo.store({ QStringLiteral("h"), QStringLiteral("scenes"), 2, {} }, scenesPart(20)));
        QVERIFY(!repo.find({ QStringLiteral("h"), QStringLiteral("scenes"), 1, {} })->has_value());
        QCOMPARE(
            (**repo.find({ QStringLiteral("h"), QStringLiteral("scenes"), 2, {} })).scenes->front().frame,
            20);
    }

    void latestMergesEveryAnalyzerAndRemoveForForgets()
    {
        infrastructure::SqliteDatabase db(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_n)));
        QVERIFY(db.open());
        infrastructure::SqliteAnalysisRepository repo(db);
        domain::Analysis loud;
        loud.loudness = domain::Loudness {};
        loud.loudness->integratedLufs = -16.0;
        QVERIFY(repo.store({ QStringLiteral("h"), QStringLiteral("scenes"), 1, {} }, scenesPart(7)));
        QVERIFY(repo.store({ QStringLiteral("h"), QStringLiteral("loudness"), 1, {} }, loud));
        auto all = repo.latest(QStringLiteral("h"));
        QVERIFY(all && all->has_value());
        QVERIFY((**all).scenes && (**all).loudness);
        QCOMPARE((**all).loudness->integratedLufs, -16.0);
        QVERIFY(repo.removeFor(QStringLiteral("h")));
        QVERIFY(!repo.latest(QStringLiteral("h"))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestAnalysisRepository)
#include "test_analysis_repository.moc"
