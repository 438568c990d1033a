#include "domain/models/media_asset.h"

#include <QTest>

using namespace reelforge::domain;

class TestMediaAsset final : public QObject {
    Q_OBJECT

    static MediaAsset::Fields valid()
    {
        MediaAsset::Fields f;
        f.id = MediaAsset::newId();
        f.originalPath = QStringLiteral("/videos/Summer_Trip 2026.mp4");
        f.storedPath = QStringLiteral("/lib/originals/ab/abc.mp4");
        f.contentHash = QString(64, QLatin1Char('a'));
        f.importedAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        AudioStream a;
        a.codec = QStringLiteral("aac");
        a.sampleRate = 48000;
        a.channels = 2;
        f.info.audio.push_back(a);
        return f;
    }

private slots:
    void titleDefaultsToTheFileName()
    {
        const auto asset = MediaAsset::create(valid());
        QVERIFY(asset);
        QCOMPARE(asset->title(), QStringLiteral("Summer Trip 2026"));
    }

    void explicitTitleIsKept()
    {
        auto f = valid();
        f.title = QStringLiteral("Intro");
        QCOMPARE(MediaAsset::create(f)->title(), QStringLiteral("Intro"));
    }

    void invalidFieldsAreRejected_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("no id") << 0;
        QTest::newRow("no stored path") << 1;
        QTest::newRow("bad hash") << 2;
        QTest::newRow("no time") << 3;
        QTest::newRow("no streams") << 4;
    }

    void invalidFieldsAreRejected()
    {
        QFETCH(int, which);
        auto f = valid();
        switch (which) {
        case 0:
            f.id.clear();
            break;
        case 1:
            f.storedPath.clear();
            break;
        case 2:
            f.contentHash = QStringLiteral("ABC");
            break;
        case 3:
            f.importedAt = {};
            break;
        default:
            f.info.audio.clear();
            break;
        }
        QVERIFY(!MediaAsset::create(f));
    }

    void renameRejectsBlankTitles()
    {
        auto asset = *MediaAsset::create(valid());
        QVERIFY(!asset.rename(QStringLiteral("   ")));
        QVERIFY(asset.rename(QStringLiteral("  Final cut ")));
        QCOMPARE(asset.title(), QStringLiteral("Final cut"));
    }

    void idsAreUnique() { QVERIFY(MediaAsset::newId() != MediaAsset::newId()); }

    void importModeNamesRoundTrip()
    {
        QCOMPARE(*parseImportMode(importModeName(ImportMode::Copy)), ImportMode::Copy);
        QCOMPARE(*parseImportMode(importModeName(ImportMode::Reference)), ImportMode::Reference);
        QVERIFY(!parseImportMode(QStringLiteral("move")));
    }
};

QTEST_GUILESS_MAIN(TestMediaAsset)
#include "test_media_asset.moc"
