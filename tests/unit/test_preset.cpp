#include "domain/models/preset.h"

#include <QJsonDocument>
#include <QTest>

using namespace reelforge::domain;

// Preset's JSON form: what a creator types into a preset file or the editor.
class TestPreset final : public QObject {
    Q_OBJECT

    static Result<Preset> audioPreset(const QByteArray& bitRateJson)
    {
        const QByteArray text = R"({"name":"talk","container":"mp3","extension":"mp3",)"
                                R"("audio":{"codec":"mp3","bitRate":)"
            + bitRateJson + "}}";
        return Preset::fromJson(QJsonDocument::fromJson(text).object());
    }

private slots:
    void bitRatesReadTheirUnit()
    {
        QCOMPARE(*parseBitRate(QStringLiteral("192k")), std::int64_t(192000));
        QCOMPARE(*parseBitRate(QStringLiteral("12M")), std::int64_t(12000000));
        QCOMPARE(*parseBitRate(QStringLiteral("1.5m")), std::int64_t(1500000));
        QCOMPARE(*parseBitRate(QStringLiteral(" 800000 ")), std::int64_t(800000));
        QCOMPARE(audioPreset("128000")->audio->bitRate, std::int64_t(128000));
        QVERIFY(!parseBitRate(QStringLiteral("fast")));
    }

    // A rate too large for a 64-bit integer is refused like any other bad rate (converting
    // it was undefined behaviour, found by fuzzing), while the largest that fits is kept.
    void bitRatesBeyondSixtyFourBitsAreRefused()
    {
        const auto tooLarge = parseBitRate(QStringLiteral("1922337203685477580728k"));
        QVERIFY(!tooLarge);
        QCOMPARE(tooLarge.error().code, ErrorCode::InvalidArgument);
        QVERIFY(!parseBitRate(QStringLiteral("9223372036854775808")));
        QCOMPARE(*parseBitRate(QStringLiteral("9000000000000M")), std::int64_t(9'000'000'000'000'000'000));

        const auto asText = audioPreset(R"("1922337203685477580728k")");
        QVERIFY(!asText);
        QCOMPARE(asText.error().detail, QStringLiteral("audio.bitRate"));
        const auto asNumber = audioPreset("1e300");
        QVERIFY(!asNumber);
        QCOMPARE(asNumber.error().detail, QStringLiteral("audio.bitRate"));
        const auto negative = audioPreset("-1e300");
        QVERIFY(!negative);
        QCOMPARE(negative.error().detail, QStringLiteral("audio.bitRate"));
    }

    void exportedPresetsImportUnchanged()
    {
        const auto preset = audioPreset(R"("9000000000000M")");
        QVERIFY(preset);
        const auto again
            = Preset::fromJson(QJsonDocument::fromJson(QJsonDocument(preset->toJson()).toJson()).object());
        QVERIFY(again);
        QCOMPARE(*again, *preset);
    }
};

QTEST_GUILESS_MAIN(TestPreset)
#include "test_preset.moc"
